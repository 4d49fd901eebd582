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
  open(): Readable;
}

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

/** One line per file in the format `sha256sum -c` reads: hash, two spaces, path. */
export function sumsText(files: readonly ManifestFile[]): string {
  return files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
}

const SLICE = 1024 * 1024;

/**
 * The vault hands out evidence in 4 MiB chunks; passed on as 1 MiB views of them,
 * each stage of the pipeline holds at most one view, so fewer chunks are alive at once.
 */
async function* slices(source: Readable): AsyncGenerator<Buffer> {
  for await (const chunk of source as AsyncIterable<Buffer>) {
    for (let at = 0; at < chunk.length; at += SLICE) yield chunk.subarray(at, at + SLICE);
  }
}

/** Hashes and counts the bytes passing through, and refuses bytes that differ from what the vault recorded. */
class Checked extends Transform {
  private readonly hash = createHash('sha256');
  private seen = 0;

  constructor(
    private readonly item: PackageEvidence,
    private readonly onBytes: (n: number) => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null, data?: Buffer) => void): void {
    this.hash.update(chunk);
    this.seen += chunk.length;
    this.onBytes(chunk.length);
    done(null, chunk);
  }

  override _flush(done: (error?: Error | null) => void): void {
    const actual = this.hash.digest('hex');
    if (actual !== this.item.sha256 || this.seen !== this.item.size) {
      done(
        new Error(
          `The stored bytes of ${this.item.path} no longer match their recorded SHA-256; run attest verify on the vault`,
        ),
      );
    } else done();
  }
}

/**
 * Writes the package to `file` (through a temporary name, renamed at the end so
 * a failed export never leaves a half-written package under the real name).
 */
export async function writePackageZip(
  file: string,
  manifest: Omit<PackageManifest, 'files'>,
  documents: readonly PackageDocument[],
  evidence: readonly PackageEvidence[],
  options: { mtime: Date; onProgress?: (p: PackageProgress) => void },
): Promise<WrittenPackage> {
  const zip = new ZipFile();
  zip.on('error', (error: Error) => (zip.outputStream as PassThrough).destroy(error));
  const entry = { mtime: options.mtime, mode: FILE_MODE };
  const files: ManifestFile[] = [];
  const progress: PackageProgress = {
    bytesDone: 0,
    bytesTotal: documents.reduce((a, d) => a + d.bytes.length, 0) + evidence.reduce((a, e) => a + e.size, 0),
    filesDone: 0,
    filesTotal: documents.length + evidence.length + 2,
  };
  const report = (): void => options.onProgress?.({ ...progress });

  for (const doc of documents) {
    zip.addBuffer(doc.bytes, doc.path, { ...entry, compress: true });
    files.push({ path: doc.path, size: doc.bytes.length, sha256: sha256(doc.bytes) });
    progress.bytesDone += doc.bytes.length;
    progress.filesDone += 1;
  }
  report();
  for (const item of evidence) {
    // Lazy: the blob is opened only when the zip writer reaches this entry, so one is open at a time.
    zip.addReadStreamLazy(item.path, { ...entry, compress: false, size: item.size }, (cb) => {
      let last = 0;
      const checked = new Checked(item, (n) => {
        progress.bytesDone += n;
        // A report per ~8 MiB keeps polling cheap without making the bar jumpy.
        if (progress.bytesDone - last >= 8 * 1024 * 1024) {
          last = progress.bytesDone;
          report();
        }
      });
      checked.on('end', () => {
        progress.filesDone += 1;
        report();
      });
      // yazl does not listen for errors on the streams it reads: fail the whole package instead.
      checked.on('error', (error) => (zip.outputStream as PassThrough).destroy(error));
      const source = Readable.from(slices(item.open()), { objectMode: false });
      source.on('error', (error) => checked.destroy(error));
      cb(null, source.pipe(checked));
    });
    files.push({ path: item.path, size: item.size, sha256: item.sha256 });
  }
  const manifestBytes = Buffer.from(`${JSON.stringify({ ...manifest, files }, null, 2)}\n`, 'utf8');
  zip.addBuffer(manifestBytes, MANIFEST, { ...entry, compress: true });
  const sums = sumsText([...files, { path: MANIFEST, size: manifestBytes.length, sha256: sha256(manifestBytes) }]);
  zip.addBuffer(Buffer.from(sums, 'utf8'), SUMS, { ...entry, compress: true });
  zip.end();

  const partial = `${file}.partial`;
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(zip.outputStream, count, fs.createWriteStream(partial));
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  progress.filesDone = progress.filesTotal;
  report();
  // SHA256SUMS names the hash of every file, manifest.json included: its own hash fingerprints the whole
  // package, and anyone can recompute it with sha256sum (hashing the ZIP itself again would cost a second pass).
  return { size, fingerprint: sha256(sums), files: files.length + 2 };
}
