import { create } from 'zustand';
import type { ErrorShape } from '../../../shared/contract/errors';
import type { AppInfo, VaultInfo } from '../../../shared/domain/vault';
import type { AreaId } from '../areas';
import { call } from '../client';
import { hashForArea, routeFromHash } from './hash';

export type LoadStatus = 'loading' | 'ready' | 'failed';

interface AppState {
  status: LoadStatus;
  info: AppInfo | null;
  loadError: ErrorShape | null;
  /** The area shown in the main pane; mirrored in location.hash. */
  area: AreaId;
  /** A page inside the area (a control ID, 'matrix'); '' for the area's own page. Also in the hash. */
  sub: string;
  /** A path the shell asked us to create a vault at (File → New in Electron). */
  newVaultPath: string | null;

  /** Reloads app info (version and open vault) from the host. */
  refresh(): Promise<void>;
  /** Navigates to an area and records it in the hash so reload keeps the place. */
  setArea(area: AreaId): void;
  /** Navigates to a page inside an area (e.g. a control's detail) and records it in the hash. */
  navigate(area: AreaId, sub?: string): void;
  /** A vault was created or opened: adopt it without another round trip. */
  vaultOpened(vault: VaultInfo): void;
  /** The engagement changed the organisation name shown in the header. */
  orgRenamed(orgName: string): void;
  requestNewVault(path: string | null): void;
}

const initialRoute =
  typeof window === 'undefined' ? { area: 'overview' as const, sub: '' } : routeFromHash(window.location.hash);

export const useAppStore = create<AppState>()((set, get) => ({
  status: 'loading',
  info: null,
  loadError: null,
  area: initialRoute.area,
  sub: initialRoute.sub,
  newVaultPath: null,

  async refresh() {
    // Keep showing what we have while reloading; only the first load shows a spinner.
    if (!get().info) set({ status: 'loading' });
    const result = await call('app.info', {});
    if (result.ok) set({ status: 'ready', info: result.value, loadError: null });
    else set({ status: 'failed', loadError: result.error });
  },

  setArea(area) {
    get().navigate(area, '');
  },

  navigate(area, sub = '') {
    if (get().area !== area || get().sub !== sub) set({ area, sub });
    const hash = hashForArea(area, sub);
    if (window.location.hash !== hash) window.location.hash = hash;
  },

  vaultOpened(vault) {
    const info = get().info;
    set({
      info: info ? { ...info, vault } : { name: 'Attest', version: '', vault },
      status: 'ready',
      newVaultPath: null,
    });
    get().setArea('overview');
  },

  orgRenamed(orgName) {
    const info = get().info;
    if (info?.vault) set({ info: { ...info, vault: { ...info.vault, orgName } } });
  },

  requestNewVault(path) {
    set({ newVaultPath: path });
  },
}));

/** Follows the hash when it changes in the page (back/forward, typed links). Returns an unsubscribe. */
export function syncAreaWithHash(): () => void {
  const onHashChange = () => {
    const { area, sub } = routeFromHash(window.location.hash);
    const state = useAppStore.getState();
    if (state.area !== area || state.sub !== sub) useAppStore.setState({ area, sub });
  };
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}

/** The open vault, or null on the welcome screen. */
export const useVault = () => useAppStore((s) => s.info?.vault ?? null);
