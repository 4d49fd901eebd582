import type { SortingState } from '@tanstack/react-table';
import { create } from 'zustand';
import type { RiskCategory, RiskLevel, Treatment } from '../../../../shared/domain/risks';

export type HeatBasis = 'inherent' | 'residual';

/** One heat-map cell chosen as a filter. */
export interface HeatCell {
  basis: HeatBasis;
  likelihood: number;
  impact: number;
}

interface RiskViewState {
  search: string;
  category: RiskCategory | null;
  treatment: Treatment | 'none' | null;
  level: RiskLevel | null;
  attentionOnly: boolean;
  basis: HeatBasis;
  cell: HeatCell | null;
  sorting: SortingState;
  setSearch(search: string): void;
  setCategory(category: RiskCategory | null): void;
  setTreatment(treatment: Treatment | 'none' | null): void;
  setLevel(level: RiskLevel | null): void;
  setAttentionOnly(value: boolean): void;
  setBasis(basis: HeatBasis): void;
  setCell(cell: HeatCell | null): void;
  setSorting(sorting: SortingState): void;
  clear(): void;
}

/** The register's search, filters, heat-map cell and sort; kept while the person visits a risk. */
export const useRiskView = create<RiskViewState>()((set) => ({
  search: '',
  category: null,
  treatment: null,
  level: null,
  attentionOnly: false,
  basis: 'residual',
  cell: null,
  sorting: [{ id: 'residual', desc: true }],
  setSearch: (search) => set({ search }),
  setCategory: (category) => set({ category }),
  setTreatment: (treatment) => set({ treatment }),
  setLevel: (level) => set({ level }),
  setAttentionOnly: (attentionOnly) => set({ attentionOnly }),
  setBasis: (basis) => set({ basis, cell: null }),
  setCell: (cell) => set({ cell }),
  setSorting: (sorting) => set({ sorting }),
  clear: () => set({ search: '', category: null, treatment: null, level: null, attentionOnly: false, cell: null }),
}));
