import { create } from 'zustand';
import type { EngagementFormValues } from './formValues';

interface ScopeDraftState {
  /** Unsaved edits, kept while the person visits another area; keyed by vault id. */
  draft: { vaultId: string; values: EngagementFormValues } | null;
  keep(vaultId: string, values: EngagementFormValues): void;
  discard(): void;
}

export const useScopeDraft = create<ScopeDraftState>()((set) => ({
  draft: null,
  keep: (vaultId, values) => set({ draft: { vaultId, values } }),
  discard: () => set({ draft: null }),
}));
