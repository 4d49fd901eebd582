import { coveredUntil, reachOf } from '../../domain/evidence';
import { link } from '../links';
import { finding, type Rule } from '../rule';

/**
 * Each implemented control needs evidence that still speaks for it on the
 * as-of date: none at all is a blocker, only expired evidence a warning.
 */
export const controlEvidence: Rule = {
  id: 'control-evidence',
  title: 'Every implemented control has current evidence',
  severity: 'blocker',
  area: 'evidence',
  criteria: [],
  fix: 'Attach recent evidence to the control (a screenshot, export, ticket or report dated within its frequency).',
  run(ctx) {
    const subjects = ctx.controls.filter((c) => c.status === 'implemented');
    const findings = [];
    for (const c of subjects) {
      const links = ctx.evidenceByControl.get(c.id) ?? [];
      const criteria = ctx.inScopeCriteria(c);
      const reach = reachOf(links, ctx.asOf);
      if (reach === null) {
        findings.push(
          finding(this, c.id, `Control ${c.id} (${c.name}) has no evidence.`, link.control(c.id), { criteria }),
        );
        continue;
      }
      const until = coveredUntil(reach, c.frequency);
      if (until < ctx.asOf)
        findings.push(
          finding(
            this,
            c.id,
            `Control ${c.id} (${c.name}): its latest evidence expired on ${until}.`,
            link.control(c.id),
            {
              criteria,
              severity: 'warning',
              fix: 'Attach fresh evidence; none of its items covers the control any more.',
            },
          ),
        );
    }
    return { checked: subjects.length, checkedByCriterion: ctx.perCriterion(subjects), findings };
  },
};
