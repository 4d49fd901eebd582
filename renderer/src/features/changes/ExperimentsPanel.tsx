import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, EmptyState, Group, Modal, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconFlask, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { experimentCreateSchema, type Experiment } from '../../../../shared/domain/changes';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf, formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { VirtualTable } from '../../components/table/VirtualTable';
import { useOperation } from '../../hooks/useOperation';
import { localToday } from '../people/RecordModals';
import { experimentColumns } from './columns';
import { useChangesView } from './view';

type Values = z.input<typeof experimentCreateSchema>;
type Output = z.output<typeof experimentCreateSchema>;

const FIELDS = [
  ['what', 'What was tried', 'e.g. a smaller reranker on one client corpus'],
  ['who', 'Who', 'The person who ran it'],
  ['trackedIn', 'Tracked in', 'Where the detail lives: run ID, notebook, branch'],
] as const;

function ExperimentModal({
  experiment,
  onClose,
  onSaved,
}: {
  experiment: Experiment | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(experimentCreateSchema),
    mode: 'onChange',
    defaultValues: experiment
      ? {
          what: experiment.what,
          who: experiment.who,
          trackedIn: experiment.trackedIn,
          occurredOn: experiment.occurredOn,
        }
      : { what: '', who: '', trackedIn: '', occurredOn: localToday() },
  });
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = experiment
      ? await call('changes.updateExperiment', { id: experiment.id, ...values })
      : await call('changes.addExperiment', values);
    if (result.ok) onSaved();
    else setFailure(result.error);
  });
  const remove = async () => {
    setRemoving(true);
    const result = await call('changes.removeExperiment', { id: experiment!.id });
    setRemoving(false);
    if (result.ok) onSaved();
    else setFailure(result.error);
  };
  return (
    <Modal opened onClose={onClose} title={experiment ? 'Experiment' : 'Note an experiment'}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {FIELDS.map(([name, label, hint]) => (
            <Controller
              key={name}
              control={form.control}
              name={name}
              render={({ field, fieldState }) => (
                <TextInput
                  {...field}
                  value={field.value ?? ''}
                  label={label}
                  description={hint}
                  withAsterisk={name !== 'trackedIn'}
                  error={fieldState.error?.message}
                  data-autofocus={name === 'what' ? true : undefined}
                />
              )}
            />
          ))}
          <SimpleGrid cols={2}>
            <Controller
              control={form.control}
              name="occurredOn"
              render={({ field, fieldState }) => (
                <TextInput {...field} type="date" label="Date" withAsterisk error={fieldState.error?.message} />
              )}
            />
          </SimpleGrid>
          {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
          {confirming ? (
            <Alert
              color="red"
              variant="light"
              title="Delete this experiment?"
              role="alert"
              data-testid="confirm-delete"
            >
              <Text size="sm" mb="sm">
                The note leaves the experiment log; the audit trail keeps a line saying it was deleted.
              </Text>
              <Group justify="flex-end" gap="xs">
                <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
                  Keep it
                </Button>
                <Button
                  color="red"
                  loading={removing}
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={() => void remove()}
                >
                  Delete experiment
                </Button>
              </Group>
            </Alert>
          ) : (
            <Group justify="space-between">
              {experiment ? (
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={() => setConfirming(true)}
                >
                  Delete
                </Button>
              ) : (
                <span />
              )}
              <Group gap="xs">
                <Button variant="default" onClick={onClose}>
                  Cancel
                </Button>
                <Button type="submit" loading={form.formState.isSubmitting}>
                  {experiment ? 'Save' : 'Add to the log'}
                </Button>
              </Group>
            </Group>
          )}
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The light tier of change records: experiments with models and prompts that
 * never reach clients as they are. What, who, where it is tracked, when.
 */
export function ExperimentsPanel() {
  const list = useOperation('changes.experiments', {});
  const sorting = useChangesView((s) => s.experimentSorting);
  const setSorting = useChangesView((s) => s.setExperimentSorting);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Experiment | 'new' | null>(null);
  const all = useMemo(() => list.data ?? [], [list.data]);
  const q = search.trim().toLowerCase();
  const shown = useMemo(
    () => (q ? all.filter((e) => [e.what, e.who, e.trackedIn].some((v) => v.toLowerCase().includes(q))) : all),
    [all, q],
  );
  const saved = () => {
    setEditing(null);
    list.reload();
  };
  const addButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
      Note an experiment
    </Button>
  );

  return (
    <Stack gap="md">
      {list.error ? <ErrorNotice error={list.error} title="The experiment log could not be read" /> : null}
      {!list.data ? (
        list.status === 'loading' ? (
          <Loading label="Loading experiments…" />
        ) : null
      ) : all.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <EmptyState
            align="left"
            size="sm"
            variant="light"
            icon={<IconFlask aria-hidden stroke={1.5} />}
            title="No experiments noted"
            description={
              <Text component="span" display="block" size="sm" c="var(--mantine-color-text)">
                Model and prompt experiments need no approval, but a line each shows the auditor where trying stopped
                and production began: what was tried, by whom, and where the detail is tracked.
              </Text>
            }
          />
          <Group mt="md">{addButton}</Group>
        </Paper>
      ) : (
        <>
          <Group justify="space-between" align="flex-end">
            <TextInput
              label="Search"
              placeholder="What, who, where tracked"
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={260}
            />
            {addButton}
          </Group>
          <Text size="sm" c="dimmed" role="status" data-testid="experiments-count">
            {q
              ? `${formatNumber(shown.length)} of ${countOf(all.length, 'experiment')} shown`
              : countOf(all.length, 'experiment')}
          </Text>
          <VirtualTable
            label="Experiments"
            testId="experiments-scroller"
            data={shown}
            columns={experimentColumns}
            getRowId={(e) => String(e.id)}
            sorting={sorting}
            onSortingChange={setSorting}
            onOpen={(e) => setEditing(e)}
            minWidth="50rem"
          />
        </>
      )}
      {editing ? (
        <ExperimentModal
          experiment={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      ) : null}
    </Stack>
  );
}
