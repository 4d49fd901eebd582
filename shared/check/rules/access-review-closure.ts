import { addDaysToDate } from '../../domain/dates';
import { link } from '../links';
import { finding, skipped, type Rule } from '../rule';
import { plural } from '../../words';

/** A review left open this long is treated as not done. */
export const OPEN_REVIEW_DAYS = 30;

/** A review only counts once completed, and the access it decided to remove must actually be removed. */
export const accessReviewClosure: Rule = {
  id: 'access-review-closure',
  title: 'Access reviews are completed and their removals done',
  severity: 'warning',
  area: 'access-reviews',
  criteria: ['CC6.2', 'CC6.3'],
  fix: 'Open the review, record the remediation date of each revoked or changed account, and complete the review.',
  run(ctx) {
    const { systems, accessReviews } = ctx.snapshot;
    if (!systems || !accessReviews) return skipped('This vault keeps no access reviews');
    const names = new Map(systems.map((s) => [s.id, s.name]));
    const stale = addDaysToDate(ctx.asOf, -OPEN_REVIEW_DAYS);
    const subjects = accessReviews.filter((r) => r.reviewDate <= ctx.asOf);
    const findings = [];
    for (const r of subjects) {
      const system = names.get(r.systemId) ?? `System ${r.systemId}`;
      const target = link.record('access-reviews', r.id, `Access review of ${system}`);
      if (!r.completed && r.reviewDate < stale)
        findings.push(
          finding(this, r.id, `The access review of ${system} started on ${r.reviewDate} is not completed.`, target),
        );
      else if (r.openRemediations > 0)
        findings.push(
          finding(
            this,
            r.id,
            `The access review of ${system} on ${r.reviewDate}: ${plural(r.openRemediations, 'account')} to revoke or change with no remediation recorded.`,
            target,
          ),
        );
    }
    return { checked: subjects.length, findings };
  },
};
