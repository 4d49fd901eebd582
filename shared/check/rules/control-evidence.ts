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
      // Evidence speaks for the control until the latest valid-until over all its items dated by the as-of date:
      // each item's override if set, else its date plus the control's frequency (as evidenceDue() computes it).
      // validityEnd never decreases with the date, so of the items without an override only the newest counts;
      // links are in date order, so that is the last one without an override.
      let dated = 0;
      let newestPlain = '';
      let override = '';
      for (; dated < links.length && links[dated]!.effectiveDate <= ctx.asOf; dated++) {
        const { effectiveDate, validUntil } = links[dated]!;
        if (validUntil === null) newestPlain = effectiveDate;
        else if (validUntil > override) override = validUntil;
      }
      if (dated === 0) {
        findings.push(
          finding(this, c.id, `Control ${c.id} (${c.name}) has no evidence.`, link.control(c.id), { criteria }),
        );
        continue;
      }
      const derived = newestPlain ? validityEnd(newestPlain, c.frequency) : '';
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
              fix: 'Attach fresh evidence; none of its items covers the control any more.',
            },
          ),
        );
    }
    return { checked: subjects.length, checkedByCriterion: ctx.perCriterion(subjects), findings };
  },
};
