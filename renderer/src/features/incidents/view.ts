import { create } from 'zustand';
import type { SortingState } from '@tanstack/react-table';
import type { IncidentCategory, IncidentStatus, Severity } from '../../../../shared/domain/incidents';

interface IncidentsViewState {
  search: string;
  status: IncidentStatus | null;
  severity: Severity | null;
  category: IncidentCategory | null;
  from: string;
  to: string;
  sorting: SortingState;
  setSearch(search: string): void;
  setStatus(status: IncidentStatus | null): void;
  setSeverity(severity: Severity | null): void;
  setCategory(category: IncidentCategory | null): void;
  setFrom(from: string): void;
  setTo(to: string): void;
  setSorting(sorting: SortingState): void;
  clear(): void;
}

/** The list's filters and sort; kept while the person visits an incident. */
export const useIncidentsView = create<IncidentsViewState>()((set) => ({
  search: '',
  status: null,
  severity: null,
  category: null,
  from: '',
  to: '',
  sorting: [{ id: 'occurredAt', desc: true }],
  setSearch: (search) => set({ search }),
  setStatus: (status) => set({ status }),
  setSeverity: (severity) => set({ severity }),
  setCategory: (category) => set({ category }),
  setFrom: (from) => set({ from }),
  setTo: (to) => set({ to }),
  setSorting: (sorting) => set({ sorting }),
  clear: () => set({ search: '', status: null, severity: null, category: null, from: '', to: '' }),
}));
