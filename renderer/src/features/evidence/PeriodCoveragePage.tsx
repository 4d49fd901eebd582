import { Anchor, Group, Paper, Select, Stack, Switch, Text } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import type { Frequency } from '../../../../shared/catalog/types';
import { periodBuckets } from '../../../../shared/domain/period-coverage';
import { ErrorNotice } from '../../components/ErrorNotice';
import { compareIds, countOf, formatDate, formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { hashForArea } from '../../store/hash';
import { EvidenceTabs } from './EvidenceTabs';
import classes from './PeriodCoverage.module.css';
import { PeriodCoverageGrid } from './PeriodCoverageGrid';
import { SearchFilter } from '../../components/SearchFilter';

const FREQUENCY_ORDER: Frequency[] = ['daily', 'weekly', 'monthly', 'quarterly', 'annual'];
const FREQUENCY_LABELS: Partial<Record<Frequency, string>> = {
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Annual',
};

/**
 * Type II: for each recurring control, the slices of the audit period and
 * which have evidence, so the gaps show before the auditor samples them.
 */
export function PeriodCoveragePage() {
  const engagement = useOperation('engagement.get', {});
  const coverage = useOperation('evidence.periodCoverage', {});
  const [find, setFind] = useState('');
  const [frequency, setFrequency] = useState<Frequency | null>(null);
  const [gapsOnly, setGapsOnly] = useState(false);
  const deferredFind = useDeferredValue(find.trim().toLowerCase());

  const all = useMemo(
    () =>
      [...(coverage.data ?? [])].sort(
        (a, b) =>
          FREQUENCY_ORDER.indexOf(a.frequency) - FREQUENCY_ORDER.indexOf(b.frequency) ||
          compareIds(a.controlId, b.controlId),
      ),
    [coverage.data],
  );
  const rows = useMemo(
    () =>
      all.filter(
        (r) =>
          (!frequency || r.frequency === frequency) &&
          (!gapsOnly || r.covered < r.buckets.length) &&
          (!deferredFind || `${r.controlId} ${r.name} ${r.owner}`.toLowerCase().includes(deferredFind)),
      ),
    [all, frequency, gapsOnly, deferredFind],
  );
  const complete = all.filter((r) => r.covered === r.buckets.length).length;
  const e = engagement.data;
  const period =
    e?.reportType === 'type2' && e.periodStart && e.periodEnd ? { start: e.periodStart, end: e.periodEnd } : null;
  const months = period ? periodBuckets(period.start, period.end, 'monthly')! : [];

  return (
    <div data-testid="coverage-page">
      <PageHeader
        title="Period coverage"
        description="For a Type II report the auditor samples across the whole period. Each recurring control needs evidence for every day, week, month or quarter it runs; a striped slice has none yet."
      />
      <EvidenceTabs current="coverage" />
      <Stack gap="md">
        {engagement.error ? <ErrorNotice error={engagement.error} title="The engagement could not be read" /> : null}
        {coverage.error ? <ErrorNotice error={coverage.error} title="The coverage could not be read" /> : null}
        {!e || !coverage.data ? (
          engagement.status === 'loading' || coverage.status === 'loading' ? (
            <Loading label="Working out the period coverage…" />
          ) : null
        ) : !period ? (
          <Paper withBorder radius="md" p="lg">
            <Text size="sm">
              Period coverage is for Type II reports, which cover a period of several months. This engagement is a Type
              I report as of one date. To plan a Type II period, set the report type and the period in{' '}
              <Anchor href={hashForArea('scope')} inherit>
                Scope
              </Anchor>
              .
            </Text>
          </Paper>
        ) : all.length === 0 ? (
          <Paper withBorder radius="md" p="lg">
            <Text size="sm">
              No recurring control in scope yet. Daily, weekly, monthly, quarterly and annual controls appear here;
              continuous and per-event controls are evidenced by samples instead. Set frequencies in{' '}
              <Anchor href={hashForArea('controls')} inherit>
                Controls
              </Anchor>
              .
            </Text>
          </Paper>
        ) : (
          <>
            <Text size="sm" role="status" data-testid="coverage-summary">
              Period {formatDate(period.start)} to {formatDate(period.end)}: {formatNumber(complete)} of{' '}
              {countOf(all.length, 'recurring control')} have evidence for every slice;{' '}
              {formatNumber(all.length - complete)} have gaps.
            </Text>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <SearchFilter placeholder="Control, name or owner" value={find} onChange={setFind} />
              <Select
                label="Frequency"
                placeholder="Any"
                clearable
                data={FREQUENCY_ORDER.map((f) => ({ value: f, label: FREQUENCY_LABELS[f]! }))}
                value={frequency}
                onChange={(v) => setFrequency(v as Frequency | null)}
                w={150}
              />
              <Switch
                label="Only controls with gaps"
                checked={gapsOnly}
                onChange={(event) => setGapsOnly(event.currentTarget.checked)}
                mb={8}
              />
              <Group gap="md" mb={8} ml="auto">
                <Text size="xs" c="dimmed">
                  <span className={`${classes.bucket} ${classes.legend}`} data-covered="" /> Evidence
                </Text>
                <Text size="xs" c="dimmed">
                  <span className={`${classes.bucket} ${classes.legend}`} /> No evidence
                </Text>
              </Group>
            </Group>
            {rows.length ? (
              <PeriodCoverageGrid rows={rows} months={months} start={period.start} end={period.end} />
            ) : (
              <Text size="sm">No recurring control matches these filters.</Text>
            )}
          </>
        )}
      </Stack>
    </div>
  );
}
