import type { SortingState } from '@tanstack/react-table';
import { create } from 'zustand';

/** A flag the production list can be narrowed to. */
export type ChangeFlag = 'self-approved' | 'unapproved' | 'emergency' | 'significant' | 'untested' | 'not-deployed';

interface ChangesViewState {
  search: string;
  flag: ChangeFlag | null;
  /** Only changes deployed within the engagement's audit period. */
  inPeriod: boolean;
  control: string | null;
  sorting: SortingState;
  experimentSorting: SortingState;
  setSearch(search: string): void;
  setFlag(flag: ChangeFlag | null): void;
  setInPeriod(inPeriod: boolean): void;
  setControl(control: string | null): void;
  setSorting(sorting: SortingState): void;
  setExperimentSorting(sorting: SortingState): void;
  clear(): void;
}

/** The lists' search, filters and sort; kept while the person visits a change. */
export const useChangesView = create<ChangesViewState>()((set) => ({
  search: '',
  flag: null,
  inPeriod: false,
  control: null,
  sorting: [{ id: 'deployedOn', desc: true }],
  experimentSorting: [{ id: 'occurredOn', desc: true }],
  setSearch: (search) => set({ search }),
  setFlag: (flag) => set({ flag }),
  setInPeriod: (inPeriod) => set({ inPeriod }),
  setControl: (control) => set({ control }),
  setSorting: (sorting) => set({ sorting }),
  setExperimentSorting: (experimentSorting) => set({ experimentSorting }),
  clear: () => set({ search: '', flag: null, inPeriod: false, control: null }),
}));
