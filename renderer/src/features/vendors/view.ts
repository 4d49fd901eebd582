import type { SortingState } from '@tanstack/react-table';
import { create } from 'zustand';
import type { Criticality, VendorKind } from '../../../../shared/domain/vendors';

export type SubserviceFilter = 'any' | 'subservice' | 'carve-out' | 'inclusive' | 'not';

interface VendorViewState {
  search: string;
  kind: VendorKind | null;
  criticality: Criticality | null;
  subservice: SubserviceFilter;
  attentionOnly: boolean;
  sorting: SortingState;
  setSearch(search: string): void;
  setKind(kind: VendorKind | null): void;
  setCriticality(criticality: Criticality | null): void;
  setSubservice(subservice: SubserviceFilter): void;
  setAttentionOnly(value: boolean): void;
  setSorting(sorting: SortingState): void;
  clear(): void;
}

/** The vendor list's search, filters and sort; kept while the person visits a vendor. */
export const useVendorView = create<VendorViewState>()((set) => ({
  search: '',
  kind: null,
  criticality: null,
  subservice: 'any',
  attentionOnly: false,
  sorting: [{ id: 'criticality', desc: true }],
  setSearch: (search) => set({ search }),
  setKind: (kind) => set({ kind }),
  setCriticality: (criticality) => set({ criticality }),
  setSubservice: (subservice) => set({ subservice }),
  setAttentionOnly: (attentionOnly) => set({ attentionOnly }),
  setSorting: (sorting) => set({ sorting }),
  clear: () => set({ search: '', kind: null, criticality: null, subservice: 'any', attentionOnly: false }),
}));
