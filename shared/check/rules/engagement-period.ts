import { engagementWarnings } from '../../domain/engagement';
import { link } from '../links';
import { finding, skipped, type Rule } from '../rule';

/** Auditors rarely accept a Type II period under three months, and one over twelve delays the report. */
export const engagementPeriod: Rule = {
  id: 'engagement-period',
  title: 'The Type II period has a usual length',
  severity: 'warning',
  area: 'scope',
  criteria: [],
  fix: 'Agree the period with your auditor; most first Type II reports cover 3 to 12 months.',
  run(ctx) {
    const e = ctx.snapshot.engagement;
    if (!e || e.reportType !== 'type2' || !e.periodStart || !e.periodEnd) return skipped('Not a Type II engagement');
    const warnings = engagementWarnings(e);
    return {
      checked: 1,
      findings: warnings.map((w) =>
        finding(this, 'period', `Period ${e.periodStart} to ${e.periodEnd}: ${w}`, link.scope()),
      ),
    };
  },
};
