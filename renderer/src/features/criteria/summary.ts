import type { CoverageState, CriterionCoverage } from '../../../../shared/domain/controls';
import { countOf, formatNumber } from '../../components/format';

export type CoverageCounts = Record<CoverageState, number> & { total: number; inScope: number };

export function countCoverage(coverage: readonly CriterionCoverage[]): CoverageCounts {
  const counts: CoverageCounts = {
    total: coverage.length,
    inScope: 0,
    covered: 0,
    partial: 0,
    gap: 0,
    'not-applicable': 0,
    'out-of-scope': 0,
  };
  for (const c of coverage) {
    counts[c.state]++;
    if (c.inScope) counts.inScope++;
  }
  return counts;
}

/** "52 of 61 criteria in scope; 40 covered, 8 not yet implemented, 4 gaps". */
export function coverageSentence(counts: CoverageCounts): string {
  const parts = [
    `${formatNumber(counts.covered)} covered`,
    `${formatNumber(counts.partial)} not yet implemented`,
    countOf(counts.gap, 'gap'),
  ];
  if (counts['not-applicable'] > 0) parts.push(`${formatNumber(counts['not-applicable'])} not applicable`);
  return `${formatNumber(counts.inScope)} of ${formatNumber(counts.total)} criteria in scope; ${parts.join(', ')}`;
}

/** "4 criteria have no control" / "1 criterion has no control". */
export function gapSentence(gaps: number): string {
  if (gaps === 0) return 'Every criterion in scope has at least one control';
  return gaps === 1 ? '1 criterion has no control' : `${formatNumber(gaps)} criteria have no control`;
}
