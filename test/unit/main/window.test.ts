import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../electron/main/window';
import { app, BrowserWindow, resetFakeElectron, shell } from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

beforeEach(() => resetFakeElectron());

function created(): BrowserWindow {
  createMainWindow();
  const win = BrowserWindow.windows[0];
  if (!win) throw new Error('no window was created');
  return win;
}

describe('createMainWindow', () => {
  it('isolates the renderer: context isolation and sandbox on, no Node, the sandboxed preload', () => {
    const prefs = created().options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(prefs?.preload).toMatch(/[/\\]preload\.js$/);
  });

  it('loads the renderer from app://attest', () => {
    expect(created().loadedUrl).toBe('app://attest/index.html');
  });

  it('prevents every navigation, redirect and webview', () => {
    const contents = created().webContents;
    for (const url of ['https://evil.example/', 'app://attest/other.html', 'file:///etc/passwd']) {
      expect(contents.emitPreventable('will-navigate', url).defaultPrevented, url).toBe(true);
      expect(contents.emitPreventable('will-redirect', url).defaultPrevented, url).toBe(true);
    }
    expect(contents.emitPreventable('will-attach-webview', {}, {}).defaultPrevented).toBe(true);
  });

  it('denies window.open, sending only http(s) links to the browser', () => {
    const open = created().webContents.windowOpenHandler!;
    for (const url of [
      'https://www.aicpa-cima.com/',
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://attest/index.html',
    ]) {
      expect(open({ url }), url).toEqual({ action: 'deny' });
    }
    expect(shell.opened).toEqual(['https://www.aicpa-cima.com/', 'http://example.com/']);
  });

  it('denies every permission request and check', () => {
    const { session } = created().webContents;
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      session.permissionRequestHandler!({}, permission, (granted: boolean) => answers.push(granted));
      expect(session.permissionCheckHandler!({}, permission)).toBe(false);
    }
    expect(answers).toEqual([false, false, false, false]);
  });

  it('offers developer tools only in builds from source', () => {
    app.isPackaged = true;
    expect(created().options.webPreferences?.devTools).toBe(false);
  });
});
