import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { exportEnded, type ExportProgress } from '../../shared/domain/description';
import type { Vault } from '../vault/vault';
import { exportPackage, packageFileName } from './export';

// The window and the browser export in the background and poll for progress.
// The package is written to a private temporary folder; the host then hands
// it over: the browser host as a download, Electron by copying it to the
// place chosen in the save dialog, the CLI writes straight to --out instead.

interface Job {
  progress: ExportProgress;
  dir: string;
  file: string;
  controller: AbortController;
}

const jobs = new Map<string, Job>();
/** Finished packages kept for download; older ones are deleted as new exports start. */
const KEEP = 3;
let cleanupRegistered = false;

function prune(): void {
  const finished = [...jobs.entries()].filter(([, j]) => exportEnded(j.progress.phase));
  for (const [id, job] of finished.slice(0, Math.max(0, finished.length - KEEP + 1))) {
    fs.rmSync(job.dir, { recursive: true, force: true });
    jobs.delete(id);
  }
}

export function startExport(vault: Vault, input: { draft: boolean; at?: string | undefined }): ExportProgress {
  if ([...jobs.values()].some((j) => !exportEnded(j.progress.phase))) {
    throw new AppError('conflict', 'An export is already running; wait for it to finish');
  }
  prune();
  if (!cleanupRegistered) {
    // Packages waiting for download are temporary: nothing is left in the temp folder after the app quits.
    process.once('exit', () => {
      for (const j of jobs.values()) fs.rmSync(j.dir, { recursive: true, force: true });
    });
    cleanupRegistered = true;
  }
  const jobId = randomBytes(8).toString('hex');
  const at = input.at ? new Date(input.at).toISOString() : vault.now();
  const fileName = packageFileName(vault.info().orgName, at);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-export-'));
  const file = path.join(dir, fileName);
  const job: Job = {
    dir,
    file,
    controller: new AbortController(),
    progress: {
      jobId,
      phase: 'documents',
      bytesDone: 0,
      bytesTotal: 0,
      filesDone: 0,
      filesTotal: 0,
      fileName,
      draft: input.draft,
      size: null,
      fingerprint: null,
      error: null,
      notes: [],
    },
  };
  jobs.set(jobId, job);
  // Started on the next turn of the event loop, so the caller gets the job id at once.
  setImmediate(() => {
    exportPackage(vault, {
      out: file,
      draft: input.draft,
      at,
      signal: job.controller.signal,
      onProgress: (phase, p) => {
        if (!job.controller.signal.aborted) Object.assign(job.progress, { phase, ...p });
      },
    }).then(
      (summary) =>
        Object.assign(job.progress, {
          phase: 'done',
          size: summary.size,
          fingerprint: summary.fingerprint,
          draft: summary.draft,
          notes: summary.notes,
          bytesDone: job.progress.bytesTotal,
        }),
      (error: unknown) =>
        Object.assign(
          job.progress,
          job.controller.signal.aborted
            ? { phase: 'cancelled', error: null }
            : { phase: 'failed', error: error instanceof Error ? error.message : String(error) },
        ),
    );
  });
  return { ...job.progress };
}

export function exportProgress(jobId: string): ExportProgress {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('not_found', 'No such export: it may have been cleared; export again');
  return { ...job.progress };
}

/**
 * Stops a running export at the next file; the writer deletes its unfinished
 * package and no audit entry is written. A finished export is left as it is.
 */
export function cancelExport(jobId: string): ExportProgress {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('not_found', 'No such export: it may have been cleared; export again');
  if (!exportEnded(job.progress.phase)) job.controller.abort();
  return { ...job.progress };
}

/** A finished package's file, for the download route and the save dialog. */
export function finishedPackage(jobId: string): { file: string; fileName: string; size: number } {
  const job = jobs.get(jobId);
  if (!job || job.progress.phase !== 'done' || job.progress.size === null) {
    throw new AppError('not_found', 'This export is not finished or no longer available; export again');
  }
  return { file: job.file, fileName: job.progress.fileName, size: job.progress.size };
}

/** The most recent finished package (what the window's Save button saves). */
export function latestFinishedPackage(): { jobId: string; fileName: string } {
  const done = [...jobs.values()].filter((j) => j.progress.phase === 'done');
  const last = done[done.length - 1];
  if (!last) throw new AppError('not_found', 'No finished export to save; export the package first');
  return { jobId: last.progress.jobId, fileName: last.progress.fileName };
}

/** Copies a finished package to where the person chose to save it. */
export function saveExport(jobId: string, dest: string): { path: string; size: number } {
  const { file, size } = finishedPackage(jobId);
  const target = path.resolve(dest);
  if (!fs.existsSync(path.dirname(target))) {
    throw new AppError('invalid_input', `path: no folder ${path.dirname(target)}`, { field: 'path' });
  }
  fs.copyFileSync(file, target);
  return { path: target, size };
}
