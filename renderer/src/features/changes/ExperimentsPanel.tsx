import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  EmptyState,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
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
import { DateRangeFilter } from '../../components/DateRangeFilter';
import { VirtualTable } from '../../components/table/VirtualTable';
import { useOperation } from '../../hooks/useOperation';
import { localToday } from '../people/RecordModals';
import { experimentColumns } from './columns';
import { personKey, useExperimentsView } from './experimentsView';
import { useChangesView } from './view';
import { SearchFilter } from '../../components/SearchFilter';

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

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** The people who appear in the log, one option each however their name was typed, in alphabetical order. */
function peopleIn(all: readonly Experiment[], selected: string | null): { value: string; label: string }[] {
  const names = new Map<string, string>();
  for (const e of all) {
    const key = personKey(e.who);
    if (key && !names.has(key)) names.set(key, e.who.trim().replace(/\s+/g, ' '));
  }
  // A person whose last experiment was just deleted stays choosable while they are the filter.
  if (selected && !names.has(selected)) names.set(selected, selected);
  return [...names].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label));
}

function matches(e: Experiment, q: string): boolean {
  return !q || [e.what, e.who, e.trackedIn].some((v) => v.toLowerCase().includes(q));
}

/**
 * The light tier of change records: experiments with models and prompts that
 * never reach clients as they are. What, who, where it is tracked, when.
 */
export function ExperimentsPanel() {
  const list = useOperation('changes.experiments', {});
  const sorting = useChangesView((s) => s.experimentSorting);
  const setSorting = useChangesView((s) => s.setExperimentSorting);
  const view = useExperimentsView();
  const [editing, setEditing] = useState<Experiment | 'new' | null>(null);
  const all = useMemo(() => list.data ?? [], [list.data]);
  const q = view.search.trim().toLowerCase();
  const shown = useMemo(
    () =>
      all.filter(
        (e) =>
          matches(e, q) &&
          (!view.who || personKey(e.who) === view.who) &&
          (!view.from || e.occurredOn >= view.from) &&
          (!view.to || e.occurredOn <= view.to),
      ),
    [all, q, view.who, view.from, view.to],
  );
  const people = useMemo(() => peopleIn(all, view.who), [all, view.who]);
  const filtered = Boolean(q || view.who || view.from || view.to);
  // Dates typed the wrong way round: the list says so rather than looking empty for no reason.
  const reversed = Boolean(view.from && view.to && view.from > view.to);
  const saved = () => {
    setEditing(null);
    list.reload();
  };
  const addButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
      Note an experiment
    </Button>
  );
  const clearButton = (
    <Button variant="subtle" size="compact-sm" onClick={view.clear}>
      Clear filters
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
          <Group gap="sm" align="flex-end" wrap="wrap">
            <SearchFilter placeholder="What, who, where tracked" value={view.search} onChange={view.setSearch} />
            <Select
              label="Who"
              placeholder="Anyone"
              clearable
              searchable
              data={people}
              value={view.who}
              onChange={view.setWho}
              nothingFoundMessage="No one by that name in the log"
              w={190}
              comboboxProps={{ width: 240, position: 'bottom-start' }}
            />
            <DateRangeFilter
              fromLabel="From"
              toLabel="To"
              from={view.from}
              to={view.to}
              onFrom={view.setFrom}
              onTo={view.setTo}
              toError={reversed}
            />
          </Group>
          <Group gap="xs" mih={28}>
            <Text size="sm" c="dimmed" role="status" data-testid="experiments-count">
              {filtered
                ? `${formatNumber(shown.length)} of ${countOf(all.length, 'experiment')} shown`
                : countOf(all.length, 'experiment')}
            </Text>
            {filtered ? clearButton : null}
            <Box ml="auto">{addButton}</Box>
          </Group>
          {shown.length ? (
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
          ) : (
            <Paper withBorder radius="md" p="lg" data-testid="experiments-no-match">
              <Text size="sm">
                {reversed
                  ? 'The “To” date is before the “From” date, so no experiment can match: swap them, or '
                  : 'No experiment matches these filters. Try a wider date range, another person or a shorter search, or '}
                {clearButton}
              </Text>
            </Paper>
          )}
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
