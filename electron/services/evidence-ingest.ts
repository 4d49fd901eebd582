import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError, type ErrorShape } from '../../shared/contract/errors';
import { MAX_EVIDENCE_BYTES, type AttachResult } from '../../shared/domain/evidence';
import type { Vault } from '../vault/vault';
import { attachInWrite, type EvidenceMeta } from './evidence';

/**
 * Files up to this size are read in one call and stored with their item in
 * one transaction; larger ones stream in chunks. Awaiting a stream costs
 * about a millisecond per file, more than storing a small file does.
 */
export const READ_WHOLE_BYTES = 8 * 1024 * 1024;

/** Small files attached together share a commit up to these limits (each keeps its own audit entry). */
const BATCH_BYTES = 32 * 1024 * 1024;
const BATCH_FILES = 256;

const MEDIA_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.log': 'text/plain',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.md': 'text/markdown',
};

export function mediaTypeOf(file: string): string {
  return MEDIA_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function cannotRead(file: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message ?? 'unreadable';
  return new AppError('invalid_input', `Cannot read ${path.basename(file)}: ${code}`, { path: file });
}

/** The size and time of a file that can be evidence; a clear error for anything else. */
function statOf(file: string): fs.Stats {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
  if (!stat.isFile()) throw new AppError('invalid_input', `${path.basename(file)} is not a file`, { path: file });
  if (stat.size > MAX_EVIDENCE_BYTES) {
    throw new AppError('invalid_input', `${path.basename(file)} is larger than the 4 GiB limit for one evidence file`, {
      path: file,
    });
  }
  return stat;
}

/**
 * A file still being written (a log, an export in progress) would be stored
 * cut short; what was read must be what was there when it was opened.
 */
function checkUnchanged(file: string, before: fs.Stats, bytesRead: number): void {
  let after: fs.Stats | undefined;
  try {
    after = fs.statSync(file);
  } catch {
    // Gone since: the bytes read are still checked against the size it had.
  }
  const changed =
    bytesRead !== before.size || (after && (after.size !== before.size || after.mtimeMs !== before.mtimeMs));
  if (changed) {
    throw new AppError(
      'conflict',
      `${path.basename(file)} changed while it was being read (${before.size} bytes when opened, ${bytesRead} read); attach it again once it is complete`,
      { path: file },
    );
  }
}

function readWhole(file: string, before: fs.Stats): Buffer {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
  checkUnchanged(file, before, bytes.length);
  return bytes;
}

export interface IngestOptions {
  signal?: AbortSignal;
  /** Bytes of the file read so far, as they are read. */
  onProgress?: (loaded: number, size: number) => void;
}

function inputFor(file: string, meta: EvidenceMeta, source: string, sha256: string) {
  return { sha256, fileName: path.basename(file), mediaType: mediaTypeOf(file), source, meta };
}

/** Bytes already in memory (a small file, a demo document) become a blob and an item in one write. */
export function attachBytes(
  vault: Vault,
  file: string,
  bytes: Buffer,
  meta: EvidenceMeta,
  source: string,
): AttachResult {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return vault.write('evidence.attach', (tx) => {
    const blob = vault.blobs.putBytes(bytes, sha256);
    return attachInWrite(vault, tx, inputFor(file, meta, source, sha256), blob);
  });
}

/**
 * Reads a file from disk into the vault and attaches it: the CLI and the
 * Electron shell use this. The item is written in the same transaction that
 * makes the bytes ready, so a failure leaves neither behind.
 */
export async function attachFile(
  vault: Vault,
  file: string,
  meta: EvidenceMeta,
  source: string,
  options: IngestOptions = {},
): Promise<AttachResult> {
  const stat = statOf(file);
  const size = stat.size;
  options.signal?.throwIfAborted();
  if (size <= READ_WHOLE_BYTES) {
    const bytes = readWhole(file, stat);
    const result = attachBytes(vault, file, bytes, meta, source);
    options.onProgress?.(bytes.length, bytes.length);
    return result;
  }
  try {
    return await vault.blobs.putThen(
      fs.createReadStream(file, { highWaterMark: 1024 * 1024 }),
      {
        signal: options.signal,
        maxBytes: MAX_EVIDENCE_BYTES,
        onProgress: (loaded) => options.onProgress?.(loaded, size),
      },
      (blob) => {
        checkUnchanged(file, stat, blob.size);
        return vault.write('evidence.attach', (tx) =>
          attachInWrite(vault, tx, inputFor(file, meta, source, blob.sha256), blob),
        );
      },
    );
  } catch (error) {
    if (error instanceof AppError || options.signal?.aborted) throw error;
    // The stream failed (the file vanished, a disk error): say which file.
    if ((error as NodeJS.ErrnoException).code) throw cannotRead(file, error);
    throw error;
  }
}

export type FileOutcome =
  { file: string; ok: true; result: AttachResult } | { file: string; ok: false; error: ErrorShape };

export interface BatchOptions {
  signal?: AbortSignal;
  /** After each file: its index in the list, and what became of it. */
  onFile?: (index: number, outcome: FileOutcome) => void;
  /** While a large file streams in: its index and the bytes read so far. */
  onProgress?: (index: number, loaded: number, size: number) => void;
}

/** Problems with one file (unreadable, unknown control) skip that file; the vault itself failing stops all. */
function perFile(error: unknown): boolean {
  return error instanceof AppError && error.code !== 'vault_error' && error.code !== 'internal';
}

/**
 * Attaches many files, each as its own evidence item with its own audit
 * entry. Small files are read first and then written together, up to 32 MiB
 * or 256 files a commit, each in its own savepoint so that one bad file does
 * not undo the others; large files stream one by one.
 */
export async function attachFiles(
  vault: Vault,
  files: readonly string[],
  metaFor: (file: string, index: number) => EvidenceMeta,
  source: string,
  options: BatchOptions = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  const settle = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    options.onFile?.(index, outcome);
  };
  const fail = (index: number, error: unknown) => {
    if (!perFile(error)) throw error;
    settle(index, { file: files[index]!, ok: false, error: (error as AppError).toShape() });
  };

  let batch: { index: number; bytes: Buffer; meta: EvidenceMeta }[] = [];
  let batchBytes = 0;
  const flush = () => {
    if (!batch.length) return;
    const pending = batch;
    batch = [];
    batchBytes = 0;
    const done: [number, FileOutcome][] = [];
    vault.db
      .transaction(() => {
        for (const { index, bytes, meta } of pending) {
          try {
            const result = attachBytes(vault, files[index]!, bytes, meta, source);
            done.push([index, { file: files[index]!, ok: true, result }]);
          } catch (error) {
            if (!perFile(error)) throw error;
            done.push([index, { file: files[index]!, ok: false, error: (error as AppError).toShape() }]);
          }
        }
      })
      .immediate();
    // Reported once committed, never before.
    for (const [index, outcome] of done) settle(index, outcome);
  };

  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) {
      flush();
      fail(index, new AppError('invalid_input', `Cancelled before ${path.basename(file)} was attached`));
      continue;
    }
    let meta: EvidenceMeta;
    let stat: fs.Stats;
    try {
      meta = metaFor(file, index);
      stat = statOf(file);
    } catch (error) {
      fail(index, error);
      continue;
    }
    if (stat.size > READ_WHOLE_BYTES) {
      flush();
      try {
        const result = await attachFile(vault, file, meta, source, {
          signal: options.signal,
          onProgress: (loaded, total) => options.onProgress?.(index, loaded, total),
        });
        settle(index, { file, ok: true, result });
      } catch (error) {
        fail(index, options.signal?.aborted ? new AppError('invalid_input', 'Cancelled') : error);
      }
      continue;
    }
    try {
      const bytes = readWhole(file, stat);
      batch.push({ index, bytes, meta });
      batchBytes += bytes.length;
    } catch (error) {
      fail(index, error);
      continue;
    }
    if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FILES) flush();
  }
  flush();
  return outcomes;
}
