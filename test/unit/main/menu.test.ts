import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShellEvent } from '../../../shared/contract/bridge';
import type { RecentVault } from '../../../shared/domain/vault';
import { APP_VERSION } from '../../../shared/version';
import {
  buildMenuTemplate,
  createMenuActions,
  installApplicationMenu,
  openVaultAt,
  type MenuActions,
  type ShellContext,
} from '../../../electron/main/menu';
import { PathGrants } from '../../../electron/main/path-grants';
import type { Workbench } from '../../../electron/services/workbench';
import { BrowserWindow, dialog, Menu, resetFakeElectron } from '../../fakes/electron';
import { cleanUp, tempDir, workbenchWithVault } from './support';

vi.mock('electron', () => import('../../fakes/electron'));

beforeEach(() => resetFakeElectron());
afterEach(() => cleanUp());

function fakeActions() {
  return {
    newVault: vi.fn<() => void>(),
    openVault: vi.fn<() => void>(),
    openRecent: vi.fn<(path: string) => void>(),
    closeVault: vi.fn<() => void>(),
    about: vi.fn<() => void>(),
  } satisfies MenuActions;
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  for (const item of template) {
    if (item.label === label) return item;
    const inner = find(submenu(item), label);
    if (inner) return inner;
  }
  return undefined;
}

const recent: RecentVault[] = [
  { path: '/vaults/acme.attest', orgName: 'Acme AI', openedAt: '2025-06-01T10:00:00.000Z', exists: true },
  { path: '/gone/old.attest', orgName: 'Old Co', openedAt: '2025-01-01T10:00:00.000Z', exists: false },
];

