import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { CHANNELS, OPERATION_NAMES } from '../../../shared/contract';
import { SHELL_CHANNELS } from '../../../shared/contract/bridge';
import { registerDialogHandlers } from '../../../electron/main/dialogs';
import { isTrustedSender, registerOperations } from '../../../electron/main/ipc';
import { APP_ORIGIN } from '../../../electron/main/window';
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

describe('dialog handlers', () => {
  it('answer our window with the chosen path and refuse anyone else without showing a dialog', async () => {
    registerDialogHandlers(ipcMain, APP_ORIGIN);
    const win = ourWindow();
    dialog.nextSave = { canceled: false, filePath: '/tmp/new-vault' };
    expect(await ipcMain.invoke(SHELL_CHANNELS.chooseNewVaultPath, eventFrom(win.webContents))).toEqual({
      ok: true,
      value: '/tmp/new-vault.attest',
    });
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
