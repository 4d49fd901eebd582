// Runs sandboxed: it can require only 'electron', so esbuild bundles it into one CJS file.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { InputOf, OperationName, OutputOf } from '../../shared/contract';
import { CHANNELS } from '../../shared/contract/channels';
import {
  SHELL_CHANNELS,
  type AttachProgress,
  type AttachRequest,
  type AttachSource,
  type AttestBridge,
  type ChosenFile,
  type ShellEvent,
} from '../../shared/contract/bridge';
import type { Result } from '../../shared/contract/errors';

function isKnownOperation(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(CHANNELS, name);
}

/** Shell channels answer with envelopes too; the bridge hands back the value and throws the error. */
async function invokeShell<T>(channel: string, ...args: unknown[]): Promise<T> {
  const result = (await ipcRenderer.invoke(channel, ...args)) as Result<T>;
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
  chooseExportFolder: () => invokeShell<string | null>(SHELL_CHANNELS.chooseExportFolder),
  savePackage: () => invokeShell<string | null>(SHELL_CHANNELS.savePackage),
  chooseEvidenceFiles: () => invokeShell<ChosenFile[]>(SHELL_CHANNELS.chooseEvidenceFiles),

  async attachEvidenceFiles(jobId, files, meta, onProgress) {
    // Paths come only from File objects the page got from a drop or a file input (the page cannot
    // make one that points at a file of its choosing) or from tokens of our own open dialog.
    const request: AttachRequest = {
      jobId: String(jobId),
      meta,
      files: files.map((f: AttachSource) =>
        typeof (f as ChosenFile).token === 'string'
          ? { token: (f as ChosenFile).token }
          : { path: webUtils.getPathForFile(f as File) },
      ),
    };
    const forward = (_event: IpcRendererEvent, progress: AttachProgress) => {
      if (progress.jobId === request.jobId) onProgress(progress);
    };
    ipcRenderer.on(SHELL_CHANNELS.attachProgress, forward);
    try {
      return await invokeShell<AttachProgress[]>(SHELL_CHANNELS.attachEvidenceFiles, request);
    } finally {
      ipcRenderer.removeListener(SHELL_CHANNELS.attachProgress, forward);
    }
  },

  cancelAttach: (jobId) => invokeShell<void>(SHELL_CHANNELS.cancelAttach, String(jobId)),
  openEvidenceFile: (sha256, fileName) =>
    invokeShell<void>(SHELL_CHANNELS.openEvidenceFile, { sha256: String(sha256), fileName: String(fileName) }),

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