describe('buildMenuTemplate', () => {
  it('has the File commands, Edit, View and Help', () => {
    const template = buildMenuTemplate(fakeActions(), recent, 'linux');
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    for (const label of ['New Vault…', 'Open Vault…', 'Open Recent', 'Close Vault', 'Quit', 'About Attest']) {
      expect(find(template, label), label).toBeDefined();
    }
    expect(find(template, 'New Vault…')?.accelerator).toBe('CmdOrCtrl+N');
    expect(find(template, 'Open Vault…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(find(template, 'Close Vault')?.accelerator).toBe('CmdOrCtrl+Shift+W');
    expect(find(template, 'Quit')?.role).toBe('quit');
    expect(
      submenu(find(template, 'Edit'))
        .map((i) => i.role)
        .filter(Boolean),
    ).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('lists recent vaults, greying out the missing ones, and opens the chosen one', () => {
    const actions = fakeActions();
    const items = submenu(find(buildMenuTemplate(actions, recent, 'linux'), 'Open Recent'));
    expect(items.map((i) => [i.label, i.enabled])).toEqual([
      ['Acme AI — /vaults/acme.attest', true],
      ['Old Co — /gone/old.attest', false],
    ]);
    const click = items[0]?.click as () => void;
    click();
    expect(actions.openRecent).toHaveBeenCalledWith('/vaults/acme.attest');
    expect(submenu(find(buildMenuTemplate(actions, [], 'linux'), 'Open Recent'))).toEqual([
      { label: 'No recent vaults', enabled: false },
    ]);
  });

  it('wires each File command to its action', () => {
    const actions = fakeActions();
    const template = buildMenuTemplate(actions, recent, 'linux');
    for (const [label, action] of [
      ['New Vault…', 'newVault'],
      ['Open Vault…', 'openVault'],
      ['Close Vault', 'closeVault'],
      ['About Attest', 'about'],
    ] as const) {
      (find(template, label)?.click as () => void)();
      expect(actions[action], label).toHaveBeenCalledTimes(1);
    }
  });

  it('offers developer tools only when asked, and greys Close Vault with no vault open', () => {
    const roles = (t: MenuItemConstructorOptions[]) => submenu(find(t, 'View')).map((i) => i.role);
    expect(roles(buildMenuTemplate(fakeActions(), [], 'linux', { devTools: false, vaultOpen: true }))).not.toContain(
      'toggleDevTools',
    );
    const dev = buildMenuTemplate(fakeActions(), [], 'linux', { devTools: true, vaultOpen: false });
    expect(roles(dev)).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
    expect(find(dev, 'Close Vault')?.enabled).toBe(false);
  });

  it('puts the app menu first on macOS and Quit in it', () => {
    const template = buildMenuTemplate(fakeActions(), recent, 'darwin');
    expect(template.map((m) => m.label ?? m.role)).toEqual(['Attest', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
    expect(submenu(template[0]).map((i) => i.role)).toContain('quit');
    expect(find(template, 'Quit')).toBeUndefined();
  });

  it('escapes & in recent entries on Windows so no character is eaten', () => {
    const items = submenu(
      find(buildMenuTemplate(fakeActions(), [{ ...recent[0]!, orgName: 'R&D Ltd' }], 'win32'), 'Open Recent'),
    );
    expect(items[0]?.label).toMatch(/^R&&D Ltd/);
  });
});

describe('menu commands over a real vault', () => {
  function context(wb: Workbench) {
    const sent: ShellEvent[] = [];
    const win = new BrowserWindow();
    const ctx: ShellContext = {
      workbench: wb,
      grants: new PathGrants(),
      window: () => win as never,
      send: (e) => sent.push(e),
    };
    return { ctx, sent, win };
  }
  const menuLabels = () => submenu(find(Menu.application?.template ?? [], 'Open Recent')).map((i) => i.label);
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('opens a vault, tells the window and rebuilds the recent list', () => {
    const { wb, vaultPath } = workbenchWithVault();
    wb.closeVault();
    const { ctx, sent } = context(wb);
    expect(openVaultAt(ctx, vaultPath)).toBe(true);
    expect(wb.vault?.path).toBe(vaultPath);
    expect(sent).toEqual([{ type: 'vault-changed' }]);
    expect(menuLabels()).toEqual([`Acme AI — ${vaultPath}`]);
  });

  it('shows the reason when a vault cannot be opened, and keeps the open one', () => {
    const { wb, vaultPath } = workbenchWithVault();
    const { ctx, sent } = context(wb);
    expect(openVaultAt(ctx, path.join(tempDir(), 'missing.attest'))).toBe(false);
    expect(dialog.errors).toHaveLength(1);
    expect(dialog.errors[0]?.title).toBe('Could not open the vault');
    expect(dialog.errors[0]?.content).not.toBe('');
    expect(sent).toEqual([]);
    expect(wb.vault?.path).toBe(vaultPath);
  });

  it('New Vault… asks for a place and hands it to the window, which asks for the organisation', async () => {
    const { wb } = workbenchWithVault();
    const { ctx, sent } = context(wb);
    dialog.nextSave = { canceled: false, filePath: '/tmp/beta' };
    createMenuActions(ctx).newVault();
    await flush();
    expect(sent).toEqual([{ type: 'new-vault', path: '/tmp/beta.attest' }]);
    // The window will name that path in vault.create: it must be one it may use.
    expect(ctx.grants.allows('/tmp/beta.attest')).toBe(true);
    expect(ctx.grants.allows('/tmp/other.attest')).toBe(false);
  });

  it('Open Vault… opens the chosen file; Close Vault closes it; both tell the window', async () => {
    const { wb, vaultPath } = workbenchWithVault();
    wb.closeVault();
    const { ctx, sent } = context(wb);
    const actions = createMenuActions(ctx);
    dialog.nextOpen = { canceled: false, filePaths: [vaultPath] };
    actions.openVault();
    await flush();
    expect(wb.vault?.path).toBe(vaultPath);
    actions.closeVault();
    expect(wb.vault).toBeNull();
    expect(sent).toEqual([{ type: 'vault-changed' }, { type: 'vault-changed' }]);
    expect(find(Menu.application?.template ?? [], 'Close Vault')?.enabled).toBe(false);
  });

  it('About shows the version', () => {
    const { wb } = workbenchWithVault();
    createMenuActions(context(wb).ctx).about();
    expect(dialog.calls.at(-1)?.args[1]).toMatchObject({ message: `Attest ${APP_VERSION}` });
  });

  it('installApplicationMenu builds from the workbench recent list', () => {
    const { wb, vaultPath } = workbenchWithVault();
    installApplicationMenu(context(wb).ctx);
    expect(menuLabels()).toEqual([`Acme AI — ${vaultPath}`]);
  });
});
