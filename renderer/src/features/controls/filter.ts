import type { Control } from '../../../../shared/domain/controls';
import { UNASSIGNED, type ControlFilters } from './view';

/** The controls that pass the filters; the search looks at ID, name and description. */
export function filterControls(controls: readonly Control[], filters: ControlFilters): Control[] {
  const words = filters.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return controls.filter((c) => {
    if (filters.category && !c.categories.includes(filters.category)) return false;
    if (filters.status && c.status !== filters.status) return false;
    if (filters.frequency && c.frequency !== filters.frequency) return false;
    if (filters.owner) {
      if (filters.owner === UNASSIGNED ? c.owner !== '' : c.owner !== filters.owner) return false;
    }
    if (words.length) {
      const haystack = `${c.id}\n${c.name}\n${c.description}`.toLowerCase();
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
}

/** The people named as owners, in alphabetical order. */
export function ownersOf(controls: readonly Control[]): string[] {
  return [...new Set(controls.map((c) => c.owner).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
