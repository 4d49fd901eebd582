import type { CategoryId } from './categories';
import { CRITERIA_BY_ID } from './criteria';
import type { ControlTemplate } from './types';
import { ACCESS_OPERATIONS_CONTROLS } from './controls/access-operations';
import { AI_CONTROLS } from './controls/ai';
import { GOVERNANCE_CONTROLS } from './controls/governance';
import { RESILIENCE_CONTROLS } from './controls/resilience';
import { TRUST_CONTROLS } from './controls/trust';

export { CONTROL_DOMAINS, CONTROL_OWNER_ROLES, domainOfControlId } from './controls/domains';
export type { ControlOwnerRole } from './controls/domains';

/**
 * The control library shipped with Attest, written for small AI agencies. A vault copies
 * these templates and the owner adapts the copies. IDs are stable: a prefix naming the
 * domain (see CONTROL_DOMAINS) and two digits. Never renumber or reuse an ID.
 */
export const CONTROL_LIBRARY: readonly ControlTemplate[] = [
  ...GOVERNANCE_CONTROLS,
  ...ACCESS_OPERATIONS_CONTROLS,
  ...AI_CONTROLS,
  ...RESILIENCE_CONTROLS,
  ...TRUST_CONTROLS,
];

export const CONTROL_LIBRARY_BY_ID: ReadonlyMap<string, ControlTemplate> = new Map(
  CONTROL_LIBRARY.map((c) => [c.id, c]),
);

/**
 * The library controls relevant to the given categories: a control is included when at
 * least one of its mapped criteria belongs to one of the categories. Library order is kept.
 */
export function controlsForCategories(categories: readonly CategoryId[]): ControlTemplate[] {
  const wanted = new Set<CategoryId>(categories);
  return CONTROL_LIBRARY.filter((control) =>
    control.criteria.some((id) => {
      const criterion = CRITERIA_BY_ID.get(id);
      return criterion !== undefined && wanted.has(criterion.category);
    }),
  );
}
