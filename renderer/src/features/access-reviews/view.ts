import { create } from 'zustand';
import type { SortingState } from '@tanstack/react-table';

export type AccessTab = 'period' | 'systems' | 'reviews';

interface AccessViewState {
  tab: AccessTab;
  systemSorting: SortingState;
  reviewSorting: SortingState;
  setTab(tab: AccessTab): void;
  setSystemSorting(sorting: SortingState): void;
  setReviewSorting(sorting: SortingState): void;
}

/** Which tab and sort the person was on; kept while they visit a review. */
export const useAccessView = create<AccessViewState>()((set) => ({
  tab: 'period',
  systemSorting: [{ id: 'name', desc: false }],
  reviewSorting: [{ id: 'reviewDate', desc: true }],
  setTab: (tab) => set({ tab }),
  setSystemSorting: (systemSorting) => set({ systemSorting }),
  setReviewSorting: (reviewSorting) => set({ reviewSorting }),
}));
