import { Button, EmptyState, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import {
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_STATUSES,
  INCIDENT_STATUS_LABELS,
  SEVERITIES,
  SEVERITY_DEFINITIONS,
  type IncidentCategory,
  type IncidentStatus,
  type IncidentSummary,
  type Severity,
} from '../../../../shared/domain/incidents';
import { findArea } from '../../areas';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf, formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { DateRangeFilter } from '../../components/DateRangeFilter';
import { VirtualTable } from '../../components/table/VirtualTable';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { columns } from './columns';
import { ExportModal } from './ExportModal';
import { useIncidentsView } from './view';
import { SearchFilter } from '../../components/SearchFilter';

function matches(i: IncidentSummary, search: string): boolean {
  if (!search) return true;
  const q = search.toLowerCase();
  return [i.ref, i.title, i.owner].some((v) => v.toLowerCase().includes(q));
}

/** The incident log: every incident with filters, and the CSV population for the auditor. */
export function IncidentsListPage() {
  const list = useOperation('incidents.list', {});
  const navigate = useAppStore((s) => s.navigate);
  const view = useIncidentsView();
  const [exporting, setExporting] = useState(false);

  const all = useMemo(() => list.data ?? [], [list.data]);
  const search = view.search.trim();
  const shown = useMemo(
    () =>
      all.filter((i) => {
        const day = i.occurredAt.slice(0, 10);
        return (
          matches(i, search) &&
          (!view.status || i.status === view.status) &&
          (!view.severity || i.severity === view.severity) &&
          (!view.category || i.category === view.category) &&
          (!view.from || day >= view.from) &&
          (!view.to || day <= view.to)
        );
      }),
    [all, search, view.status, view.severity, view.category, view.from, view.to],
  );
  const open = useMemo(() => all.filter((i) => i.status === 'open' || i.status === 'contained').length, [all]);
  const filtered = Boolean(search || view.status || view.severity || view.category || view.from || view.to);

  const logButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => navigate('incidents', 'new')}>
      Log incident
    </Button>
  );

  return (
    <div data-testid="incidents-page">
      <PageHeader
        title="Incidents"
        description={findArea('incidents').holds}
        actions={
          all.length ? (
            <>
              <Button
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
                onClick={() => setExporting(true)}
              >
                Export CSV
              </Button>
              {logButton}
            </>
          ) : null
        }
      />
      <Stack gap="md">
        {list.error ? <ErrorNotice error={list.error} title="The incidents could not be read" /> : null}
        {list.status === 'loading' && !list.data ? (
          <Loading label="Loading incidents…" />
        ) : list.data && all.length === 0 ? (
          <Paper withBorder radius="md" p="xl">
            <EmptyState
              align="left"
              size="sm"
              variant="light"
              icon={<IconAlertTriangle aria-hidden stroke={1.5} />}
              title="No incidents logged"
              description={
                <Text component="span" display="block" size="sm" c="var(--mantine-color-text)">
                  Log each incident as it is handled: a model that started giving wrong answers, a provider outage, a
                  phishing email someone clicked. Auditors sample this log; an honest short log is better than an empty
                  one.
                </Text>
              }
            />
            <Group mt="md">{logButton}</Group>
          </Paper>
        ) : list.data ? (
          <>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <SearchFilter
                placeholder="Reference, title, lead"
                value={view.search}
                onChange={view.setSearch}
                w={220}
              />
              <Select
                label="Status"
                placeholder="Any"
                clearable
                data={INCIDENT_STATUSES.map((s) => ({ value: s, label: INCIDENT_STATUS_LABELS[s] }))}
                value={view.status}
                onChange={(v) => view.setStatus(v as IncidentStatus | null)}
                w={140}
              />
              <Select
                label="Severity"
                placeholder="Any"
                clearable
                data={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_DEFINITIONS[s].label }))}
                value={view.severity}
                onChange={(v) => view.setSeverity(v as Severity | null)}
                w={160}
              />
              <Select
                label="Category"
                placeholder="Any"
                clearable
                data={INCIDENT_CATEGORIES.map((c) => ({ value: c, label: INCIDENT_CATEGORY_LABELS[c] }))}
                value={view.category}
                onChange={(v) => view.setCategory(v as IncidentCategory | null)}
                w={260}
              />
              <DateRangeFilter
                fromLabel="Began from"
                toLabel="to"
                from={view.from}
                to={view.to}
                onFrom={view.setFrom}
                onTo={view.setTo}
              />
            </Group>
            <Group gap="xs" mih={28}>
              <Text size="sm" c="dimmed" role="status" data-testid="incidents-count">
                {filtered
                  ? `${formatNumber(shown.length)} of ${countOf(all.length, 'incident')} shown`
                  : `${countOf(all.length, 'incident')}; ${formatNumber(open)} open or contained`}
              </Text>
              {filtered ? (
                <Button variant="subtle" size="compact-sm" onClick={view.clear}>
                  Clear filters
                </Button>
              ) : null}
            </Group>
            {shown.length ? (
              <VirtualTable
                label="Incidents"
                testId="incidents-scroller"
                data={shown}
                columns={columns}
                getRowId={(i) => String(i.id)}
                sorting={view.sorting}
                onSortingChange={view.setSorting}
                onOpen={(i) => navigate('incidents', String(i.id))}
                minWidth="60rem"
              />
            ) : (
              <Paper withBorder radius="md" p="lg">
                <Text size="sm">
                  No incident matches these filters.{' '}
                  <Button variant="subtle" size="compact-sm" onClick={view.clear}>
                    Clear filters
                  </Button>
                </Text>
              </Paper>
            )}
          </>
        ) : null}
      </Stack>
      {exporting ? <ExportModal onClose={() => setExporting(false)} /> : null}
    </div>
  );
}
