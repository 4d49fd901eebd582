import { CRITERIA_BY_ID } from '../../catalog/criteria';
import { link } from '../links';
import { finding, type Rule } from '../rule';

/** A reason an auditor can accept says why, in a sentence; a word or two reads as a shortcut. */
const MIN_REASON = 40;

export const notApplicableReasons: Rule = {
  id: 'not-applicable-reasons',
  title: 'Not-applicable reasons are explained',
  severity: 'advice',
  area: 'scope',
  criteria: [],
  fix: 'Write a full sentence saying why it does not apply to your system (for example, who carries the responsibility instead).',
  run(ctx) {
    const findings = [];
    let checked = 0;
    for (const [criterionId, reason] of Object.entries(ctx.snapshot.criterionExclusions)) {
      const category = CRITERIA_BY_ID.get(criterionId)?.category;
      if (!category || !ctx.scope.has(category)) continue;
      checked += 1;
      if (reason.trim().length < MIN_REASON)
        findings.push(
          finding(
            this,
            `criterion:${criterionId}`,
            `${criterionId} is marked not applicable with only "${reason.trim()}".`,
            link.criterion(criterionId),
            { criteria: [criterionId] },
          ),
        );
    }
    for (const c of ctx.snapshot.controls) {
      if (c.notApplicableReason === null) continue;
      checked += 1;
      if (c.notApplicableReason.trim().length < MIN_REASON)
        findings.push(
          finding(
            this,
            `control:${c.id}`,
            `Control ${c.id} (${c.name}) is marked not applicable with only "${c.notApplicableReason.trim()}".`,
            link.control(c.id),
            { criteria: c.criteria },
          ),
        );
    }
    return { checked, findings };
  },
};
