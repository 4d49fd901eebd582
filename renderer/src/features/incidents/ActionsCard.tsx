import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import type { CorrectiveAction, IncidentDetail } from '../../../../shared/domain/incidents';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../components/format';
import { Label } from '../../components/labels';
import { useOperation } from '../../hooks/useOperation';
import { controlHref } from '../../store/hash';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

type Errors = Partial<Record<'description' | 'owner' | 'dueDate' | 'controlId', string>>;

function ActionRow({
  action,
  onChange,
  onFailure,
}: {
  action: CorrectiveAction;
  onChange: (i: IncidentDetail) => void;
  onFailure: (e: ErrorShape) => void;
}) {
  const complete = async () => {
    const result = await call('incidents.updateAction', {
      id: action.id,
      description: action.description,
      owner: action.owner,
      dueDate: action.dueDate,
      controlId: action.controlId,
      completedOn: today(),
    });
    if (result.ok) onChange(result.value);
    else onFailure(result.error);
  };
  const remove = async () => {
    const result = await call('incidents.removeAction', { id: action.id });
    if (result.ok) onChange(result.value);
    else onFailure(result.error);
  };
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="corrective-action">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {action.description}
          </Text>
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {action.owner} · due {formatDate(action.dueDate)}
            </Text>
            {action.controlId ? (
              <Anchor href={controlHref(action.controlId)} size="xs" ff="monospace" fw={600}>
                {action.controlId}
              </Anchor>
            ) : null}
            {action.completedOn ? (
              <Label color="teal">{`Done ${formatDate(action.completedOn)}`}</Label>
            ) : action.overdue ? (
              <Label color="red">Overdue</Label>
            ) : (
              <Label color="blue">Open</Label>
            )}
          </Group>
        </Stack>
        <Group gap={4} wrap="nowrap">
          {!action.completedOn ? (
            <Tooltip label="Mark done today" withArrow>
              <ActionIcon
                variant="subtle"
                color="teal"
                aria-label={`Mark “${action.description}” done`}
                onClick={() => void complete()}
              >
                <IconCheck size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          ) : null}
          <Tooltip label="Remove" withArrow>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove “${action.description}”`}
              onClick={() => void remove()}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
    </Paper>
  );
}

/** Corrective actions: what will stop it happening again, who does it, by when, and which control it strengthens. */
export function ActionsCard({
  incident,
  onChange,
}: {
  incident: IncidentDetail;
  onChange: (i: IncidentDetail) => void;
}) {
  const controls = useOperation('controls.list', {});
  const options = useMemo(
    () => (controls.data ?? []).map((c) => ({ value: c.id, label: `${c.id} · ${c.name}` })),
    [controls.data],
  );
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [controlId, setControlId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    const next: Errors = {
      description: description.trim() ? undefined : 'Say what will be done',
      owner: owner.trim() ? undefined : 'Name an owner',
      dueDate: /^\d{4}-\d{2}-\d{2}$/.test(dueDate) ? undefined : 'Choose a due date',
    };
    setErrors(next);
    if (next.description || next.owner || next.dueDate) return;
    setBusy(true);
    const result = await call('incidents.addAction', {
      incidentId: incident.id,
      description,
      owner,
      dueDate,
      controlId,
      completedOn: null,
    });
    setBusy(false);
    if (result.ok) {
      setDescription('');
      setDueDate('');
      setControlId(null);
      setFailure(null);
      onChange(result.value);
      return;
    }
    const placed: Errors = {};
    for (const issue of inputIssues(result.error)) placed[issue.path as keyof Errors] = issue.message;
    if (Object.keys(placed).length) setErrors(placed);
    else setFailure(result.error);
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="actions-title">
      <Stack gap="md">
        <Title order={2} fz="h4" fw={600} id="actions-title">
          Corrective actions
        </Title>
        {incident.actions.length === 0 ? (
          <Text size="sm" c="dimmed">
            None yet. Add what will stop this happening again, with an owner and a due date; link the control it
            strengthens so the auditor can follow it.
          </Text>
        ) : (
          incident.actions.map((a) => <ActionRow key={a.id} action={a} onChange={onChange} onFailure={setFailure} />)
        )}
        <form
          noValidate
          aria-label="Add a corrective action"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Stack gap="xs">
            <TextInput
              label="Action"
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={errors.description}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput
                label="Owner"
                value={owner}
                onChange={(e) => setOwner(e.currentTarget.value)}
                error={errors.owner}
              />
              <TextInput
                type="date"
                label="Due"
                value={dueDate}
                onChange={(e) => setDueDate(e.currentTarget.value)}
                error={errors.dueDate}
              />
              <Select
                label="Control"
                placeholder="Optional"
                data={options}
                value={controlId}
                onChange={setControlId}
                searchable
                clearable
                limit={50}
                error={errors.controlId}
              />
            </SimpleGrid>
            {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
            <Group>
              <Button type="submit" variant="light" loading={busy}>
                Add action
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
