import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { CHANNELS, OPERATION_NAMES } from '../../../shared/contract';
import { SHELL_CHANNELS } from '../../../shared/contract/bridge';
import { registerDialogHandlers } from '../../../electron/main/dialogs';
import { isTrustedSender, registerOperations } from '../../../electron/main/ipc';
import { PathGrants } from '../../../electron/main/path-grants';
import { APP_ORIGIN } from '../../../electron/main/window';
import type { Workbench } from '../../../electron/services/workbench';
import { BrowserWindow, dialog, FakeFrame, ipcMain, resetFakeElectron } from '../../fakes/electron';
import { cleanUp, eventFrom, subframeOf, workbenchWithVault } from './support';

vi.mock('electron', () => import('../../fakes/electron'));

function ourWindow(): BrowserWindow {
  const win = new BrowserWindow();
  void win.loadURL('app://attest/index.html');
  return win;
}

function foreignEvents(win: BrowserWindow) {
  const contents = win.webContents;
  const evil = new FakeFrame(
    'https://evil.example/index.html',
    contents.mainFrame.processId,
    contents.mainFrame.routingId,
  );
  const gone = new FakeFrame('app://attest/index.html', contents.mainFrame.processId, contents.mainFrame.routingId);
  gone.detached = true;
  return {
    'a page from https://evil.example': eventFrom(contents, evil),
    'a null senderFrame': eventFrom(contents, null),
    'a subframe of our page': eventFrom(contents, subframeOf(contents, 'app://attest/frame.html')),
    'a detached frame': eventFrom(contents, gone),
    'a file: page': eventFrom(contents, new FakeFrame('file:///etc/passwd', contents.id, 1)),
  };
}

beforeEach(() => resetFakeElectron());
afterEach(() => cleanUp());

describe('isTrustedSender', () => {
  it('trusts only the main frame of a page served from app://attest', () => {
    const win = ourWindow();
    expect(isTrustedSender(eventFrom(win.webContents))).toBe(true);
    expect(isTrustedSender(eventFrom(win.webContents), APP_ORIGIN)).toBe(true);
    for (const [what, event] of Object.entries(foreignEvents(win))) {
      expect(isTrustedSender(event), what).toBe(false);
    }
  });

  it('does not trust a look-alike host or scheme', () => {
    const win = new BrowserWindow();
    for (const url of [
      'app://attest.evil/index.html',
      'app://evil/index.html',
      'apps://attest/index.html',
      'not a url',
    ]) {
      void win.loadURL(url);
      expect(isTrustedSender(eventFrom(win.webContents)), url).toBe(false);
    }
  });
});

describe('registerOperations', () => {
  it('registers one channel per operation in the contract and nothing else', () => {
    const { wb } = workbenchWithVault();
    registerOperations(ipcMain, wb, APP_ORIGIN);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(OPERATION_NAMES.map((n) => CHANNELS[n]).sort());
  });

  it('answers a foreign sender with unauthorized and leaves the vault alone', async () => {
    const { wb } = workbenchWithVault();
    registerOperations(ipcMain, wb, APP_ORIGIN);
    const win = ourWindow();
    const trail = () => ipcMain.invoke(CHANNELS['audit.list'], eventFrom(win.webContents), {});
    const trailBefore = await trail();
    expect(trailBefore).toMatchObject({ ok: true, value: [{ operation: 'vault.create' }] });

    for (const [what, event] of Object.entries(foreignEvents(win))) {
      const update = await ipcMain.invoke(CHANNELS['engagement.update'], event, {
        orgName: 'Evil Corp',
        systemName: 'Evil',
        reportType: 'type1',
        asOfDate: '2025-01-01',
      });
      expect(update, what).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      const close = await ipcMain.invoke(CHANNELS['vault.close'], event, {});
      expect(close, what).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }

    expect(wb.vault).not.toBeNull();
    const trusted = await ipcMain.invoke(CHANNELS['engagement.get'], eventFrom(win.webContents), {});
    expect(trusted).toMatchObject({ ok: true, value: { orgName: 'Acme AI', systemName: 'Acme platform' } });
    expect(await trail()).toEqual(trailBefore);
  });

  it('lets our window reach the real dispatcher over a real vault', async () => {
    const { wb, vaultPath } = workbenchWithVault();
    registerOperations(ipcMain, wb, APP_ORIGIN);
    const event = eventFrom(ourWindow().webContents);

    const info = await ipcMain.invoke(CHANNELS['app.info'], event, {});
    expect(info).toMatchObject({ ok: true, value: { name: 'Attest', vault: { path: vaultPath, orgName: 'Acme AI' } } });

    const updated = await ipcMain.invoke(CHANNELS['engagement.update'], event, {
      orgName: 'Acme AI Ltd',
      systemName: 'Acme platform',
      reportType: 'type2',
      periodStart: '2025-01-01',
      periodEnd: '2025-06-30',
    });
    expect(updated).toMatchObject({ ok: true, value: { orgName: 'Acme AI Ltd', reportType: 'type2' } });
    expect(await ipcMain.invoke(CHANNELS['engagement.get'], event, {})).toMatchObject({
      ok: true,
      value: { orgName: 'Acme AI Ltd', periodEnd: '2025-06-30' },
    });
  });

  it('returns invalid_input naming the field for malformed input, and changes nothing', async () => {
    const { wb } = workbenchWithVault();
    registerOperations(ipcMain, wb, APP_ORIGIN);
    const event = eventFrom(ourWindow().webContents);

    const bad = await ipcMain.invoke(CHANNELS['engagement.update'], event, {
      orgName: 'Acme AI',
      systemName: 'Acme platform',
      reportType: 'type1',
      asOfDate: '2025-02-30',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((bad as { error: { message: string } }).error.message).toMatch(/^asOfDate: /);

    const extra = await ipcMain.invoke(CHANNELS['audit.list'], event, { limit: 'lots' });
    expect(extra).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/^limit: /) },
    });

    expect(await ipcMain.invoke(CHANNELS['engagement.get'], event, {})).toMatchObject({
      ok: true,
      value: { asOfDate: '2025-06-30' },
    });
  });

  it('tells the host after each call, so the menu can follow the recent list', async () => {
    const { wb, vaultPath } = workbenchWithVault();
    const seen: string[] = [];
    registerOperations(ipcMain, wb, APP_ORIGIN, { afterCall: (name, result) => seen.push(`${name}:${result.ok}`) });
    const event = eventFrom(ourWindow().webContents);
    await ipcMain.invoke(CHANNELS['vault.close'], event, {});
    await ipcMain.invoke(CHANNELS['vault.open'], event, { path: vaultPath });
    await ipcMain.invoke(CHANNELS['vault.open'], eventFrom(ourWindow().webContents, null), { path: vaultPath });
    expect(seen).toEqual(['vault.close:true', 'vault.open:true']);
  });
});

