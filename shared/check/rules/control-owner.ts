import { link } from '../links';
import { finding, type Rule } from '../rule';

/** An auditor asks who performs each control; "nobody yet" is an answer they write down. */
export const controlOwner: Rule = {
  id: 'control-owner',
  title: 'Every control in scope has an owner',
  severity: 'warning',
  area: 'controls',
  criteria: ['CC1.3', 'CC5.3'],
  fix: 'Open the control and name the person who performs it.',
  run(ctx) {
    const findings = ctx.controls
      .filter((c) => !c.owner.trim())
      .map((c) =>
        finding(this, c.id, `Control ${c.id} (${c.name}) has no owner.`, link.control(c.id), {
          criteria: ctx.inScopeCriteria(c),
        }),
      );
    return { checked: ctx.controls.length, checkedByCriterion: ctx.perCriterion(ctx.controls), findings };
  },
};
