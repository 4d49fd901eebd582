import { STATUS_LABELS } from '../../domain/controls';
import { link } from '../links';
import { finding, type Rule } from '../rule';

/** A control described but not operating is an exception in any report. */
export const controlImplemented: Rule = {
  id: 'control-implemented',
  title: 'Every control in scope is implemented',
  severity: 'blocker',
  area: 'controls',
  criteria: [],
  fix: 'Put the control in place and set its status to Implemented, or mark it not applicable with a reason.',
  run(ctx) {
    const findings = ctx.controls
      .filter((c) => c.status !== 'implemented')
      .map((c) =>
        finding(
          this,
          c.id,
          `Control ${c.id} (${c.name}) is ${STATUS_LABELS[c.status].toLowerCase()}.`,
          link.control(c.id),
          { criteria: ctx.inScopeCriteria(c) },
        ),
      );
    return { checked: ctx.controls.length, checkedByCriterion: ctx.perCriterion(ctx.controls), findings };
  },
};
