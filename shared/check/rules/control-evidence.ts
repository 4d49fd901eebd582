import { validityEnd } from '../../domain/evidence';
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
      // Links are in date order: the last one on or before the as-of date decides, unless an override reaches further.
      let last = -1;
      let override = '';
      for (let i = 0; i < links.length && links[i]!.effectiveDate <= ctx.asOf; i++) {
        last = i;
        const until = links[i]!.validUntil;
        if (until && until > override) override = until;
      }
      if (last < 0) {
        findings.push(
          finding(this, c.id, `Control ${c.id} (${c.name}) has no evidence.`, link.control(c.id), { criteria }),
        );
        continue;
      }
      const newest = links[last]!;
      const derived = newest.validUntil ?? validityEnd(newest.effectiveDate, c.frequency);
      const latest = derived > override ? derived : override;
      if (latest < ctx.asOf)
        findings.push(
          finding(
            this,
            c.id,
            `Control ${c.id} (${c.name}): its latest evidence expired on ${latest}.`,
            link.control(c.id),
            {
              criteria,
              severity: 'warning',
              fix: 'Attach fresh evidence; the latest item no longer covers the control.',
            },
          ),
        );
    }
    return { checked: subjects.length, checkedByCriterion: ctx.perCriterion(subjects), findings };
  },
};
