import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BrowserWindow, dialog, type IpcMain, type OpenDialogOptions, type WebContents } from 'electron';
import { z } from 'zod';
import { SHELL_CHANNELS, type AttachProgress, type ChosenFile } from '../../shared/contract/bridge';
import { AppError } from '../../shared/contract/errors';
import { evidenceMetaSchema, titleFromFileName } from '../../shared/domain/evidence';
import { invalidInput } from '../services/dispatch';
import { attachFiles } from '../services/evidence-ingest';
import type { Workbench } from '../services/workbench';
import { handleShell } from './ipc';
import { openEvidenceFile } from './open-file';

/** Paths the user chose in our own dialog, by the token the page got instead of the path. */
const granted = new Map<string, string>();
/** Batches in progress, so that the page can cancel one. */
const running = new Map<string, AbortController>();

export async function chooseEvidenceFiles(parent: BrowserWindow | null): Promise<ChosenFile[]> {
  const options: OpenDialogOptions = {
    title: 'Attach evidence',
    buttonLabel: 'Attach',
    properties: ['openFile', 'multiSelections'],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  if (result.canceled) return [];
  return result.filePaths.map((file) => {
    const token = randomUUID();
    granted.set(token, file);
    let size = 0;
    try {
      size = fs.statSync(file).size;
    } catch {
      // Reported when the file is attached.
    }
    return { token, name: path.basename(file), size };
  });
}

const requestSchema = z
  .object({
    jobId: z.string().min(1).max(100),
    files: z
      .array(
        z.union([
          z.object({ token: z.string().uuid() }).strict(),
          z.object({ path: z.string().min(1).max(4096) }).strict(),
        ]),
      )
      .min(1, 'Choose at least one file')
      .max(10_000),
    // The title may be empty: each file then takes its own name.
    meta: z.object({ title: z.string().optional() }).passthrough(),
  })
  .strict();

function pathOf(file: { token: string } | { path: string }): string {
  if ('path' in file) {
    if (!path.isAbsolute(file.path)) throw new AppError('invalid_input', 'files: a dropped file has no path on disk');
    return file.path;
  }
  const chosen = granted.get(file.token);
  if (!chosen) throw new AppError('invalid_input', 'files: choose the file again; this choice is no longer valid');
  return chosen;
}

/**
 * Attaches files from disk in the main process, streaming the large ones,
 * and tells the window how each file is doing. The page can name only files
 * the person dropped (the preload turns each File into its path) or chose in
 * our dialog (by token), never a path of its own making.
 */
export async function attachForWindow(
  workbench: Workbench,
  sender: Pick<WebContents, 'send' | 'isDestroyed'>,
  input: unknown,
): Promise<AttachProgress[]> {
  const parsed = requestSchema.safeParse(input);
  if (!parsed.success) {
    const shape = invalidInput(parsed.error);
    throw new AppError(shape.code, shape.message, shape.details);
  }
  const { jobId, files, meta } = parsed.data;
  const paths = files.map(pathOf);
  const vault = workbench.requireVault();
  const metaFor = (file: string) => {
    const title = meta.title?.trim() || titleFromFileName(file);
    const result = evidenceMetaSchema.safeParse({ ...meta, title });
    if (result.success) return result.data;
    const shape = invalidInput(result.error);
    throw new AppError(shape.code, shape.message, shape.details);
  };
  // Details that are wrong for every file are refused once, before any file is read.
  metaFor(paths[0]!);
  const controller = new AbortController();
  running.set(jobId, controller);
  const report = (progress: AttachProgress) => {
    if (!sender.isDestroyed()) sender.send(SHELL_CHANNELS.attachProgress, progress);
  };
  try {
    const outcomes = await attachFiles(vault, paths, metaFor, 'manual', {
      signal: controller.signal,
      onProgress: (index, loaded, size) => report({ jobId, index, kind: 'progress', loaded, size }),
      onFile: (index, outcome) =>
        report(
          outcome.ok
            ? { jobId, index, kind: 'done', result: outcome.result }
            : { jobId, index, kind: 'failed', error: outcome.error },
        ),
    });
    return outcomes.map((o, index) =>
      o.ok ? { jobId, index, kind: 'done', result: o.result } : { jobId, index, kind: 'failed', error: o.error },
    );
  } finally {
    running.delete(jobId);
    for (const file of files) if ('token' in file) granted.delete(file.token);
  }
}

export function cancelAttach(jobId: unknown): null {
  if (typeof jobId === 'string') running.get(jobId)?.abort();
  return null;
}

export function registerAttachHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  workbench: Workbench,
  expectedOrigin: string,
): void {
  handleShell(ipcMain, SHELL_CHANNELS.chooseEvidenceFiles, expectedOrigin, (event) =>
    chooseEvidenceFiles(BrowserWindow.fromWebContents(event.sender)),
  );
  handleShell(ipcMain, SHELL_CHANNELS.attachEvidenceFiles, expectedOrigin, (event, input) =>
    attachForWindow(workbench, event.sender, input),
  );
  handleShell(ipcMain, SHELL_CHANNELS.cancelAttach, expectedOrigin, (_event, input) =>
    Promise.resolve(cancelAttach(input)),
  );
  handleShell(ipcMain, SHELL_CHANNELS.openEvidenceFile, expectedOrigin, (_event, input) =>
    openEvidenceFile(workbench, input),
  );
}
