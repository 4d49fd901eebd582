import type { SortingState } from '@tanstack/react-table';
import { create } from 'zustand';
import type { PersonStatus, TrainingState } from '../../../../shared/domain/people';

/** A gap the list can be narrowed to. */
export type PeopleGap = 'no-background-check' | 'unacknowledged';

interface PeopleViewState {
  search: string;
  status: PersonStatus | null;
  training: TrainingState | null;
  gap: PeopleGap | null;
  sorting: SortingState;
  setSearch(search: string): void;
  setStatus(status: PersonStatus | null): void;
  setTraining(training: TrainingState | null): void;
  setGap(gap: PeopleGap | null): void;
  setSorting(sorting: SortingState): void;
  clear(): void;
}

/** The list's search, filters and sort; kept while the person visits someone's page. */
export const usePeopleView = create<PeopleViewState>()((set) => ({
  search: '',
  status: null,
  training: null,
  gap: null,
  sorting: [{ id: 'name', desc: false }],
  setSearch: (search) => set({ search }),
  setStatus: (status) => set({ status }),
  setTraining: (training) => set({ training }),
  setGap: (gap) => set({ gap }),
  setSorting: (sorting) => set({ sorting }),
  clear: () => set({ search: '', status: null, training: null, gap: null }),
}));
