import { Alert, Anchor, Button, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ChangeDetail } from '../../../../shared/domain/changes';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ReasonModal } from '../../components/ReasonModal';
import { formatDate, formatInstant } from '../../components/format';
import { Loading } from '../../components/Loading';
import { AREA_TITLE_ID } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { controlHref, hashForArea } from '../../store/hash';
import { BackLink } from '../people/BackLink';
import { ChangeForm } from './ChangeForm';
import { ChangeFlags } from './labels';

/** Deleting a production change takes a reason: the population the auditor samples loses a row, and the trail says why. */
function RemoveModal({ change, onClose }: { change: ChangeDetail; onClose: () => void }) {
  const navigate = useAppStore((s) => s.navigate);
  return (
    <ReasonModal
      title={`Delete CHG-${change.id}?`}
      explanation="Delete only a change recorded by mistake: the population the auditor samples should hold every change that reached production. The deletion and its reason are kept in the audit trail."
      label="Why delete it?"
      placeholder="e.g. recorded twice, the same change as CHG-12"
      missing="Say why the change is deleted: the reason is kept in the audit trail"
      confirm="Delete change"
      keep="Keep"
      submit={(reason) => call('changes.remove', { id: change.id, reason })}
      onDone={() => navigate('changes')}
      onClose={onClose}
    />
  );
}

/** One production change: its record, the warnings an auditor would raise, and its links. */
export function ChangeDetailPage({ id }: { id: number }) {
  const loaded = useOperation('changes.get', { id });
  const [latest, setLatest] = useState<ChangeDetail | null>(null);
  const [removing, setRemoving] = useState(false);
  const change = latest ?? loaded.data;

  return (
    <Stack gap="md">
      <BackLink area="changes" label="All changes" />
      {loaded.error && !change ? (
        <ErrorNotice
          error={loaded.error}
          title={loaded.error.code === 'not_found' ? `No change ${id}` : 'The change could not be read'}
        />
      ) : null}
      {!change ? (
        loaded.status === 'loading' ? (
          <Loading label="Loading…" />
        ) : null
      ) : (
        <>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Title order={1} fz="h2" fw={600} id={AREA_TITLE_ID} tabIndex={-1} className="attest-area-title">
                {change.title}
              </Title>
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  CHG-{change.id}
                  {change.ticketRef ? ` · ${change.ticketRef}` : ''} ·{' '}
                  {change.deployedOn ? `deployed ${formatDate(change.deployedOn)}` : 'not deployed yet'}
                </Text>
                <ChangeFlags change={change} />
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
          {change.warnings.length ? (
            <Alert
              color="orange"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title="What an auditor would question"
              data-testid="change-warnings"
            >
              <List size="sm">
                {change.warnings.map((w) => (
                  <List.Item key={w}>{w}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Paper withBorder radius="md" p="lg">
                <ChangeForm change={change} onSaved={setLatest} />
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="record-title">
                <Title order={2} fz="h4" fw={600} id="record-title" mb="sm">
                  Links
                </Title>
                <Text size="sm" fw={500}>
                  Controls
                </Text>
                {change.controls.length ? (
                  <Group gap={6} mb="sm">
                    {change.controls.map((c) => (
                      <Anchor key={c} href={controlHref(c)} size="sm" ff="monospace" fw={600}>
                        {c}
                      </Anchor>
                    ))}
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed" mb="sm">
                    None linked
                  </Text>
                )}
                <Text size="sm" fw={500}>
                  Evidence
                </Text>
                {change.evidence.length ? (
                  <Stack gap={2} mb="sm">
                    {change.evidence.map((e) => (
                      <Anchor key={e.id} href={hashForArea('evidence', String(e.id))} size="sm">
                        {e.title}
                      </Anchor>
                    ))}
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed" mb="sm">
                    None linked
                  </Text>
                )}
                <Text size="sm">Recorded {formatInstant(change.createdAt)}</Text>
                <Text size="sm">Last changed {formatInstant(change.updatedAt)}</Text>
                <Text size="xs" c="dimmed" mt="sm">
                  Every save is kept in the vault’s audit trail, with who approved what.
                </Text>
              </Paper>
            </Grid.Col>
          </Grid>
          {removing ? <RemoveModal change={change} onClose={() => setRemoving(false)} /> : null}
        </>
      )}
    </Stack>
  );
}
