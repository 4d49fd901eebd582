import { create } from 'zustand';

interface DraftsState {
  /** Unsaved form values by key (e.g. "control:AC-03"), kept while the person looks elsewhere. */
  drafts: Record<string, unknown>;
  keep(key: string, values: unknown): void;
  discard(key: string): void;
  clear(): void;
}

/** Unsaved edits of forms other than Scope's, so leaving a page never loses what was typed. */
export const useDrafts = create<DraftsState>()((set) => ({
  drafts: {},
  keep: (key, values) => set((s) => ({ drafts: { ...s.drafts, [key]: values } })),
  discard: (key) =>
    set((s) => {
      if (!(key in s.drafts)) return s;
      const next = { ...s.drafts };
      delete next[key];
      return { drafts: next };
    }),
  clear: () => set({ drafts: {} }),
}));
