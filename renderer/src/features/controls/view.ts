import type { SortingState } from '@tanstack/react-table';
import { create } from 'zustand';
import type { CategoryId } from '../../../../shared/catalog/categories';
import type { Frequency } from '../../../../shared/catalog/types';
import type { ControlStatus } from '../../../../shared/domain/controls';

/** The owner filter's value for controls with no person named yet. */
export const UNASSIGNED = '__unassigned__';

export interface ControlFilters {
  search: string;
  category: CategoryId | null;
  status: ControlStatus | null;
  /** A person's name, or UNASSIGNED. */
  owner: string | null;
  frequency: Frequency | null;
}

export const NO_FILTERS: ControlFilters = { search: '', category: null, status: null, owner: null, frequency: null };

interface ControlsViewState {
  filters: ControlFilters;
  sorting: SortingState;
  /** Where the table was scrolled, so coming back from a control keeps the place. */
  scrollTop: number;
  setFilter<K extends keyof ControlFilters>(key: K, value: ControlFilters[K]): void;
  clearFilters(): void;
  setSorting(sorting: SortingState): void;
  setScrollTop(scrollTop: number): void;
  /** Opens the table on one category, e.g. after adding it to scope. */
  showCategory(category: CategoryId): void;
}

/** The table's filters, sort and scroll position; kept while the person visits a control or another area. */
export const useControlsView = create<ControlsViewState>()((set) => ({
  filters: NO_FILTERS,
  sorting: [{ id: 'id', desc: false }],
  scrollTop: 0,
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value }, scrollTop: 0 })),
  clearFilters: () => set({ filters: NO_FILTERS, scrollTop: 0 }),
  setSorting: (sorting) => set({ sorting, scrollTop: 0 }),
  setScrollTop: (scrollTop) => set({ scrollTop }),
  showCategory: (category) => set({ filters: { ...NO_FILTERS, category }, scrollTop: 0 }),
}));

export function hasFilters(filters: ControlFilters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.category !== null ||
    filters.status !== null ||
    filters.owner !== null ||
    filters.frequency !== null
  );
}
