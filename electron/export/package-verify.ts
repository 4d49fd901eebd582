import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { PackageManifest, PackageProblem, PackageVerification } from '../../shared/domain/description';
import { MANIFEST, SUMS } from './package-zip';

// Checks a package the way the CPA firm would, without unpacking it: every file
// listed in SHA256SUMS must be there with that hash, nothing else may be there,
// manifest.json must be there and listed, and it must name exactly the files
// SHA256SUMS names, with the same hashes. Files stream through the hash
// one at a time, so a package of any size is checked in bounded memory.

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: false }, (error, zip) =>
      error || !zip ? reject(error ?? new Error('unreadable')) : resolve(zip),
    ),
  );
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) =>
      error || !stream ? reject(error ?? new Error('unreadable')) : resolve(stream),
    ),
  );
}

async function* entries(zip: ZipFile): AsyncGenerator<Entry> {
  while (true) {
    const next = await new Promise<Entry | null>((resolve, reject) => {
      const onEntry = (e: Entry): void => {
        cleanup();
        resolve(e);
      };
      const onEnd = (): void => {
        cleanup();
        resolve(null);
      };
      const onError = (e: Error): void => {
        cleanup();
        reject(e);
      };
      const cleanup = (): void => {
        zip.off('entry', onEntry);
        zip.off('end', onEnd);
        zip.off('error', onError);
      };
      zip.on('entry', onEntry);
      zip.on('end', onEnd);
      zip.on('error', onError);
      zip.readEntry();
    });
    if (!next) return;
    yield next;
  }
}

interface Read {
  sha256: string;
  size: number;
  /** Kept only for the two small files verification reads as text. */
  text?: string;
}

async function readEntry(zip: ZipFile, entry: Entry): Promise<Read> {
  const stream = await openEntry(zip, entry);
  const hash = createHash('sha256');
  const keep = entry.fileName === SUMS || entry.fileName === MANIFEST;
  const kept: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    if (keep) kept.push(chunk);
  }
  return { sha256: hash.digest('hex'), size, ...(keep ? { text: Buffer.concat(kept).toString('utf8') } : {}) };
}

/** SHA256SUMS lines: "<64 hex>  <path>" (or " *<path>" for binary mode). */
export function parseSums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m) sums.set(m[2]!, m[1]!);
  }
  return sums;
}

/**
 * manifest.json is what says which files the package is made of; SHA256SUMS only says what their bytes are. So
 * the manifest must be there and listed in SHA256SUMS, and the two must name the same files with the same
 * hashes: a file added to both the ZIP and SHA256SUMS is still extra when the manifest does not list it.
 */
function checkManifest(found: ReadonlyMap<string, Read>, sums: ReadonlyMap<string, string>): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const text = found.get(MANIFEST)?.text;
  if (text === undefined) {
    if (!sums.has(MANIFEST)) {
      problems.push({ path: MANIFEST, problem: 'missing', detail: 'The package has no manifest.json' });
    }
    return problems; // listed but absent: already reported as missing
  }
  if (!sums.has(MANIFEST)) {
    problems.push({
      path: MANIFEST,
      problem: 'missing',
      detail: 'manifest.json is not listed in SHA256SUMS, so nothing vouches for it',
    });
  }
  let manifest: PackageManifest;
  try {
    manifest = JSON.parse(text) as PackageManifest;
    if (!Array.isArray(manifest.files)) throw new Error('no files');
  } catch {
    problems.push({ path: MANIFEST, problem: 'unreadable', detail: 'manifest.json is not a valid package manifest' });
    return problems;
  }
  const listed = new Set<string>();
  for (const f of manifest.files) {
    listed.add(f.path);
    const sum = sums.get(f.path);
    if (sum === undefined) {
      problems.push({ path: f.path, problem: 'missing', detail: 'Listed in manifest.json but not in SHA256SUMS' });
    } else if (sum !== f.sha256) {
      problems.push({ path: f.path, problem: 'altered', detail: 'manifest.json and SHA256SUMS disagree on this file' });
    }
    const got = found.get(f.path);
    if (!got && sum === undefined) {
      problems.push({ path: f.path, problem: 'missing', detail: 'Listed in manifest.json but not in the package' });
    } else if (got && got.size >= 0 && got.size !== f.size) {
      problems.push({ path: f.path, problem: 'altered', detail: `Size is ${got.size}, manifest.json says ${f.size}` });
    }
  }
  for (const path of sums.keys()) {
    if (path !== MANIFEST && !listed.has(path)) {
      problems.push({ path, problem: 'extra', detail: 'Listed in SHA256SUMS but not in manifest.json' });
    }
  }
  return problems;
}

export async function verifyPackage(file: string): Promise<PackageVerification> {
  const problems: PackageProblem[] = [];
  let zip: ZipFile;
  try {
    zip = await openZip(file);
  } catch (error) {
    return {
      ok: false,
      file,
      checked: 0,
      problems: [{ path: file, problem: 'unreadable', detail: `Not a readable ZIP file: ${(error as Error).message}` }],
    };
  }
  const found = new Map<string, Read>();
  try {
    for await (const entry of entries(zip)) {
      if (entry.fileName.endsWith('/')) continue;
      try {
        found.set(entry.fileName, await readEntry(zip, entry));
      } catch (error) {
        // A changed byte in a stored entry shows up first as a CRC mismatch.
        problems.push({ path: entry.fileName, problem: 'altered', detail: (error as Error).message });
        found.set(entry.fileName, { sha256: '', size: -1 });
      }
    }
  } catch (error) {
    problems.push({ path: file, problem: 'unreadable', detail: (error as Error).message });
  } finally {
    zip.close();
  }
  const sumsText = found.get(SUMS)?.text;
  if (sumsText === undefined) {
    problems.push({ path: SUMS, problem: 'missing', detail: 'The package has no SHA256SUMS file to check against' });
    return { ok: false, file, checked: 0, problems };
  }
  const sums = parseSums(sumsText);
  for (const [path, expected] of sums) {
    const got = found.get(path);
    if (!got) problems.push({ path, problem: 'missing', detail: 'Listed in SHA256SUMS but not in the package' });
    else if (got.size >= 0 && got.sha256 !== expected) {
      problems.push({ path, problem: 'altered', detail: `SHA-256 is ${got.sha256}, SHA256SUMS says ${expected}` });
    }
  }
  for (const path of found.keys()) {
    // An unlisted manifest.json is named by checkManifest, as the problem it is.
    if (path !== SUMS && path !== MANIFEST && !sums.has(path)) {
      problems.push({ path, problem: 'extra', detail: 'In the package but not listed in SHA256SUMS' });
    }
  }
  problems.push(...checkManifest(found, sums));
  // One line per file: a file both altered by CRC and by hash is reported once.
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.path}\u0000${p.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Checked: files whose hash matched SHA256SUMS and that nothing else is wrong with.
  const flagged = new Set(unique.map((p) => p.path));
  let checked = 0;
  for (const path of sums.keys()) if (found.has(path) && !flagged.has(path)) checked += 1;
  return { ok: unique.length === 0, file, checked, problems: unique };
}
