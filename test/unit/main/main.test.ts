import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, OPERATION_NAMES } from '../../../shared/contract';
import { SHELL_CHANNELS } from '../../../shared/contract/bridge';
import { ACME, cleanUp, eventFrom, tempDir } from './support';

import type * as FakeElectron from '../../fakes/electron';
import type * as MainModule from '../../../electron/main/main';

vi.mock('electron', () => import('../../fakes/electron'));

type Fake = typeof FakeElectron;
type Main = typeof MainModule;
let fake: Fake;

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";

/** main.ts starts the app when loaded, like Electron's entry point; each test loads it afresh. */
async function loadMain(): Promise<Main> {
  return import('../../../electron/main/main');
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
async function boot(): Promise<Main> {
  const main = await loadMain();
  fake.app.becomeReady();
  await flush();
  return main;
}
function mainWindow() {
  const win = fake.BrowserWindow.windows[0];
  if (!win) throw new Error('no window');
  return win;
}

beforeEach(async () => {
  vi.resetModules();
  // resetModules keeps the mocked 'electron', so the fake is reached through it.
  fake = (await import('electron')) as unknown as Fake;
  fake.resetFakeElectron();
  fake.app.userData = tempDir();
});
afterEach(() => {
  fake.app.emit('will-quit');
  cleanUp();
});

describe('the app:// protocol', () => {
  it('maps paths inside the renderer folder and refuses everything that escapes it', async () => {
    const { resolveRendererFile } = await loadMain();
    const root = path.resolve('/srv/renderer');
    expect(resolveRendererFile(root, 'app://attest/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, 'app://attest/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveRendererFile(root, 'app://attest/')).toBe(path.join(root, 'index.html'));
    // The URL parser folds plain ../ away, so it lands inside the folder, never outside.
    expect(resolveRendererFile(root, 'app://attest/../../etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    for (const url of [
      'app://attest/..%2f..%2fetc/passwd',
      'app://attest/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://attest/%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://attest/..%5c..%5cwindows%5cwin.ini',
      'app://attest/index.html%00.png',
      'app://attest/%E0%A4%A',
      'app://evil/index.html',
      'file:///etc/passwd',
    ]) {
      expect(resolveRendererFile(root, url), url).toBeNull();
    }
  });

  it('serves renderer files with the strict CSP, and answers refusals with it too', async () => {
    const { createRendererHandler, CONTENT_SECURITY_POLICY } = await loadMain();
    expect(CONTENT_SECURITY_POLICY).toBe(CSP);
    const root = path.join(tempDir(), 'renderer');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Attest</title>');
    // A sibling whose name starts with the root's name must not pass a prefix check.
    const sibling = `${root}x`;
    fs.mkdirSync(sibling);
    fs.writeFileSync(path.join(sibling, 'secret.txt'), 'secret');
    const handle = createRendererHandler(root);

    const ok = await handle(new Request('app://attest/index.html'));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('<title>Attest</title>');
    expect(ok.headers.get('content-type')).toBe('text/html');

    const escape = await handle(new Request('app://attest/..%2f..%2fetc/passwd'));
    const next = await handle(new Request(`app://attest/..%2f${path.basename(sibling)}%2fsecret.txt`));
    const missing = await handle(new Request('app://attest/nope.js'));
    const post = await handle(new Request('app://attest/index.html', { method: 'POST', body: 'x' }));
    expect([escape.status, next.status, missing.status, post.status]).toEqual([403, 403, 404, 405]);
    expect(await escape.text()).not.toContain('root:');
    for (const response of [ok, escape, next, missing, post]) {
      expect(response.headers.get('content-security-policy')).toBe(CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('registers app:// as a standard, secure, fetchable scheme before ready, and serves it after', async () => {
    await loadMain();
    expect(fake.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.protocol.handlers.size).toBe(0);
    fake.app.becomeReady();
    await flush();
    expect([...fake.protocol.handlers.keys()]).toEqual(['app']);
  });

  it('serves from the renderer folder next to the main folder', async () => {
    const { RENDERER_ROOT } = await loadMain();
    const mainDir = fileURLToPath(new URL('../../../electron/main/', import.meta.url));
    expect(RENDERER_ROOT).toBe(path.join(mainDir, '../renderer'));
  });
});

describe('startup', () => {
  it('opens one locked-down window on app://attest and registers exactly the contract and dialog channels', async () => {
    await boot();
    expect(fake.BrowserWindow.windows).toHaveLength(1);
    expect(mainWindow().loadedUrl).toBe('app://attest/index.html');
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(
      [
        ...OPERATION_NAMES.map((n) => CHANNELS[n]),
        SHELL_CHANNELS.chooseNewVaultPath,
        SHELL_CHANNELS.chooseVaultToOpen,
        SHELL_CHANNELS.chooseExportFolder,
        SHELL_CHANNELS.savePackage,
        SHELL_CHANNELS.chooseEvidenceFiles,
        SHELL_CHANNELS.attachEvidenceFiles,
        SHELL_CHANNELS.cancelAttach,
        SHELL_CHANNELS.openEvidenceFile,
      ].sort(),
    );
    expect(fake.Menu.application?.template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.app.hasLock = false;
    await boot();
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.BrowserWindow.windows).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('keeps the recent list in userData and rebuilds the menu when the window creates a vault', async () => {
    await boot();
    const vaultPath = path.join(tempDir(), 'acme.attest');
    const event = eventFrom(mainWindow().webContents);
    // A path the window never got from the save dialog is refused; the chosen one is not.
    const planted = await fake.ipcMain.invoke(CHANNELS['vault.create'], event, { path: vaultPath, orgName: 'Evil' });
    expect(planted).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    fake.dialog.nextSave = { canceled: false, filePath: vaultPath };
    expect(await fake.ipcMain.invoke(SHELL_CHANNELS.chooseNewVaultPath, event)).toEqual({ ok: true, value: vaultPath });
    const result = await fake.ipcMain.invoke(CHANNELS['vault.create'], event, {
      path: vaultPath,
      orgName: ACME.orgName,
      asOfDate: '2025-06-30',
    });
    expect(result).toMatchObject({ ok: true, value: { path: vaultPath } });
    expect(fs.existsSync(path.join(fake.app.userData, 'recent.json'))).toBe(true);
    const file = fake.Menu.application?.template.find((m) => m.label === 'File');
    const recent = (file?.submenu as { label?: string; submenu?: { label?: string }[] }[]).find(
      (i) => i.label === 'Open Recent',
    );
    expect(recent?.submenu?.map((i) => i.label)).toEqual([`Acme AI — ${vaultPath}`]);
  });

  it('a second launch focuses the window and opens the vault named on its command line', async () => {
    await boot();
    const vaultPath = await makeVault();
    const win = mainWindow();
    win.minimized = true;
    fake.app.emit(
      'second-instance',
      {},
      ['/opt/Attest/attest', '--no-sandbox', path.basename(vaultPath)],
      path.dirname(vaultPath),
    );
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
    expect(fake.BrowserWindow.windows).toHaveLength(1);
    expect(win.webContents.sent).toEqual([{ channel: SHELL_CHANNELS.event, args: [{ type: 'vault-changed' }] }]);
    const info = await fake.ipcMain.invoke(CHANNELS['app.info'], eventFrom(win.webContents), {});
    expect(info).toMatchObject({ ok: true, value: { vault: { path: vaultPath } } });
  });

  it('opens a vault macOS hands over before ready, once ready', async () => {
    const vaultPath = await makeVault();
    await loadMain();
    let prevented = false;
    fake.app.emit('open-file', { preventDefault: () => (prevented = true) }, vaultPath);
    expect(prevented).toBe(true);
    fake.app.becomeReady();
    await flush();
    const info = await fake.ipcMain.invoke(CHANNELS['app.info'], eventFrom(mainWindow().webContents), {});
    expect(info).toMatchObject({ ok: true, value: { vault: { path: vaultPath } } });
  });

  it('quits when the last window closes (not on macOS) and closes the vault on quit', async () => {
    await boot();
    const vaultPath = await makeVault();
    fake.app.emit('open-file', { preventDefault: () => undefined }, vaultPath);
    const event = eventFrom(mainWindow().webContents);
    fake.app.emit('window-all-closed');
    expect(fake.app.quitCalls).toBe(process.platform === 'darwin' ? 0 : 1);
    fake.app.emit('will-quit');
    expect(await fake.ipcMain.invoke(CHANNELS['app.info'], event, {})).toMatchObject({
      ok: true,
      value: { vault: null },
    });
  });

  it('picks the vault out of a command line', async () => {
    const { vaultPathFromArgv } = await loadMain();
    expect(vaultPathFromArgv(['/opt/Attest/attest', '--inspect', 'a.attest'], '/home/me')).toBe(
      path.resolve('/home/me', 'a.attest'),
    );
    expect(vaultPathFromArgv(['electron', '.', '--flag=x.attest'], '/home/me')).toBeNull();
    expect(vaultPathFromArgv(['/x/a.attest'], '/home/me')).toBeNull();
  });
});

/** A real vault made the way the product makes one, then closed so the app can open it. */
async function makeVault(): Promise<string> {
  const { Workbench } = await import('../../../electron/services/workbench');
  const dir = tempDir();
  const wb = new Workbench({ recentFile: path.join(dir, 'recent.json') });
  const info = wb.createVault(path.join(dir, 'acme.attest'), ACME);
  wb.closeVault();
  return info.path;
}
