import { create } from 'zustand';
import type { CategoryId } from '../../../../shared/catalog/categories';
import type { CoverageState } from '../../../../shared/domain/controls';

interface CriteriaViewState {
  category: CategoryId | null;
  coverage: CoverageState | null;
  /** Criteria opened in the list. */
  expanded: string[];
  /** The matrix shows in-scope criteria only unless this is on. */
  matrixShowAll: boolean;
  setCategory(category: CategoryId | null): void;
  setCoverage(coverage: CoverageState | null): void;
  setExpanded(expanded: string[]): void;
  /** Opens one criterion and clears filters that would hide it. */
  reveal(id: string): void;
  setMatrixShowAll(on: boolean): void;
}

/** Filters and open criteria of the Criteria area; kept while the person visits a control. */
export const useCriteriaView = create<CriteriaViewState>()((set) => ({
  category: null,
  coverage: null,
  expanded: [],
  matrixShowAll: false,
  setCategory: (category) => set({ category }),
  setCoverage: (coverage) => set({ coverage }),
  setExpanded: (expanded) => set({ expanded }),
  reveal: (id) =>
    set((s) => ({
      category: null,
      coverage: null,
      expanded: s.expanded.includes(id) ? s.expanded : [...s.expanded, id],
    })),
  setMatrixShowAll: (matrixShowAll) => set({ matrixShowAll }),
}));
