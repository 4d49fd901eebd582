import { Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAdjustments, IconDownload, IconFileTypeCsv, IconFileTypePdf, IconPlayerPlay } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Finding } from '../../../../shared/check/types';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { AssignModal } from './AssignModal';
import { saveFile } from './download';
import { filterFindings, groupBySeverity, NO_FILTER, type FindingFilter } from './filter';
import { FindingFilters } from './FindingFilters';
import { FindingList } from './FindingList';
import { SampleSizesModal } from './SampleSizesModal';
import { ScoreSummary } from './ScoreSummary';

const today = () => new Date().toISOString().slice(0, 10);

/** The pre-audit self-check: run it, read the findings, hand them out, export the plan. */
export function SelfCheckPage() {
  const latest = useOperation('check.latest', {});
  const history = useOperation('check.history', { limit: 30 });
  const [running, setRunning] = useState(false);
  const [exporting, setExporting] = useState<'csv' | 'pdf' | null>(null);
  const [error, setError] = useState<ErrorShape | null>(null);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [assigning, setAssigning] = useState<Finding | null>(null);
  const [sizesOpen, setSizesOpen] = useState(false);

  const run = latest.data;
  const shown = useMemo(
    () => (run ? groupBySeverity(filterFindings(run.result.findings, run.plan, filter)) : []),
    [run, filter],
  );
  const owners = useMemo(() => [...new Set(Object.values(run?.plan ?? {}).map((p) => p.owner))].sort(), [run]);

  const runCheck = async () => {
    setRunning(true);
    setError(null);
    const result = await call('check.run', {});
    setRunning(false);
    if (!result.ok) setError(result.error);
    latest.reload();
    history.reload();
  };

  const exportPlan = async (kind: 'csv' | 'pdf') => {
    setExporting(kind);
    setError(null);
    const result = await call(kind === 'csv' ? 'check.planCsv' : 'check.planPdf', {});
    setExporting(null);
    if (result.ok) saveFile(result.value);
    else setError(result.error);
  };

  const shownFindings = shown.filter((e) => e.kind === 'finding').length;

  return (
    <>
      <PageHeader
        title="Self-check"
        description="What an auditor would flag in this vault today, ranked, each with the fix and a link to where it is fixed."
        actions={
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconAdjustments size={16} aria-hidden />}
              onClick={() => setSizesOpen(true)}
            >
              Sample sizes
            </Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  variant="default"
                  leftSection={<IconDownload size={16} aria-hidden />}
                  disabled={!run}
                  loading={exporting !== null}
                >
                  Export plan
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconFileTypeCsv size={16} aria-hidden />}
                  onClick={() => void exportPlan('csv')}
                >
                  Remediation plan as CSV
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconFileTypePdf size={16} aria-hidden />}
                  onClick={() => void exportPlan('pdf')}
                >
                  Remediation plan as PDF
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              onClick={() => void runCheck()}
              loading={running}
            >
              Run self-check
            </Button>
          </Group>
        }
      />
      <Stack gap="lg">
        {error ? <ErrorNotice error={error} onClose={() => setError(null)} /> : null}
        {latest.error ? <ErrorNotice error={latest.error} title="The last self-check could not be read" /> : null}
        {latest.status === 'loading' && !run ? <Loading label="Reading the last self-check…" /> : null}
        {latest.status === 'ready' && !run ? (
          <Paper withBorder radius="md" p="xl" ta="center">
            <Stack gap="sm" align="center">
              <Title order={2} fz="h4" fw={600}>
                No self-check has run yet
              </Title>
              <Text size="sm" c="dimmed" maw={520}>
                Run it to see every gap an auditor would question: criteria without controls, controls without owners or
                evidence, unapproved policies, missing Type II samples and more. It changes nothing in the vault.
              </Text>
              <Button
                leftSection={<IconPlayerPlay size={16} aria-hidden />}
                onClick={() => void runCheck()}
                loading={running}
              >
                Run self-check
              </Button>
            </Stack>
          </Paper>
        ) : null}
        {run ? (
          <>
            <ScoreSummary run={run} history={history.data ?? []} />
            <FindingFilters
              filter={filter}
              onChange={setFilter}
              counts={run.result.counts}
              findings={run.result.findings}
            />
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="finding-summary">
              {run.result.findings.length === 0
                ? 'Nothing to fix: no finding in this run.'
                : `Showing ${countOf(shownFindings, 'finding')} of ${run.result.findings.length}.`}
            </Text>
            {shown.length > 0 ? (
              <FindingList entries={shown} plan={run.plan} today={today()} onAssign={setAssigning} />
            ) : null}
          </>
        ) : null}
      </Stack>
      <AssignModal
        finding={assigning}
        item={assigning ? run?.plan[assigning.key] : undefined}
        owners={owners}
        today={today()}
        onClose={() => setAssigning(null)}
        onSaved={() => {
          setAssigning(null);
          latest.reload();
        }}
      />
      <SampleSizesModal
        opened={sizesOpen}
        onClose={() => setSizesOpen(false)}
        onSaved={() => {
          setSizesOpen(false);
          void runCheck();
        }}
      />
    </>
  );
}
