import type { z } from 'zod';
import type { AttachResult, evidenceMetaSchema } from '../domain/evidence';
import type { ErrorShape } from './errors';
import type { AttestClient } from './index';

/** Things the Electron shell tells the window, e.g. after a menu command. */
export type ShellEvent =
  { type: 'vault-changed' } | { type: 'new-vault'; path: string } | { type: 'navigate'; area: string };

/** IPC channels of the shell itself (dialogs, events); operations use CHANNELS. */
export const SHELL_CHANNELS = {
  chooseNewVaultPath: 'attest-shell:choose-new-vault-path',
  chooseVaultToOpen: 'attest-shell:choose-vault-to-open',
  chooseExportFolder: 'attest-shell:choose-export-folder',
  chooseEvidenceFiles: 'attest-shell:choose-evidence-files',
  attachEvidenceFiles: 'attest-shell:attach-evidence-files',
  cancelAttach: 'attest-shell:cancel-attach',
  openEvidenceFile: 'attest-shell:open-evidence-file',
  attachProgress: 'attest-shell:attach-progress',
  savePackage: 'attest-shell:save-package',
  event: 'attest-shell:event',
} as const;

/** A file chosen in the main process's open dialog: the page sees its name and size, never its path. */
export interface ChosenFile {
  token: string;
  name: string;
  size: number;
}

/** A File the page got from a drop or a file input (shared/ knows no DOM types, so only its shape). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
}

/** What the page hands the bridge to attach: a dropped File, or a file chosen in the dialog. */
export type AttachSource = PickedFile | ChosenFile;

/** What the page sends with the files: the form's details; an empty title means each file's name. */
export type AttachMetaInput = z.input<typeof evidenceMetaSchema>;

/** One file's progress or outcome while the main process attaches a batch. */
export type AttachProgress =
  | { jobId: string; index: number; kind: 'progress'; loaded: number; size: number }
  | { jobId: string; index: number; kind: 'done'; result: AttachResult }
  | { jobId: string; index: number; kind: 'failed'; error: ErrorShape };

/** What the preload sends to main: paths resolved from dropped Files, or tokens of dialog choices. */
export interface AttachRequest {
  jobId: string;
  files: ({ path: string } | { token: string })[];
  meta: AttachMetaInput;
}

/** What the preload exposes as window.attest inside Electron. */
export interface AttestBridge extends AttestClient {
  readonly platform: 'electron';
  /** Shows the OS save dialog; null when cancelled. */
  chooseNewVaultPath(): Promise<string | null>;
  /** Shows the OS open dialog; null when cancelled. */
  chooseVaultToOpen(): Promise<string | null>;
  /** Shows the OS folder dialog for exported files; null when cancelled. */
  chooseExportFolder(): Promise<string | null>;
  /** Shows the OS open dialog for evidence files (several at once); empty when cancelled. */
  chooseEvidenceFiles(): Promise<ChosenFile[]>;
  /**
   * The main process reads each file from disk and attaches it, reporting
   * progress per file; resolves with every file's outcome in order.
   */
  attachEvidenceFiles(
    jobId: string,
    files: readonly AttachSource[],
    meta: AttachMetaInput,
    onProgress: (progress: AttachProgress) => void,
  ): Promise<AttachProgress[]>;
  /** Stops a batch: the file being read is abandoned, the rest are not started. */
  cancelAttach(jobId: string): Promise<void>;
  /** Opens a stored file with the system's program for its kind (never a program itself). */
  openEvidenceFile(sha256: string, fileName: string): Promise<void>;
  /** Shows the OS save dialog for the last finished export and copies it there; null when cancelled. */
  savePackage(): Promise<string | null>;
  /** Returns an unsubscribe function. */
  onShellEvent(listener: (event: ShellEvent) => void): () => void;
}

/** HTTP routes of the browser host. */
export const HTTP_ROUTES = {
  operation: '/api/op/', // POST /api/op/<operation name>, JSON body
  blobs: '/api/blobs', // POST streams bytes in; GET /api/blobs/<sha256> streams them out
} as const;
