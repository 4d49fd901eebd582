import { create } from 'zustand';

interface ExperimentsViewState {
  search: string;
  /** Who ran it, as a key from {@link personKey}; null for anyone. */
  who: string | null;
  /** The experiment's date from and to (YYYY-MM-DD, both included); '' for no bound. */
  from: string;
  to: string;
  setSearch(search: string): void;
  setWho(who: string | null): void;
  setFrom(from: string): void;
  setTo(to: string): void;
  clear(): void;
}

/** A name as the person filter compares it: "Hana Sato", " hana  sato" and "HANA SATO" are one person. */
export function personKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** The experiment log's search and filters; kept while the person switches tabs or visits a change. */
export const useExperimentsView = create<ExperimentsViewState>()((set) => ({
  search: '',
  who: null,
  from: '',
  to: '',
  setSearch: (search) => set({ search }),
  setWho: (who) => set({ who }),
  setFrom: (from) => set({ from }),
  setTo: (to) => set({ to }),
  clear: () => set({ search: '', who: null, from: '', to: '' }),
}));
