import { ActionIcon, Button, Grid, Group, Modal, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import type { PersonDetail } from '../../../../shared/domain/people';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../components/format';
import { Label } from '../../components/labels';
import { Loading } from '../../components/Loading';
import { AREA_TITLE_ID } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { BackLink } from './BackLink';
import { ControlsOwned } from './ControlsOwned';
import { PersonStatusLabel, TrainingLabel } from './labels';
import { PersonForm } from './PersonForm';
import { AcknowledgeModal, TrainingModal } from './RecordModals';

function RemoveButton({ label, onRemove }: { label: string; onRemove: () => Promise<void> }) {
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={() => void onRemove()}>
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}

function TrainingPanel({ person, onChange }: { person: PersonDetail; onChange: () => void }) {
  const [adding, setAdding] = useState(false);
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const remove = async (id: number) => {
    const result = await call('people.removeTraining', { id });
    if (result.ok) onChange();
    else setFailure(result.error);
  };
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="training-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4" fw={600} id="training-title">
          Security training
        </Title>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => setAdding(true)}
        >
          Add training
        </Button>
      </Group>
      <Group gap="xs" mb="sm">
        <TrainingLabel state={person.training} />
        {person.trainingDue && person.status !== 'left' ? (
          <Text size="sm" c="dimmed">
            due again {formatDate(person.trainingDue)}
          </Text>
        ) : null}
      </Group>
      {person.trainingRecords.length ? (
        <Table fz="sm" data-testid="training-records">
          <Table.Tbody>
            {person.trainingRecords.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td>{t.course}</Table.Td>
                <Table.Td className="attest-num" w="8rem">
                  {formatDate(t.completedOn)}
                </Table.Td>
                <Table.Td w="2.5rem">
                  <RemoveButton
                    label={`Delete "${t.course}" of ${formatDate(t.completedOn)}`}
                    onRemove={() => remove(t.id)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          No training on record. Add the security awareness course when they complete it.
        </Text>
      )}
      {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
      {adding ? (
        <TrainingModal
          people={[person]}
          preset={[person.id]}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            onChange();
          }}
        />
      ) : null}
    </Paper>
  );
}

function AcknowledgementsPanel({ person, onChange }: { person: PersonDetail; onChange: () => void }) {
  const [policyId, setPolicyId] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const remove = async (id: number) => {
    const result = await call('people.removeAcknowledgement', { id });
    if (result.ok) onChange();
    else setFailure(result.error);
  };
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="ack-title">
      <Title order={2} fz="h4" fw={600} id="ack-title" mb="sm">
        Policy acknowledgements
      </Title>
      {person.unacknowledged.length ? (
        <Stack gap={6} mb="md" data-testid="unacknowledged">
          <Text size="sm" fw={500}>
            Still to acknowledge
          </Text>
          {person.unacknowledged.map((p) => (
            <Group key={p.policyId} justify="space-between" wrap="nowrap">
              <Text size="sm">
                {p.title}{' '}
                <Text span c="dimmed">
                  version {p.version}
                </Text>
              </Text>
              <Button
                size="compact-xs"
                variant="light"
                style={{ flexShrink: 0 }}
                onClick={() => setPolicyId(p.policyId)}
                aria-label={`Record acknowledgement of ${p.title}`}
              >
                Record
              </Button>
            </Group>
          ))}
        </Stack>
      ) : person.policiesLive ? (
        <Text size="sm" c="teal" mb="sm">
          Every approved policy acknowledged at its current version.
        </Text>
      ) : null}
      {person.acknowledgements.length ? (
        <Table fz="sm" data-testid="acknowledgements">
          <Table.Tbody>
            {person.acknowledgements.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  {a.policyTitle}{' '}
                  <Text span size="xs" c="dimmed">
                    {a.version}
                  </Text>{' '}
                  {a.current ? null : (
                    <Label color="gray" variant="outline" title="A newer version has been approved since">
                      Older version
                    </Label>
                  )}
                </Table.Td>
                <Table.Td className="attest-num" w="8rem">
                  {formatDate(a.acknowledgedOn)}
                </Table.Td>
                <Table.Td w="2.5rem">
                  <RemoveButton
                    label={`Delete the acknowledgement of ${a.policyTitle} ${a.version}`}
                    onRemove={() => remove(a.id)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          {person.policiesLive ? 'No acknowledgement on record yet.' : 'No policy has been approved yet.'}
        </Text>
      )}
      {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
      {policyId ? (
        <AcknowledgeModal
          people={[person]}
          preset={{ personIds: [person.id], policyId }}
          onClose={() => setPolicyId(null)}
          onSaved={() => {
            setPolicyId(null);
            onChange();
          }}
        />
      ) : null}
    </Paper>
  );
}

function RemoveModal({ person, onClose }: { person: PersonDetail; onClose: () => void }) {
  const navigate = useAppStore((s) => s.navigate);
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    const result = await call('people.remove', { id: person.id });
    setBusy(false);
    if (result.ok) navigate('people');
    else setFailure(result.error);
  };
  return (
    <Modal opened onClose={onClose} title={`Delete ${person.name}?`}>
      <Stack gap="md">
        <Text size="sm">
          Delete only a person entered by mistake: their training and acknowledgements go too. When someone leaves, set
          their end date instead, so they stay in the population of leavers.
        </Text>
        {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Keep
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={() => void remove()}
            leftSection={<IconTrash size={16} aria-hidden />}
          >
            Delete person
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** One person: their record, the controls they own, training and policy acknowledgements. */
export function PersonDetailPage({ id }: { id: number }) {
  const loaded = useOperation('people.get', { id });
  const [removing, setRemoving] = useState(false);
  const person = loaded.data;

  return (
    <Stack gap="md">
      <BackLink area="people" label="All people" />
      {loaded.error && !person ? (
        <ErrorNotice
          error={loaded.error}
          title={loaded.error.code === 'not_found' ? `No person ${id}` : 'The person could not be read'}
        />
      ) : null}
      {!person ? (
        loaded.status === 'loading' ? (
          <Loading label="Loading…" />
        ) : null
      ) : (
        <>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Title order={1} fz="h2" fw={600} id={AREA_TITLE_ID} tabIndex={-1} className="attest-area-title">
                {person.name}
              </Title>
              <Group gap="xs">
                <PersonStatusLabel status={person.status} />
                <TrainingLabel state={person.training} />
                {person.backgroundCheckDate ? null : (
                  <Label color="orange" title="No background check on record">
                    No background check
                  </Label>
                )}
                <Text size="sm" c="dimmed">
                  {person.role || 'No role given'} · {person.email}
                </Text>
              </Group>
            </Stack>
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setRemoving(true)}
            >
              Delete
            </Button>
          </Group>
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="lg">
                <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="details-title">
                  <Title order={2} fz="h4" fw={600} id="details-title" mb="sm">
                    Details
                  </Title>
                  <PersonForm person={person} onSaved={loaded.reload} />
                </Paper>
                <ControlsOwned person={person} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Stack gap="lg">
                <TrainingPanel person={person} onChange={loaded.reload} />
                <AcknowledgementsPanel person={person} onChange={loaded.reload} />
              </Stack>
            </Grid.Col>
          </Grid>
          {removing ? <RemoveModal person={person} onClose={() => setRemoving(false)} /> : null}
        </>
      )}
    </Stack>
  );
}
