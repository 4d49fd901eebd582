import { FREQUENCY_LABELS } from '../../domain/controls';
import { link } from '../links';
import { dueBuckets, itemsInPeriod, typeTwoPeriod } from '../period';
import { finding, skipped, type Rule } from '../rule';
import { SAMPLE_FREQUENCIES, type SampleSizes } from '../sample-sizes';
import type { SnapshotControl } from '../types';
import { plural } from '../../words';

function isSampled(frequency: string): frequency is keyof SampleSizes {
  return (SAMPLE_FREQUENCIES as readonly string[]).includes(frequency);
}

/**
 * Type II: the auditor picks a sample of occurrences (by default 25 days, 5
 * weeks, 2 months, 2 quarters, 1 year); the vault must hold at least that
 * many. While the period runs, the target is prorated to the slices elapsed.
 */
export const sampleSize: Rule = {
  id: 'sample-size',
  title: 'Type II: enough occurrences for the auditor’s sample',
  severity: 'warning',
  area: 'evidence',
  criteria: [],
  fix: 'Attach one evidence item per occurrence (each run, review or ticket), so the auditor can pick the sample from them.',
  run(ctx) {
    const period = typeTwoPeriod(ctx);
    if (!period) return skipped('Only for a Type II engagement whose period has begun');
    const subjects: SnapshotControl[] = [];
    const findings = [];
    for (const c of ctx.controls) {
      const links = ctx.evidenceByControl.get(c.id);
      // A control with no evidence at all is reported once, by control-evidence.
      if (c.status !== 'implemented' || !isSampled(c.frequency) || !links) continue;
      const coverage = dueBuckets(ctx, period, c.id, c.frequency, links);
      if (!coverage || coverage.due.length === 0) continue;
      subjects.push(c);
      const size = ctx.snapshot.sampleSizes[c.frequency];
      const needed = Math.min(size, Math.ceil((size * coverage.due.length) / coverage.total));
      const have = itemsInPeriod(period, ctx.asOf, links);
      if (have >= needed) continue;
      findings.push(
        finding(
          this,
          c.id,
          `Control ${c.id} (${c.name}, ${FREQUENCY_LABELS[c.frequency].toLowerCase()}): ${plural(have, 'item')} in the period, the sample needs ${needed}${needed < size ? ` so far (${size} by the end)` : ''}.`,
          link.control(c.id),
          { criteria: ctx.inScopeCriteria(c) },
        ),
      );
    }
    return { checked: subjects.length, checkedByCriterion: ctx.perCriterion(subjects), findings };
  },
};
