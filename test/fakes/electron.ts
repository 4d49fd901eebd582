/**
 * A small stand-in for the parts of 'electron' the shell uses. The Electron
 * binary cannot run here, so tests load this with vi.mock('electron', ...) and
 * drive it by hand; every fake records what it was asked to do.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  BrowserWindowConstructorOptions,
  IpcMain,
  IpcMainInvokeEvent,
  MenuItemConstructorOptions,
} from 'electron';

type Listener = (...args: unknown[]) => unknown;

export class FakeFrame {
  parent: FakeFrame | null = null;
  detached = false;
  constructor(
    public url: string,
    readonly processId: number,
    readonly routingId: number,
  ) {}
}

export class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  setPermissionRequestHandler(handler: Listener | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener | null): void {
    this.permissionCheckHandler = handler;
  }
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly session = new FakeSession();
  readonly mainFrame = new FakeFrame('about:blank', this.id, 1);
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: Listener | null = null;
  loading = false;

  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isLoading(): boolean {
    return this.loading;
  }
  destroyed = false;
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Emits an event the way Electron does, with a preventable event object first. */
  emitPreventable(name: string, ...args: unknown[]): { defaultPrevented: boolean } {
    const event = {
      defaultPrevented: false,
      preventDefault() {
        event.defaultPrevented = true;
      },
    };
    this.emit(name, event, ...args);
    return event;
  }
}

export class BrowserWindow extends EventEmitter {
  static windows: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  focused = false;
  shown = false;
  minimized = false;
  private destroyed = false;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    BrowserWindow.windows.push(this);
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.windows.filter((w) => !w.destroyed);
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.windows.find((w) => w.webContents === contents) ?? null;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

type InvokeHandler = Parameters<IpcMain['handle']>[1];

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, listener: InvokeHandler): void {
    // Electron throws on a second handler for one channel; so does the fake.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What the renderer would get back from ipcRenderer.invoke(channel, ...args). */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event as IpcMainInvokeEvent, ...args);
  }
}
export const ipcMain = new FakeIpcMain();

class FakeApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  quitCalls = 0;
  userData = '';
  temp = '';
  private ready = false;
  private readyCallbacks: (() => void)[] = [];

  getPath(name: string): string {
    if (name === 'temp') return (this.temp ||= fs.mkdtempSync(path.join(os.tmpdir(), 'attest-temp-')));
    if (name !== 'userData') throw new Error(`fake app.getPath does not know '${name}'`);
    this.userData ||= fs.mkdtempSync(path.join(os.tmpdir(), 'attest-userdata-'));
    return this.userData;
  }
  getVersion(): string {
    return '0.0.0-fake';
  }
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  quit(): void {
    this.quitCalls++;
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((resolve) => this.readyCallbacks.push(resolve));
  }
  /** Tests decide when the app becomes ready, so that pre-ready paths can be exercised. */
  becomeReady(): void {
    this.ready = true;
    for (const resolve of this.readyCallbacks.splice(0)) resolve();
    this.emit('ready');
  }
  reset(): void {
    this.removeAllListeners();
    this.ready = false;
    this.readyCallbacks = [];
    this.isPackaged = false;
    this.hasLock = true;
    this.quitCalls = 0;
    this.userData = '';
    this.temp = '';
  }
}
export const app = new FakeApp();

interface SaveResult {
  canceled: boolean;
  filePath: string;
}
interface OpenResult {
  canceled: boolean;
  filePaths: string[];
}
export const dialog = {
  nextSave: { canceled: true, filePath: '' } as SaveResult,
  nextOpen: { canceled: true, filePaths: [] } as OpenResult,
  calls: [] as { method: string; args: unknown[] }[],
  errors: [] as { title: string; content: string }[],
  showSaveDialog(...args: unknown[]): Promise<SaveResult> {
    dialog.calls.push({ method: 'showSaveDialog', args });
    return Promise.resolve(dialog.nextSave);
  },
  showOpenDialog(...args: unknown[]): Promise<OpenResult> {
    dialog.calls.push({ method: 'showOpenDialog', args });
    return Promise.resolve(dialog.nextOpen);
  },
  showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    dialog.calls.push({ method: 'showMessageBox', args });
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
  showErrorBox(title: string, content: string): void {
    dialog.errors.push({ title, content });
  },
};

export interface FakeMenu {
  template: MenuItemConstructorOptions[];
}
export const Menu = {
  application: null as FakeMenu | null,
  buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu {
    return { template };
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    Menu.application = menu;
  },
};

export const protocol = {
  privileged: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    protocol.handlers.set(scheme, handler);
  },
};

export const session = { defaultSession: new FakeSession() };

export const shell = {
  opened: [] as string[],
  openedPaths: [] as string[],
  openPath(file: string): Promise<string> {
    shell.openedPaths.push(file);
    return Promise.resolve('');
  },
  openExternal(url: string): Promise<void> {
    shell.opened.push(url);
    return Promise.resolve();
  },
};

export const contextBridge = {
  exposed: [] as { key: string; api: unknown }[],
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed.push({ key, api });
  },
};

/** What webUtils.getPathForFile answers: Electron knows the path of a dropped or chosen file, '' otherwise. */
export const webUtils = {
  paths: new WeakMap<object, string>(),
  getPathForFile(file: object): string {
    return webUtils.paths.get(file) ?? '';
  },
};

class FakeIpcRenderer extends EventEmitter {
  readonly invoked: { channel: string; args: unknown[] }[] = [];
  /** What main answers; tests replace it. */
  answer: (channel: string, ...args: unknown[]) => unknown = () => ({ ok: true, value: null });
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return Promise.resolve(this.answer(channel, ...args));
  }
}
export const ipcRenderer = new FakeIpcRenderer();

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Only file: URLs, which is all the app:// handler asks for. */
export const net = {
  async fetch(input: string): Promise<Response> {
    const file = fileURLToPath(input);
    const body = await fs.promises.readFile(file);
    const type = MIME[path.extname(file)] ?? 'application/octet-stream';
    return new Response(body, { status: 200, headers: { 'Content-Type': type } });
  },
};

export function resetFakeElectron(): void {
  BrowserWindow.windows = [];
  ipcMain.handlers.clear();
  ipcMain.removeAllListeners();
  app.reset();
  dialog.nextSave = { canceled: true, filePath: '' };
  dialog.nextOpen = { canceled: true, filePaths: [] };
  dialog.calls.length = 0;
  dialog.errors.length = 0;
  Menu.application = null;
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  shell.opened.length = 0;
  shell.openedPaths.length = 0;
  contextBridge.exposed.length = 0;
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoked.length = 0;
  ipcRenderer.answer = () => ({ ok: true, value: null });
  webUtils.paths = new WeakMap();
}
