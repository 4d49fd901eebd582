import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Readable, Transform, type PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { ManifestFile, PackageManifest } from '../../shared/domain/description';
import { useFastZipCrc } from './zip-crc';

useFastZipCrc();

// The package as one ZIP written in a single pass: small documents from memory,
// evidence streamed from the vault one chunk at a time (stored, not deflated:
// evidence is mostly PDFs and images that do not shrink, and storing keeps the
// package as fast to write as a copy). Every entry carries the same timestamp,
// the export time, so the same vault and export time give the same bytes.

export interface PackageDocument {
  path: string;
  bytes: Buffer;
}

export interface PackageEvidence {
  path: string;
  /** The SHA-256 the vault holds for these bytes; what streams out must match it. */
  sha256: string;
  size: number;
}

/** An evidence file's bytes in order, read only as the writer asks for them (one chunk in memory at a time). */
export type EvidenceReader = (item: PackageEvidence) => Iterable<Buffer>;

export interface PackageProgress {
  bytesDone: number;
  bytesTotal: number;
  filesDone: number;
  filesTotal: number;
}

export interface WrittenPackage {
  size: number;
  /** SHA-256 of the package's SHA256SUMS file. */
  fingerprint: string;
  files: number;
}

export const MANIFEST = 'manifest.json';
export const SUMS = 'SHA256SUMS';
const FILE_MODE = 0o100644;

function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Text made of many small pieces (a line or a record per file) as one UTF-8 buffer, written
 * straight into a buffer of the right size instead of first joining it all into one string:
 * on a package of tens of thousands of files the manifest and SHA256SUMS are megabytes each.
 */
function utf8Pieces(count: number, piece: (i: number) => string): Buffer {
  let length = 0;
  for (let i = 0; i < count; i++) length += Buffer.byteLength(piece(i), 'utf8');
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (let i = 0; i < count; i++) at += out.write(piece(i), at, 'utf8');
  return out;
}

/** One line per file in the format `sha256sum -c` reads: hash, two spaces, path. */
export function sumsBytes(count: number, fileAt: (i: number) => ManifestFile): Buffer {
  return utf8Pieces(count, (i) => {
    const f = fileAt(i);
    return `${f.sha256}  ${f.path}\n`;
  });
}

/**
 * manifest.json: the same bytes as `JSON.stringify({ ...manifest, files }, null, 2)` and a newline,
 * with the file list written record by record.
 */
export function manifestBytes(
  manifest: Omit<PackageManifest, 'files'>,
  count: number,
  fileAt: (i: number) => ManifestFile,
): Buffer {
  const empty = JSON.stringify({ ...manifest, files: [] }, null, 2);
  const head = empty.slice(0, empty.length - '[]\n}'.length);
  if (count === 0) return Buffer.from(`${empty}\n`, 'utf8');
  return utf8Pieces(count + 2, (i) => {
    if (i === 0) return `${head}[\n`;
    if (i === count + 1) return '\n  ]\n}\n';
    const f = fileAt(i - 1);
    const record = `    {\n      "path": ${JSON.stringify(f.path)},\n      "size": ${JSON.stringify(f.size)},\n      "sha256": ${JSON.stringify(f.sha256)}\n    }`;
    return i === 1 ? record : `,\n${record}`;
  });
}

const SLICE = 1024 * 1024;

/**
 * The bytes of one evidence file as 1 MiB views of the vault's 4 MiB chunks (each stage of the
 * pipeline then holds at most one view), hashed and counted on the way: the stream fails, and
 * the package with it, when they differ from what the vault recorded. Chunks are pulled from the
 * vault only as the ZIP writer reads, and the stream is a plain Readable (no generator or promise
 * per chunk): a package of tens of thousands of small files makes one of these per file.
 */
class EvidenceStream extends Readable {
  private readonly hash = createHash('sha256');
  private seen = 0;
  private source: Iterator<Buffer> | null = null;
  private chunk: Buffer | null = null;
  private at = 0;

  constructor(
    private readonly item: PackageEvidence,
    private readonly reader: EvidenceReader,
    private readonly onBytes: (n: number) => void,
  ) {
    super();
  }

