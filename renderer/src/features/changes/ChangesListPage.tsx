import { Button, Checkbox, EmptyState, Group, Paper, Select, Stack, Tabs, Text } from '@mantine/core';
import { IconDownload, IconFileImport, IconGitPullRequest, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { CHANGE_IMPORT_FIELDS, type ChangeSummary } from '../../../../shared/domain/changes';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { compareIds, countOf, formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { VirtualTable } from '../../components/table/VirtualTable';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { CsvImportModal } from '../people/import/CsvImportModal';
import { PopulationModal } from '../people/PopulationModal';
import { changeColumns } from './columns';
import { ExperimentsPanel } from './ExperimentsPanel';
import { useChangesView, type ChangeFlag } from './view';
import { SearchFilter } from '../../components/SearchFilter';

const FLAGS: { value: ChangeFlag; label: string }[] = [
  { value: 'self-approved', label: 'Approved by the author' },
  { value: 'unapproved', label: 'Deployed without approver' },
  { value: 'emergency', label: 'Emergency' },
  { value: 'significant', label: 'Significant' },
  { value: 'untested', label: 'No test evidence' },
  { value: 'not-deployed', label: 'Not deployed yet' },
];

function hasFlag(c: ChangeSummary, flag: ChangeFlag): boolean {
  switch (flag) {
    case 'self-approved':
      return c.approverIsAuthor;
    case 'unapproved':
      return c.deployedOn !== null && c.approver === '';
    case 'emergency':
      return c.emergency;
    case 'significant':
      return c.significant;
    case 'untested':
      return c.deployedOn !== null && !c.tested;
    case 'not-deployed':
      return c.deployedOn === null;
  }
}

function matches(c: ChangeSummary, q: string): boolean {
  if (!q) return true;
  return [c.title, c.ticketRef, c.author, c.reviewer, c.approver, `chg-${c.id}`, ...c.controls].some((v) =>
    v.toLowerCase().includes(q),
  );
}

function ProductionChanges({ onImport, onPopulation }: { onImport: () => void; onPopulation: () => void }) {
  const list = useOperation('changes.list', {});
  const engagement = useOperation('engagement.get', {});
  const navigate = useAppStore((s) => s.navigate);
  const view = useChangesView();
  const all = useMemo(() => list.data ?? [], [list.data]);
  const period = engagement.data?.periodStart && engagement.data.periodEnd ? engagement.data : null;
  const q = view.search.trim().toLowerCase();
  const shown = useMemo(
    () =>
      all.filter(
        (c) =>
          matches(c, q) &&
          (!view.flag || hasFlag(c, view.flag)) &&
          (!view.control || c.controls.includes(view.control)) &&
          (!view.inPeriod ||
            !period ||
            (c.deployedOn !== null && c.deployedOn >= period.periodStart! && c.deployedOn <= period.periodEnd!)),
      ),
    [all, q, view.flag, view.control, view.inPeriod, period],
  );
  const controlIds = useMemo(() => [...new Set(all.flatMap((c) => c.controls))].sort(compareIds), [all]);
  const selfApproved = useMemo(() => all.filter((c) => c.approverIsAuthor).length, [all]);
  const filtered = q !== '' || view.flag || view.control || view.inPeriod;

  if (list.error) return <ErrorNotice error={list.error} title="The changes could not be read" />;
  if (!list.data) return <Loading label="Loading changes…" />;
  if (all.length === 0) {
    return (
      <Paper withBorder radius="md" p="xl">
        <EmptyState
          align="left"
          size="sm"
          variant="light"
          icon={<IconGitPullRequest aria-hidden stroke={1.5} />}
          title="No production changes yet"
          description={
            <Text component="span" display="block" size="sm" c="var(--mantine-color-text)">
              An auditor samples the changes that reached production during the period and checks each was requested,
              tested and approved by someone other than its author. Import them from your tracker as CSV, or record them
              one by one.
            </Text>
          }
        />
        <Group mt="md">
          <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={onImport}>
            Import CSV
          </Button>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => navigate('changes', 'new')}>
            Record change
          </Button>
        </Group>
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SearchFilter
          placeholder="Title, ticket, person, control"
          value={view.search}
          onChange={view.setSearch}
          w={260}
        />
        <Select
          label="Flag"
          placeholder="Any"
          clearable
          data={FLAGS}
          value={view.flag}
          onChange={(v) => view.setFlag(v as ChangeFlag | null)}
          w={220}
        />
        <Select
          label="Control"
          placeholder="Any control"
          clearable
          searchable
          data={controlIds}
          value={view.control}
          onChange={view.setControl}
          w={150}
        />
        {period ? (
          <Checkbox
            label="Deployed in the audit period"
            checked={view.inPeriod}
            onChange={(e) => view.setInPeriod(e.currentTarget.checked)}
            mb={8}
          />
        ) : null}
      </Group>
      <Group gap="xs" mih={28}>
        <Text size="sm" c="dimmed" role="status" data-testid="changes-count">
          {filtered
            ? `${formatNumber(shown.length)} of ${countOf(all.length, 'change')} shown`
            : `${countOf(all.length, 'production change')}${selfApproved ? `; ${formatNumber(selfApproved)} approved by their author` : ''}`}
        </Text>
        {filtered ? (
          <Button variant="subtle" size="compact-sm" onClick={view.clear}>
            Clear filters
          </Button>
        ) : null}
        <Button variant="default" ml="auto" leftSection={<IconDownload size={16} aria-hidden />} onClick={onPopulation}>
          Population CSV
        </Button>
      </Group>
      {shown.length ? (
        <VirtualTable
          label="Production changes"
          testId="changes-scroller"
          data={shown}
          columns={changeColumns}
          getRowId={(c) => String(c.id)}
          sorting={view.sorting}
          onSortingChange={view.setSorting}
          onOpen={(c) => navigate('changes', String(c.id))}
          fill
          minWidth="54rem"
        />
      ) : (
        <Paper withBorder radius="md" p="lg">
          <Text size="sm">
            No change matches these filters.{' '}
            <Button variant="subtle" size="compact-sm" onClick={view.clear}>
              Clear filters
            </Button>
          </Text>
        </Paper>
      )}
    </Stack>
  );
}

/** Changes: production changes (the population the auditor samples) and the lighter experiment log. */
export function ChangesListPage({ tab }: { tab: 'production' | 'experiments' }) {
  const navigate = useAppStore((s) => s.navigate);
  const [dialog, setDialog] = useState<'import' | 'population' | null>(null);
  // Remounting the list after an import reloads it.
  const [generation, setGeneration] = useState(0);
  return (
    <div data-testid="changes-page">
      <PageHeader
        title="Changes"
        description="Production changes with who requested, reviewed, approved and tested them, and a light log of model and prompt experiments."
        actions={
          tab === 'production' ? (
            <>
              <Button
                variant="default"
                leftSection={<IconFileImport size={16} aria-hidden />}
                onClick={() => setDialog('import')}
              >
                Import CSV
              </Button>
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => navigate('changes', 'new')}>
                Record change
              </Button>
            </>
          ) : null
        }
      />
      <Tabs
        value={tab}
        onChange={(v) => navigate('changes', v === 'experiments' ? 'experiments' : '')}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="production">Production changes</Tabs.Tab>
          <Tabs.Tab value="experiments">Experiments</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="production">
          <ProductionChanges
            key={generation}
            onImport={() => setDialog('import')}
            onPopulation={() => setDialog('population')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="experiments">
          <ExperimentsPanel />
        </Tabs.Panel>
      </Tabs>
      {dialog === 'import' ? (
        <CsvImportModal
          title="Import production changes from CSV"
          what={{ one: 'change', many: 'changes' }}
          fields={CHANGE_IMPORT_FIELDS}
          run={({ option: _option, ...rest }) => call('changes.import', rest)}
          onClose={() => setDialog(null)}
          onImported={() => setGeneration((g) => g + 1)}
        />
      ) : null}
      {dialog === 'population' ? (
        <PopulationModal
          title="Production changes for the auditor"
          intro="Every production change deployed during a period, as a CSV file: the population an auditor samples change management from."
          noun={() => ({ one: 'change', many: 'changes' })}
          run={(period) => call('changes.population', period)}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
