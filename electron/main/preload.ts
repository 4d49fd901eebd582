// Runs sandboxed: it can require only 'electron', so esbuild bundles it into one CJS file.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { InputOf, OperationName, OutputOf } from '../../shared/contract';
import { CHANNELS } from '../../shared/contract/channels';
import { SHELL_CHANNELS, type AttestBridge, type ShellEvent } from '../../shared/contract/bridge';
import type { Result } from '../../shared/contract/errors';

function isKnownOperation(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(CHANNELS, name);
}

/** Shell channels answer with envelopes too; the bridge hands back the value and throws the error. */
async function invokeShell<T>(channel: string): Promise<T> {
  const result = (await ipcRenderer.invoke(channel)) as Result<T>;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const bridge = {
  platform: 'electron',

  call<K extends OperationName>(name: K, input: InputOf<K>): Promise<Result<OutputOf<K>>> {
    // The page could pass any string; never build a channel name out of it.
    if (!isKnownOperation(name)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'invalid_input', message: `Unknown operation: ${String(name)}`, details: { field: 'name' } },
      });
    }
    return ipcRenderer.invoke(CHANNELS[name], input) as Promise<Result<OutputOf<K>>>;
  },

  chooseNewVaultPath: () => invokeShell<string | null>(SHELL_CHANNELS.chooseNewVaultPath),
  chooseVaultToOpen: () => invokeShell<string | null>(SHELL_CHANNELS.chooseVaultToOpen),

  onShellEvent(listener: (event: ShellEvent) => void): () => void {
    // The IpcRendererEvent carries `sender` (ipcRenderer itself); it must never reach the page.
    const forward = (_event: IpcRendererEvent, shellEvent: ShellEvent) => listener(shellEvent);
    ipcRenderer.on(SHELL_CHANNELS.event, forward);
    return () => {
      ipcRenderer.removeListener(SHELL_CHANNELS.event, forward);
    };
  },
} as const satisfies AttestBridge;

contextBridge.exposeInMainWorld('attest', bridge);