  override _read(): void {
    try {
      this.source ??= this.reader(this.item)[Symbol.iterator]();
      while (!this.chunk || this.at >= this.chunk.length) {
        const next = this.source.next();
        if (next.done) {
          this.finish();
          return;
        }
        this.chunk = next.value;
        this.at = 0;
      }
      const slice = this.chunk.subarray(this.at, this.at + SLICE);
      this.at += slice.length;
      this.hash.update(slice);
      this.seen += slice.length;
      this.onBytes(slice.length);
      this.push(slice);
    } catch (error) {
      this.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private finish(): void {
    this.chunk = null;
    if (this.seen !== this.item.size || this.hash.digest('hex') !== this.item.sha256) {
      throw new Error(
        `The stored bytes of ${this.item.path} no longer match their recorded SHA-256; run attest verify on the vault`,
      );
    }
    this.push(null);
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    // Stopped early (the package failed): let the vault's reader release what it holds.
    this.source?.return?.();
    done(error);
  }
}

/**
 * yazl (pinned at 3.3.1) keeps every entry in `entries` until end(), for the central directory,
 * and looks for the next entry to write by scanning that list from the start each time: with
 * tens of thousands of small files that scan is quadratic (seconds of CPU). Entries it has
 * finished are moved aside while the package is written and put back, in order, before end().
 */
interface YazlEntries {
  entries?: { state: number; doFileDataPump?: unknown }[];
}
const FILE_DATA_DONE = 3;

class FinishedEntries {
  private readonly finished: NonNullable<YazlEntries['entries']> = [];
  constructor(private readonly zip: YazlEntries) {}

  /** Moves the finished entries at the head of yazl's list aside (it writes entries in order). */
  setAside(): void {
    const entries = this.zip.entries;
    if (!Array.isArray(entries)) return;
    let n = 0;
    while (n < entries.length && entries[n]!.state === FILE_DATA_DONE) n++;
    for (const entry of entries.splice(0, n)) {
      // Its data is written: the function that opened its stream (and what it holds) is not needed again.
      entry.doFileDataPump = undefined;
      this.finished.push(entry);
    }
  }

  restore(): void {
    if (Array.isArray(this.zip.entries)) this.zip.entries = this.finished.concat(this.zip.entries);
  }
}

/**
 * Writes the package to `file` (through a temporary name, renamed at the end so
 * a failed export never leaves a half-written package under the real name).
 *
 * Memory stays bounded whatever the number of files: evidence entries are handed
 * to the ZIP writer one at a time, the next only once the previous file's bytes
 * have been read, and each file's stream is opened only when its turn comes.
 * What grows with the file count is one small record per file (its path, size
 * and hash for the manifest, and yazl's central-directory entry).
 */
export async function writePackageZip(
  file: string,
  manifest: Omit<PackageManifest, 'files'>,
  documents: readonly PackageDocument[],
  evidence: readonly PackageEvidence[],
  options: { mtime: Date; read: EvidenceReader; onProgress?: (p: PackageProgress) => void; signal?: AbortSignal },
): Promise<WrittenPackage> {
  const zip = new ZipFile();
  const output = zip.outputStream as PassThrough;
  const fail = (error: Error): void => {
    output.destroy(error);
  };
  zip.on('error', fail);
  const entry = { mtime: options.mtime, mode: FILE_MODE };
  let bytesTotal = 0;
  for (const d of documents) bytesTotal += d.bytes.length;
  for (const e of evidence) bytesTotal += e.size;
  const progress: PackageProgress = {
    bytesDone: 0,
    bytesTotal,
    filesDone: 0,
    filesTotal: documents.length + evidence.length + 2,
  };
  const report = (): void => options.onProgress?.({ ...progress });
  let lastReport = 0;
  const onBytes = (n: number): void => {
    progress.bytesDone += n;
    // A report per ~8 MiB keeps polling cheap without making the bar jumpy.
    if (progress.bytesDone - lastReport >= 8 * 1024 * 1024) {
      lastReport = progress.bytesDone;
      report();
    }
  };

  const partial = `${file}.partial`;
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      done(null, chunk);
    },
  });
  // Drained to disk from the start, so what yazl writes never piles up ahead of the file.
  const written = pipeline(output, count, fs.createWriteStream(partial));
  // A failure while evidence is being added ends the wait for the current file. (One handler for the
  // whole package: racing each file against `written` would leave a reaction per file on it until the end.)
  let failure: Error | null = null;
  let abandon: ((error: Error) => void) | null = null;
  const settled = written.then(
    () => undefined,
    (error: unknown) => {
      failure = error instanceof Error ? error : new Error(String(error));
      abandon?.(failure);
    },
  );

  /** Adds one evidence file; resolves once its bytes have all been read, rejects if the package fails. */
  const addEvidence = (item: PackageEvidence): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      abandon = reject;
      // Lazy: the blob is opened only when the zip writer reaches this entry.
      zip.addReadStreamLazy(item.path, { ...entry, compress: false, size: item.size }, (cb) => {
        const source = new EvidenceStream(item, options.read, onBytes);
        // yazl does not listen for errors on the streams it reads: fail the whole package instead.
        source.on('error', (error) => {
          fail(error);
          reject(error);
        });
        source.on('end', () => {
          progress.filesDone += 1;
          report();
          resolve();
        });
        cb(null, source);
      });
    });

  try {
    const listed: ManifestFile[] = [];
    for (const doc of documents) {
      zip.addBuffer(doc.bytes, doc.path, { ...entry, compress: true });
      listed.push({ path: doc.path, size: doc.bytes.length, sha256: sha256(doc.bytes) });
      progress.bytesDone += doc.bytes.length;
      progress.filesDone += 1;
    }
    report();
    const finished = new FinishedEntries(zip as unknown as YazlEntries);
    for (const item of evidence) {
      if (failure) throw failure;
      options.signal?.throwIfAborted();
      finished.setAside();
      await addEvidence(item);
    }
    abandon = null;
    finished.restore();
    // The manifest lists the documents then the evidence (not itself); SHA256SUMS lists the manifest too.
    const count = listed.length + evidence.length;
    const fileAt = (i: number): ManifestFile => (i < listed.length ? listed[i]! : evidence[i - listed.length]!);
    const manifestFile = manifestBytes(manifest, count, fileAt);
    zip.addBuffer(manifestFile, MANIFEST, { ...entry, compress: true });
    const manifestListed = { path: MANIFEST, size: manifestFile.length, sha256: sha256(manifestFile) };
    const sums = sumsBytes(count + 1, (i) => (i < count ? fileAt(i) : manifestListed));
    zip.addBuffer(sums, SUMS, { ...entry, compress: true });
    zip.end();
    await written;
    fs.renameSync(partial, file);
    progress.filesDone = progress.filesTotal;
    report();
    // SHA256SUMS names the hash of every file, manifest.json included: its own hash fingerprints the whole
    // package, and anyone can recompute it with sha256sum (hashing the ZIP itself again would cost a second pass).
    return { size, fingerprint: sha256(sums), files: count + 2 };
  } catch (error) {
    fail(error instanceof Error ? error : new Error(String(error)));
    await settled;
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
