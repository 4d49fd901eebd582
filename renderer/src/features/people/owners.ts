import { leftBy, ownerNameKey } from '../../../../shared/check/rules/control-owner-left';

export { leftBy };

/** Today on the vault's calendar (UTC), as the self-check's default as-of date. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The controls whose owner names this person (any case or spacing), the way the self-check matches them. */
export function controlsOwnedBy<C extends { owner: string }>(controls: readonly C[], name: string): C[] {
  const key = ownerNameKey(name);
  return key ? controls.filter((c) => ownerNameKey(c.owner) === key) : [];
}

/**
 * The person of the register a control's owner names, or null. When several share the name, someone still here
 * comes first (the self-check then does not flag the control), else the one who left last.
 */
export function ownerInRegister<P extends { name: string; endDate: string | null }>(
  people: readonly P[],
  owner: string,
  today: string,
): P | null {
  const key = ownerNameKey(owner);
  if (!key) return null;
  let best: P | null = null;
  for (const p of people) {
    if (ownerNameKey(p.name) !== key) continue;
    if (!leftBy(p, today)) return p;
    if (best === null || p.endDate! > best.endDate!) best = p;
  }
  return best;
}
