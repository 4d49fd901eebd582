import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { ShellEvent } from '../../shared/contract/bridge';
import type { RecentVault } from '../../shared/domain/vault';
import { APP_NAME, APP_VERSION } from '../../shared/version';
import { toErrorShape } from '../services/dispatch';
import type { Workbench } from '../services/workbench';
import { chooseNewVaultPath, chooseVaultToOpen } from './dialogs';
import type { PathGrants } from './path-grants';

export interface MenuActions {
  newVault(): void;
  openVault(): void;
  openRecent(path: string): void;
  closeVault(): void;
  about(): void;
}

export interface MenuState {
  /** Developer tools are for builds from source, never for a packaged app. */
  devTools: boolean;
  vaultOpen: boolean;
}

/** Windows reads a single & as a mnemonic marker, which would eat characters of a path or name. */
function menuText(text: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? text.replaceAll('&', '&&') : text;
}

function recentItems(
  actions: MenuActions,
  recent: readonly RecentVault[],
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No recent vaults', enabled: false }];
  return recent.map((r) => ({
    label: menuText(`${r.orgName} — ${r.path}`, platform),
    enabled: r.exists,
    ...(r.exists ? {} : { sublabel: 'File not found' }),
    click: () => actions.openRecent(r.path),
  }));
}

export function buildMenuTemplate(
  actions: MenuActions,
  recent: readonly RecentVault[],
  platform: NodeJS.Platform,
  state: MenuState = { devTools: false, vaultOpen: true },
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const about: MenuItemConstructorOptions = { label: `About ${APP_NAME}`, click: () => actions.about() };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: APP_NAME,
          submenu: [
            about,
            sep,
            { role: 'services' },
            sep,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            sep,
            { label: `Quit ${APP_NAME}`, role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New Vault…', accelerator: 'CmdOrCtrl+N', click: () => actions.newVault() },
      { label: 'Open Vault…', accelerator: 'CmdOrCtrl+O', click: () => actions.openVault() },
      { label: 'Open Recent', submenu: recentItems(actions, recent, platform) },
      sep,
      {
        label: 'Close Vault',
        accelerator: 'CmdOrCtrl+Shift+W',
        enabled: state.vaultOpen,
        click: () => actions.closeVault(),
      },
      ...(mac ? [{ role: 'close' } as const] : [sep, { label: 'Quit', role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      sep,
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      ...(state.devTools ? [{ role: 'forceReload' } as const, { role: 'toggleDevTools' } as const] : []),
      sep,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = { label: 'Help', role: 'help', submenu: [about] };

  return [...appMenu, file, edit, view, ...(mac ? [{ role: 'windowMenu' } as const] : []), help];
}

/** What the menu needs from the app: the one workbench and a window to talk to. */
export interface ShellContext {
  readonly workbench: Workbench;
  /** Where a path chosen from the menu is granted before the window is told of it. */
  readonly grants: PathGrants;
  /** The main window, created if there is none (macOS keeps running without one). */
  window(): BrowserWindow;
  send(event: ShellEvent): void;
}

function showError(title: string, error: unknown): void {
  dialog.showErrorBox(title, toErrorShape(error).message);
}

export function installApplicationMenu(ctx: ShellContext): void {
  const template = buildMenuTemplate(createMenuActions(ctx), ctx.workbench.recent.list(), process.platform, {
    devTools: !app.isPackaged,
    vaultOpen: ctx.workbench.vault !== null,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Opens a vault on the user's behalf (menu, command line, Finder) and tells the window. */
export function openVaultAt(ctx: ShellContext, file: string): boolean {
  try {
    ctx.workbench.openVault(file);
  } catch (error) {
    showError('Could not open the vault', error);
    return false;
  }
  ctx.send({ type: 'vault-changed' });
  // The recent list just changed.
  installApplicationMenu(ctx);
  return true;
}

export function createMenuActions(ctx: ShellContext): MenuActions {
  return {
    newVault: () => {
      chooseNewVaultPath(ctx.window()).then(
        // Creating needs the organisation name, which the renderer's form asks for.
        (path) => path !== null && ctx.send({ type: 'new-vault', path: ctx.grants.grant(path) }),
        (error: unknown) => showError('Could not choose a location', error),
      );
    },
    openVault: () => {
      chooseVaultToOpen(ctx.window()).then(
        (path) => path !== null && openVaultAt(ctx, path),
        (error: unknown) => showError('Could not open the vault', error),
      );
    },
    openRecent: (path) => openVaultAt(ctx, path),
    closeVault: () => {
      ctx.workbench.closeVault();
      ctx.send({ type: 'vault-changed' });
      installApplicationMenu(ctx);
    },
    about: () => {
      void dialog.showMessageBox(ctx.window(), {
        type: 'info',
        title: `About ${APP_NAME}`,
        message: `${APP_NAME} ${APP_VERSION}`,
        detail: 'Offline SOC 2 audit preparation. Everything stays in the vault file on this computer.',
        buttons: ['OK'],
      });
    },
  };
}
