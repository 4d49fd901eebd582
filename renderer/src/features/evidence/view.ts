import { create } from 'zustand';
import type { SortingState } from '@tanstack/react-table';
import type { EvidenceType, Freshness } from '../../../../shared/domain/evidence';

interface EvidenceViewState {
  search: string;
  type: EvidenceType | null;
  freshness: Freshness | null;
  control: string | null;
  sorting: SortingState;
  setSearch(search: string): void;
  setType(type: EvidenceType | null): void;
  setFreshness(freshness: Freshness | null): void;
  setControl(control: string | null): void;
  setSorting(sorting: SortingState): void;
  clear(): void;
}

/** The list's search, filters and sort; kept while the person visits an item. */
export const useEvidenceView = create<EvidenceViewState>()((set) => ({
  search: '',
  type: null,
  freshness: null,
  control: null,
  sorting: [{ id: 'effectiveDate', desc: true }],
  setSearch: (search) => set({ search }),
  setType: (type) => set({ type }),
  setFreshness: (freshness) => set({ freshness }),
  setControl: (control) => set({ control }),
  setSorting: (sorting) => set({ sorting }),
  clear: () => set({ search: '', type: null, freshness: null, control: null }),
}));
