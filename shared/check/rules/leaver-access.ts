import { link } from '../links';
import { finding, skipped, type Rule } from '../rule';

/**
 * People who left must lose their access: for each system where an access
 * review listed a leaver, the latest review after their end date must show
 * the account revoked (or no longer list it). Kept access after leaving is a
 * blocker; no review since they left to confirm removal is a warning.
 */
export const leaverAccess: Rule = {
  id: 'leaver-access',
  title: 'People who left have their access removed',
  severity: 'blocker',
  area: 'people',
  criteria: ['CC6.2', 'CC6.3'],
  fix: 'Remove the person’s accounts and record it in the next access review of each system (decision: revoke, with the remediation date).',
  run(ctx) {
    const { people, accessReviews, leaverAccounts } = ctx.snapshot;
    if (!people || !accessReviews || !leaverAccounts) return skipped('This vault keeps no people or access reviews');
    const reviews = new Map(accessReviews.map((r) => [r.id, r]));
    const leavers = new Map(people.filter((p) => p.endDate !== null && p.endDate <= ctx.asOf).map((p) => [p.id, p]));
    // Per leaver and system: the latest completed review that listed the person.
    const latest = new Map<string, { reviewDate: string; decision: string | null; systemId: number }>();
    for (const a of leaverAccounts) {
      const r = reviews.get(a.reviewId);
      if (!r || !r.completed || !leavers.has(a.personId) || r.reviewDate > ctx.asOf) continue;
      const key = `${a.personId}:${r.systemId}`;
      const seen = latest.get(key);
      if (!seen || r.reviewDate > seen.reviewDate)
        latest.set(key, { reviewDate: r.reviewDate, decision: a.decision, systemId: r.systemId });
    }
    const lastReviewOfSystem = new Map<number, string>();
    for (const r of accessReviews)
      if (r.completed && r.reviewDate <= ctx.asOf && r.reviewDate > (lastReviewOfSystem.get(r.systemId) ?? ''))
        lastReviewOfSystem.set(r.systemId, r.reviewDate);
    const names = new Map((ctx.snapshot.systems ?? []).map((s) => [s.id, s.name]));
    const checkedPeople = new Set<number>();
    const findings = [];
    for (const [key, seen] of latest) {
      const person = leavers.get(Number(key.split(':')[0]))!;
      checkedPeople.add(person.id);
      const system = names.get(seen.systemId) ?? `system ${seen.systemId}`;
      const target = link.record('people', person.id, person.name);
      if (seen.reviewDate >= person.endDate!) {
        if (seen.decision !== 'revoke')
          findings.push(
            finding(
              this,
              key,
              `${person.name} left on ${person.endDate}, but the access review of ${system} on ${seen.reviewDate} ${seen.decision === null ? 'left their account undecided' : 'kept their account'}.`,
              target,
            ),
          );
      } else if ((lastReviewOfSystem.get(seen.systemId) ?? '') < person.endDate!) {
        findings.push(
          finding(
            this,
            key,
            `${person.name} left on ${person.endDate}; no access review of ${system} since then confirms their account was removed.`,
            target,
            { severity: 'warning' },
          ),
        );
      }
    }
    return { checked: checkedPeople.size, findings };
  },
};
