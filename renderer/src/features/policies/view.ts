import { create } from 'zustand';
import type { ImportReport } from '../../../../shared/domain/policies';

export type PolicySortKey = 'title' | 'live' | 'open' | 'owner' | 'nextReview' | 'controls';
export type PolicyTab = 'text' | 'workflow' | 'details' | 'history';

interface PoliciesViewState {
  sort: { key: PolicySortKey; dir: 'asc' | 'desc' };
  /** The folder of the last export, offered again next time. */
  exportDir: string;
  /** The report of the last import, shown on the list until dismissed. */
  importReport: (ImportReport & { stoppedAt: number | null; total: number }) | null;
  /** The tab open on each policy's page. */
  tabs: Record<string, PolicyTab>;
  /** Who approved the last policy: the same person usually approves them all. */
  lastApprover: { name: string; title: string } | null;
  setSort(key: PolicySortKey): void;
  setExportDir(dir: string): void;
  setImportReport(report: PoliciesViewState['importReport']): void;
  setTab(id: string, tab: PolicyTab): void;
  setLastApprover(approver: { name: string; title: string }): void;
}

/** How the Policies area was left: sort order, last export folder, import report, open tabs. */
export const usePoliciesView = create<PoliciesViewState>()((set) => ({
  sort: { key: 'title', dir: 'asc' },
  exportDir: '',
  importReport: null,
  tabs: {},
  lastApprover: null,
  setSort: (key) =>
    set((s) => ({
      sort: { key, dir: s.sort.key === key && s.sort.dir === 'asc' ? 'desc' : 'asc' },
    })),
  setExportDir: (exportDir) => set({ exportDir }),
  setImportReport: (importReport) => set({ importReport }),
  setTab: (id, tab) => set((s) => ({ tabs: { ...s.tabs, [id]: tab } })),
  setLastApprover: (lastApprover) => set({ lastApprover }),
}));