describe('paths the window names', () => {
  function gated(wb: Workbench, grants: PathGrants) {
    registerOperations(ipcMain, wb, APP_ORIGIN, { authorize: (name, input) => grants.check(name, input) });
    return eventFrom(ourWindow().webContents);
  }

  it('refuses to create, open or export to a path no dialog of ours handed out, and writes nothing', async () => {
    const { wb, vaultPath } = workbenchWithVault();
    const grants = new PathGrants();
    const event = gated(wb, grants);
    const dir = path.dirname(vaultPath);
    const elsewhere = path.join(dir, 'planted.attest');
    const exportDir = path.join(dir, 'exported');

    const create = await ipcMain.invoke(CHANNELS['vault.create'], event, { path: elsewhere, orgName: 'Evil' });
    expect(create).toMatchObject({ ok: false, error: { code: 'unauthorized', details: { field: 'path' } } });
    expect(fs.existsSync(elsewhere)).toBe(false);

    const exported = await ipcMain.invoke(CHANNELS['policies.export'], event, { dir: exportDir, format: 'md' });
    expect(exported).toMatchObject({ ok: false, error: { code: 'unauthorized', message: /policies\.export: dir/ } });
    expect(fs.existsSync(exportDir)).toBe(false);

    const verify = await ipcMain.invoke(CHANNELS['export.verifyPackage'], event, { path: '/etc/passwd' });
    expect(verify).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    // The open vault stays open: a refused open never closes it.
    const open = await ipcMain.invoke(CHANNELS['vault.open'], event, { path: elsewhere });
    expect(open).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(wb.vault?.path).toBe(vaultPath);
  });

  it('lets through what the person chose in a dialog, and the vaults on the recent list', async () => {
    const { wb, vaultPath } = workbenchWithVault();
    const grants = new PathGrants(() => wb.recent.list().map((r) => r.path));
    const event = gated(wb, grants);
    const dir = path.dirname(vaultPath);

    // Recent: the vault made by workbenchWithVault is on the list.
    expect(await ipcMain.invoke(CHANNELS['vault.open'], event, { path: vaultPath })).toMatchObject({ ok: true });

    const chosen = path.join(dir, 'chosen');
    grants.grant(chosen);
    const exported = await ipcMain.invoke(CHANNELS['policies.export'], event, { dir: `${chosen}/`, format: 'md' });
    // Past the gate: the service itself answers (this new vault has no approved policy yet).
    expect(exported).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'No approved policy to export yet' },
    });

    const fresh = grants.grant(path.join(dir, 'fresh.attest'));
    expect(await ipcMain.invoke(CHANNELS['vault.create'], event, { path: fresh, orgName: 'Acme' })).toMatchObject({
      ok: true,
      value: { path: fresh },
    });
    // Operations that name no path are not affected; bad input still gets the schema's own message.
    expect(await ipcMain.invoke(CHANNELS['engagement.get'], event, {})).toMatchObject({ ok: true });
    expect(await ipcMain.invoke(CHANNELS['vault.open'], event, { path: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: /^path: Vault path is required/ },
    });
  });
});

describe('dialog handlers', () => {
  it('answer our window with the chosen path and refuse anyone else without showing a dialog', async () => {
    const grants = new PathGrants();
    registerDialogHandlers(ipcMain, APP_ORIGIN, grants);
    const win = ourWindow();
    dialog.nextSave = { canceled: false, filePath: '/tmp/new-vault' };
    expect(await ipcMain.invoke(SHELL_CHANNELS.chooseNewVaultPath, eventFrom(win.webContents))).toEqual({
      ok: true,
      value: '/tmp/new-vault.attest',
    });
    expect(grants.allows('/tmp/new-vault.attest')).toBe(true);
    dialog.nextOpen = { canceled: true, filePaths: [] };
    expect(await ipcMain.invoke(SHELL_CHANNELS.chooseVaultToOpen, eventFrom(win.webContents))).toEqual({
      ok: true,
      value: null,
    });
    expect(dialog.calls.map((c) => c.method)).toEqual(['showSaveDialog', 'showOpenDialog']);
    // The dialog is a sheet of the asking window, filtered to vault files.
    expect(dialog.calls[0]?.args[0]).toBe(win);
    expect(dialog.calls[1]?.args[1]).toMatchObject({ filters: [{ name: 'Attest vault', extensions: ['attest'] }] });

    for (const [what, event] of Object.entries(foreignEvents(win))) {
      expect(await ipcMain.invoke(SHELL_CHANNELS.chooseVaultToOpen, event), what).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
    }
    expect(dialog.calls).toHaveLength(2);
  });
});
