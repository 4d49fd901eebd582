import { link } from '../links';
import { finding, type Rule } from '../rule';

/** The engagement must say what is examined and when, or nothing else can be judged. */
export const engagementValid: Rule = {
  id: 'engagement-valid',
  title: 'The engagement is complete',
  severity: 'blocker',
  area: 'scope',
  criteria: [],
  fix: 'Open Scope and fill in the organisation, the system, the report type and its dates.',
  run(ctx) {
    const e = ctx.snapshot.engagement;
    const problems: string[] = [];
    if (!e) problems.push('the vault has no engagement record');
    else {
      if (!e.orgName.trim()) problems.push('the organisation name is empty');
      if (!e.systemName.trim()) problems.push('the system name is empty');
      if (e.reportType === 'type1' && !e.asOfDate) problems.push('a Type I report needs an as-of date');
      if (e.reportType === 'type2') {
        if (!e.periodStart || !e.periodEnd) problems.push('a Type II report needs a period start and end');
        else if (e.periodEnd < e.periodStart) problems.push('the period ends before it starts');
        // The scope form refuses this too: a Type II report covers a span of time, not a single day.
        else if (e.periodEnd === e.periodStart)
          problems.push(
            `the period starts and ends on the same day (${e.periodStart}); a Type II period must end after it starts`,
          );
      }
    }
    return {
      checked: 1,
      findings: problems.length
        ? [finding(this, 'engagement', `The engagement is not usable: ${problems.join('; ')}.`, link.scope())]
        : [],
    };
  },
};
