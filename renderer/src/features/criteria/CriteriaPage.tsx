import { Anchor, Tabs, Text } from '@mantine/core';
import { IconLayoutGrid, IconListDetails } from '@tabler/icons-react';
import { useMemo } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { formatDate } from '../../components/format';
import { useAppStore } from '../../store/app';
import { hashForArea } from '../../store/hash';
import { CoverageMatrix } from '../coverage-matrix/CoverageMatrix';
import { CriteriaList, type CriterionScores } from './CriteriaList';
import { countCoverage, coverageSentence } from './summary';

export const MATRIX = 'matrix';

/** Criteria: the list with each criterion's coverage, and the coverage matrix of criteria × controls. */
export function CriteriaPage({ sub }: { sub: string }) {
  const coverage = useOperation('criteria.coverage', {});
  const navigate = useAppStore((s) => s.navigate);
  const tab = sub === MATRIX ? MATRIX : 'list';
  const focus = sub && sub !== MATRIX ? sub : null;
  const counts = useMemo(() => (coverage.data ? countCoverage(coverage.data) : null), [coverage.data]);
  // Per-criterion readiness from the latest stored self-check run (none until the self-check has run).
  const latest = useOperation('check.latest', {});
  const run = latest.data;
  const scores = useMemo<CriterionScores | null>(
    () => (run ? { byCriterion: run.result.score.byCriterion, asOf: run.result.asOf } : null),
    [run],
  );

  return (
    <>
      <PageHeader
        title="Criteria"
        description="The Trust Services criteria your report is measured against, and which of your controls answer each one."
      />
      {counts ? (
        <Text fw={500} mb="md" data-testid="criteria-summary" className="attest-num">
          {coverageSentence(counts)}
        </Text>
      ) : null}
      {latest.status === 'ready' ? (
        <Text size="sm" c="dimmed" mt={-8} mb="md" data-testid="criteria-scores-note">
          {scores ? (
            <>
              Scores are each criterion&rsquo;s readiness out of 100 in the{' '}
              <Anchor href={hashForArea('self-check')} inherit underline="always">
                self-check
              </Anchor>{' '}
              as of {formatDate(scores.asOf)}.
            </>
          ) : (
            <>
              Run the{' '}
              <Anchor href={hashForArea('self-check')} inherit underline="always">
                self-check
              </Anchor>{' '}
              to see a readiness score for each criterion in scope.
            </>
          )}
        </Text>
      ) : null}
      {coverage.error ? <ErrorNotice error={coverage.error} title="The criteria could not be read" /> : null}
      <Tabs
        value={tab}
        onChange={(value) => navigate('criteria', value === MATRIX ? MATRIX : '')}
        keepMounted={false}
        variant="outline"
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="list" leftSection={<IconListDetails size={16} aria-hidden />}>
            Criteria list
          </Tabs.Tab>
          <Tabs.Tab value={MATRIX} leftSection={<IconLayoutGrid size={16} aria-hidden />}>
            Coverage matrix
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list">
          {coverage.data ? (
            <CriteriaList coverage={coverage.data} onChanged={coverage.reload} focus={focus} scores={scores} />
          ) : coverage.status === 'loading' ? (
            <Loading label="Loading the criteria…" />
          ) : null}
        </Tabs.Panel>
        <Tabs.Panel value={MATRIX}>
          {coverage.data ? (
            <CoverageMatrix coverage={coverage.data} />
          ) : coverage.status === 'loading' ? (
            <Loading label="Loading the coverage…" />
          ) : null}
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
