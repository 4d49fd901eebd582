import { link } from '../links';
import { finding, type Rule } from '../rule';

/** A policy that supports a control in scope must have an approved version the auditor can read. */
export const policyApproved: Rule = {
  id: 'policy-approved',
  title: 'Policies behind controls in scope are approved',
  severity: 'blocker',
  area: 'policies',
  criteria: ['CC5.3'],
  fix: 'Submit the policy for review and record its approval (who approved it and when).',
  run(ctx) {
    const subjects = ctx.snapshot.policies.filter((p) => p.controls.some((id) => ctx.controlsById.has(id)));
    const findings = subjects
      .filter((p) => p.approvedOn === null)
      .map((p) =>
        finding(this, p.id, `Policy "${p.title}" has never been approved.`, link.policy(p.id, p.title), {
          criteria: policyCriteria(ctx, p.controls),
        }),
      );
    return { checked: subjects.length, findings };
  },
};

/** The in-scope criteria of the controls a policy supports, plus CC5.3 (policies establish what is expected). */
export function policyCriteria(ctx: Parameters<Rule['run']>[0], controls: readonly string[]): string[] {
  const set = new Set<string>(['CC5.3']);
  for (const id of controls) {
    const c = ctx.controlsById.get(id);
    if (c) for (const k of ctx.inScopeCriteria(c)) set.add(k);
  }
  return [...set];
}
