import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, net, protocol } from 'electron';
import { SHELL_CHANNELS, type ShellEvent } from '../../shared/contract/bridge';
import { Workbench, VAULT_EXTENSION } from '../services/workbench';
import { registerAttachHandlers } from './attach';
import { serveBlob } from './blob-route';
import { registerDialogHandlers } from './dialogs';
import { registerOperations } from './ipc';
import { installApplicationMenu, openVaultAt, type ShellContext } from './menu';
import { PathGrants } from './path-grants';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, createMainWindow } from './window';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The build puts main at dist/main/main.js and the renderer at dist/renderer/. */
export const RENDERER_ROOT = path.join(__dirname, '../renderer');

/**
 * The file a request maps to inside the renderer folder, or null when it names
 * another host or would escape the folder (encoded ../, backslashes, NUL bytes).
 */
export function resolveRendererFile(root: string, requestUrl: string): string | null {
  let url: URL;
  let relative: string;
  try {
    url = new URL(requestUrl);
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  // The build never names files with these; on Windows a backslash is a separator.
  if (relative.includes('\0') || relative.includes('\\')) return null;
  if (relative.endsWith('/')) relative += 'index.html';
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.sep}${relative}`);
  const inside = path.relative(base, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return null;
  return file;
}

function withSecurityHeaders(
  body: ConstructorParameters<typeof Response>[0],
  init: { status: number; headers?: Headers },
): Response {
  const headers = new Headers(init.headers);
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  headers.set('X-Content-Type-Options', 'nosniff');
  return new Response(body, { status: init.status, headers });
}

export function createRendererHandler(root: string, workbench?: Workbench): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return withSecurityHeaders(null, { status: 405 });
    // Stored evidence files, for previews and downloads: the same address as in the browser host.
    const blob = workbench ? serveBlob(workbench, request.url) : null;
    if (blob) return blob;
    const file = resolveRendererFile(root, request.url);
    if (file === null) return withSecurityHeaders('Forbidden', { status: 403 });
    const stat = await fs.promises.stat(file).catch(() => null);
    if (!stat?.isFile()) return withSecurityHeaders('Not found', { status: 404 });
    // Chromium's file loader supplies the MIME types.
    const response = await net.fetch(pathToFileURL(file).toString());
    return withSecurityHeaders(response.body, { status: response.status, headers: response.headers });
  };
}

/** The last argument naming a .attest file; switches and the app's own path are skipped. */
export function vaultPathFromArgv(argv: readonly string[], cwd: string): string | null {
  const candidates = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && path.extname(arg).toLowerCase() === VAULT_EXTENSION);
  const last = candidates.at(-1);
  return last === undefined ? null : path.resolve(cwd, last);
}

// Must happen before ready: Chromium fixes the scheme table at startup.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  let workbench: Workbench | null = null;
  // macOS delivers 'open-file' before ready when a vault is double-clicked to launch the app.
  let pendingVault: string | null = vaultPathFromArgv(process.argv, process.cwd());

  const windowNow = (): BrowserWindow => {
    if (mainWindow === null || mainWindow.isDestroyed()) {
      mainWindow = createMainWindow();
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    }
    return mainWindow;
  };

  const send = (event: ShellEvent): void => {
    const contents = windowNow().webContents;
    // A window still loading has no listener yet; tell it once it has.
    if (contents.isLoading()) contents.once('did-finish-load', () => contents.send(SHELL_CHANNELS.event, event));
    else contents.send(SHELL_CHANNELS.event, event);
  };

  let grants = new PathGrants();
  const context = (wb: Workbench): ShellContext => ({ workbench: wb, grants, window: windowNow, send });

  const openRequested = (file: string): void => {
    if (workbench === null) pendingVault = file;
    else openVaultAt(context(workbench), file);
  };

  app.on('second-instance', (_event, argv, cwd) => {
    const file = vaultPathFromArgv(argv, cwd);
    // Before ready there is no window to focus yet; ready opens what is pending.
    if (workbench === null) {
      if (file !== null) pendingVault = file;
      return;
    }
    const win = windowNow();
    if (win.isMinimized()) win.restore();
    win.focus();
    if (file !== null) openRequested(file);
  });

  app.on('open-file', (event, file) => {
    event.preventDefault();
    openRequested(file);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => workbench?.closeVault());

  void app.whenReady().then(() => {
    const wb = new Workbench({ recentFile: path.join(app.getPath('userData'), 'recent.json') });
    protocol.handle(APP_SCHEME, createRendererHandler(RENDERER_ROOT, wb));
    workbench = wb;
    grants = new PathGrants(() => wb.recent.list().map((r) => r.path));
    const ctx = context(wb);
    registerOperations(ipcMain, wb, APP_ORIGIN, {
      authorize: (name, input) => grants.check(name, input),
      afterCall: (name, result) => {
        if (result.ok && name.startsWith('vault.') && name !== 'vault.recent') installApplicationMenu(ctx);
      },
    });
    registerDialogHandlers(ipcMain, APP_ORIGIN, grants);
    registerAttachHandlers(ipcMain, wb, APP_ORIGIN);
    installApplicationMenu(ctx);
    windowNow();
    if (pendingVault !== null) openVaultAt(ctx, pendingVault);
    pendingVault = null;

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) windowNow();
    });
  });
}

if (app.requestSingleInstanceLock()) start();
else app.quit();
