import { addMonthsToDate } from '../../domain/dates';
import { link } from '../links';
import { finding, type Rule } from '../rule';
import { policyCriteria } from './policy-approved';

/** An approved policy must be reviewed again within its cadence (12 months unless set otherwise). */
export const policyReview: Rule = {
  id: 'policy-review',
  title: 'Approved policies are reviewed within their cadence',
  severity: 'warning',
  area: 'policies',
  criteria: ['CC5.3'],
  fix: 'Review the policy, start a new version if anything changed, and record the approval again.',
  run(ctx) {
    const subjects = ctx.snapshot.policies.filter(
      (p) => p.approvedOn !== null && p.controls.some((id) => ctx.controlsById.has(id)),
    );
    const findings = [];
    for (const p of subjects) {
      const due = addMonthsToDate(p.approvedOn!, p.reviewCadenceMonths);
      if (due >= ctx.asOf) continue;
      findings.push(
        finding(
          this,
          p.id,
          `Policy "${p.title}" was last approved on ${p.approvedOn}; its ${p.reviewCadenceMonths}-month review was due on ${due}.`,
          link.policy(p.id, p.title),
          { criteria: policyCriteria(ctx, p.controls) },
        ),
      );
    }
    return { checked: subjects.length, findings };
  },
};
