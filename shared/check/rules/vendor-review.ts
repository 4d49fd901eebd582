import { addMonthsToDate } from '../../domain/dates';
import { link } from '../links';
import { finding, skipped, type Rule } from '../rule';

/** Critical vendors are reviewed at least yearly (CC9.2). */
export const vendorReview: Rule = {
  id: 'vendor-review',
  title: 'Critical vendors reviewed within 12 months',
  severity: 'warning',
  area: 'vendors',
  criteria: ['CC9.2'],
  fix: 'Review the vendor (its security posture, assurance reports, contract) and record the review date.',
  run(ctx) {
    const vendors = ctx.snapshot.vendors;
    if (!vendors) return skipped('This vault keeps no vendor register');
    const since = addMonthsToDate(ctx.asOf, -12);
    const critical = vendors.filter((v) => v.criticality === 'critical');
    const findings = critical
      .filter((v) => v.lastReviewed === null || v.lastReviewed < since)
      .map((v) =>
        finding(
          this,
          v.id,
          v.lastReviewed
            ? `Critical vendor ${v.name} was last reviewed on ${v.lastReviewed}, over 12 months ago.`
            : `Critical vendor ${v.name} has never been reviewed.`,
          link.record('vendors', v.id, v.name),
        ),
      );
    return { checked: critical.length, findings };
  },
};
