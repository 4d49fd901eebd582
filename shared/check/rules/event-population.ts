import { link } from '../links';
import { typeTwoPeriod } from '../period';
import { finding, skipped, type Rule } from '../rule';

/**
 * Type II: for a per-event control (each change, each hire) the auditor
 * samples from the full list of events in the period, so that list must be
 * in the vault: an item dated in the period or covering part of it.
 */
export const eventPopulation: Rule = {
  id: 'event-population',
  title: 'Type II: the population of per-event controls is present',
  severity: 'warning',
  area: 'evidence',
  criteria: [],
  fix: 'Attach a listing of every occurrence in the period (an export from your tracker or HR system) with its covered dates.',
  run(ctx) {
    const period = typeTwoPeriod(ctx);
    if (!period) return skipped('Only for a Type II engagement whose period has begun');
    const last = period.end < ctx.asOf ? period.end : ctx.asOf;
    // A control with no evidence at all is reported once, by control-evidence.
    const subjects = ctx.controls.filter(
      (c) => c.status === 'implemented' && c.frequency === 'per-event' && ctx.evidenceByControl.has(c.id),
    );
    const findings = [];
    for (const c of subjects) {
      const present = (ctx.evidenceByControl.get(c.id) ?? []).some((e) => {
        const from = e.coversFrom ?? e.effectiveDate;
        const to = e.coversTo ?? e.effectiveDate;
        return from <= last && to >= period.start;
      });
      if (!present)
        findings.push(
          finding(
            this,
            c.id,
            `Control ${c.id} (${c.name}, per event): nothing in the vault lists its occurrences in the period.`,
            link.control(c.id),
            { criteria: ctx.inScopeCriteria(c) },
          ),
        );
    }
    return { checked: subjects.length, checkedByCriterion: ctx.perCriterion(subjects), findings };
  },
};
