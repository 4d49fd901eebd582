import { FREQUENCY_LABELS } from '../../domain/controls';
import { link } from '../links';
import { dueBuckets, typeTwoPeriod } from '../period';
import { finding, skipped, type Rule } from '../rule';
import type { SnapshotControl } from '../types';

/** How many missing buckets to name in a message before summarising. */
const NAMED = 3;

/**
 * Type II: a recurring control must show evidence in every day, week, month
 * or quarter of the period that has ended; an empty slice is an exception.
 */
export const periodBucketsRule: Rule = {
  id: 'period-buckets',
  title: 'Type II: evidence in every slice of the period',
  severity: 'blocker',
  area: 'evidence',
  criteria: [],
  fix: 'For each missing slice, attach the evidence produced then (with its effective date), or record why the control did not operate.',
  run(ctx) {
    const period = typeTwoPeriod(ctx);
    if (!period) return skipped('Only for a Type II engagement whose period has begun');
    const subjects: SnapshotControl[] = [];
    const findings = [];
    for (const c of ctx.controls) {
      const links = ctx.evidenceByControl.get(c.id);
      // A control with no evidence at all is reported once, by control-evidence.
      if (c.status !== 'implemented' || !links) continue;
      const coverage = dueBuckets(ctx, period, c.id, c.frequency, links);
      if (!coverage || coverage.due.length === 0) continue;
      subjects.push(c);
      const missing = coverage.due.filter((b) => b.items === 0);
      if (missing.length === 0) continue;
      const named = missing
        .slice(0, NAMED)
        .map((b) => b.label)
        .join(', ');
      const more = missing.length > NAMED ? ` and ${missing.length - NAMED} more` : '';
      findings.push(
        finding(
          this,
          c.id,
          `Control ${c.id} (${c.name}, ${FREQUENCY_LABELS[c.frequency].toLowerCase()}): no evidence for ${missing.length} of ${coverage.due.length} elapsed slices: ${named}${more}.`,
          link.control(c.id),
          { criteria: ctx.inScopeCriteria(c) },
        ),
      );
    }
    return { checked: subjects.length, checkedByCriterion: ctx.perCriterion(subjects), findings };
  },
};
