import { CRITERIA } from '../../catalog/criteria';
import { link } from '../links';
import { finding, type Rule } from '../rule';
import { plural } from '../../words';

/** Every in-scope criterion needs an implemented control, or a stated reason it does not apply. */
export const criterionCoverage: Rule = {
  id: 'criterion-coverage',
  title: 'Every criterion in scope is met by an implemented control',
  severity: 'blocker',
  area: 'controls',
  criteria: [],
  fix: 'Map an existing control to the criterion and implement it, add a control, or mark the criterion not applicable with a reason.',
  run(ctx) {
    const controlsByCriterion = new Map<string, { total: number; implemented: number }>();
    for (const c of ctx.controls) {
      for (const k of ctx.inScopeCriteria(c)) {
        const n = controlsByCriterion.get(k) ?? { total: 0, implemented: 0 };
        n.total += 1;
        if (c.status === 'implemented') n.implemented += 1;
        controlsByCriterion.set(k, n);
      }
    }
    const checkedByCriterion = new Map<string, number>();
    const findings = [];
    for (const criterion of CRITERIA) {
      if (!ctx.scope.has(criterion.category)) continue;
      checkedByCriterion.set(criterion.id, 1);
      if (!ctx.applicableCriteria.has(criterion.id)) continue;
      const n = controlsByCriterion.get(criterion.id);
      if (n && n.implemented > 0) continue;
      const message = n
        ? `${criterion.id} (${criterion.topic}): ${plural(n.total, 'control')} mapped, none implemented yet.`
        : `${criterion.id} (${criterion.topic}): no control is mapped to it and it is not marked not applicable.`;
      findings.push(finding(this, criterion.id, message, link.criterion(criterion.id), { criteria: [criterion.id] }));
    }
    return { checked: checkedByCriterion.size, checkedByCriterion, findings };
  },
};
