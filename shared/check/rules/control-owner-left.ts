import { link } from '../links';
import { finding, skipped, type Rule } from '../rule';
import type { SnapshotPerson } from '../types';

/**
 * A control's owner is free text; it names a person of the register when the two read the same once case and
 * spacing are set aside ("grace  Whitfield " is Grace Whitfield). The people and control pages match the same way.
 */
export function ownerNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Gone by that date: the end date is on or before it. */
export function leftBy(person: { endDate: string | null }, date: string): boolean {
  return person.endDate !== null && person.endDate <= date;
}

/**
 * A control owned by someone who has left is performed by nobody: an auditor asks who does it now. The owner is
 * matched to the people register by name; when several people share the name and one of them is still here, the
 * control is taken to be theirs. Controls whose owner is not in the register are not examined.
 */
export const controlOwnerLeft: Rule = {
  id: 'control-owner-left',
  title: 'No control in scope is owned by someone who has left',
  severity: 'warning',
  area: 'controls',
  criteria: [],
  fix: 'Open the control and assign a current owner: the person who performs it now.',
  run(ctx) {
    const people = ctx.snapshot.people;
    if (!people) return skipped('This vault keeps no people register');
    const byName = new Map<string, SnapshotPerson[]>();
    for (const p of people) {
      const key = ownerNameKey(p.name);
      if (!key) continue;
      const list = byName.get(key);
      if (list) list.push(p);
      else byName.set(key, [p]);
    }
    const examined = ctx.controls.filter((c) => byName.has(ownerNameKey(c.owner)));
    const findings = [];
    for (const c of examined) {
      const named = byName.get(ownerNameKey(c.owner))!;
      if (!named.every((p) => leftBy(p, ctx.asOf))) continue;
      const last = named.reduce((a, b) => (b.endDate! > a.endDate! ? b : a));
      findings.push(
        finding(
          this,
          c.id,
          `Control ${c.id} (${c.name}) is owned by ${last.name}, who left on ${last.endDate}.`,
          link.control(c.id),
          { criteria: ctx.inScopeCriteria(c) },
        ),
      );
    }
    return { checked: examined.length, checkedByCriterion: ctx.perCriterion(examined), findings };
  },
};
