import { FREQUENCY_MONTHS, reviewWindows } from '../../domain/access-reviews';
import { addMonthsToDate } from '../../domain/dates';
import { link } from '../links';
import { typeTwoPeriod } from '../period';
import { finding, skipped, type Rule } from '../rule';

/**
 * Each in-scope system needs the completed access reviews its frequency
 * demands: for Type II one in every window of the period that has ended, for
 * Type I a review no older than its frequency on the as-of date. When the
 * system was entered in the vault does not matter: a vault set up after the
 * fact still owes the reviews of the whole period, and a system never
 * reviewed is due now.
 */
export const accessReviewCadence: Rule = {
  id: 'access-review-cadence',
  title: 'Every system in scope has its access reviews',
  severity: 'blocker',
  area: 'access-reviews',
  criteria: ['CC6.2', 'CC6.3'],
  fix: 'Review who has access to the system, record the review with each account’s decision, and complete it.',
  run(ctx) {
    const { systems, accessReviews } = ctx.snapshot;
    if (!systems || !accessReviews) return skipped('This vault keeps no access reviews');
    const period = typeTwoPeriod(ctx);
    const completedBySystem = new Map<number, string[]>();
    for (const r of accessReviews) {
      if (!r.completed || r.reviewDate > ctx.asOf) continue;
      const list = completedBySystem.get(r.systemId) ?? [];
      list.push(r.reviewDate);
      completedBySystem.set(r.systemId, list);
    }
    const inScope = systems.filter((s) => s.inScope);
    const findings = [];
    for (const s of inScope) {
      const dates = completedBySystem.get(s.id) ?? [];
      // The system's row of the period view: its windows, the missing ones, and its reviews.
      const target = link.accessSystem(s.id, s.name);
      if (period) {
        const due = reviewWindows(period.start, period.end, s.reviewFrequency).filter((w) => w.to < ctx.asOf);
        const missing = due.filter((w) => !dates.some((d) => d >= w.from && d <= w.to));
        if (missing.length)
          findings.push(
            finding(
              this,
              s.id,
              `${s.name} (reviewed ${s.reviewFrequency}): no completed access review for ${missing.map((w) => w.label).join(', ')}.`,
              target,
            ),
          );
        continue;
      }
      const last = dates.reduce((a, b) => (b > a ? b : a), '');
      if (!last) {
        findings.push(
          finding(
            this,
            s.id,
            `${s.name} (reviewed ${s.reviewFrequency}): no completed access review on record.`,
            target,
          ),
        );
        continue;
      }
      const due = addMonthsToDate(last, FREQUENCY_MONTHS[s.reviewFrequency]);
      if (due < ctx.asOf)
        findings.push(
          finding(
            this,
            s.id,
            `${s.name}: the last completed access review was on ${last}; the next was due on ${due}.`,
            target,
          ),
        );
    }
    return { checked: inScope.length, findings };
  },
};
