import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { describe, expect, it } from 'vitest';
import type { ManifestFile, PackageManifest } from '../../../shared/domain/description';
import {
  manifestBytes,
  MANIFEST,
  SUMS,
  writePackageZip,
  type PackageDocument,
  type PackageEvidence,
} from '../../../electron/export/package-zip';
import { tempDir } from '../../helpers/tmp';

// The package writer on its own: many files, one evidence stream open at a time,
// and the same bytes as yazl gives when every entry is queued up front (what the
// writer did before it fed entries one at a time).

const MTIME = new Date('2026-07-03T09:30:00.000Z');
const MANIFEST_HEAD = {
  format: 'attest-package',
  formatVersion: 1,
  vaultId: 'vault-1',
  engagement: {
    orgName: 'Ærøskøbing Données — 東京',
    systemName: 'Platform',
    reportType: 'type1',
    asOfDate: '2026-06-30',
    periodStart: null,
    periodEnd: null,
    categories: ['confidentiality'],
  },
  exportedAt: MTIME.toISOString(),
  generator: 'Attest test',
  draft: false,
} as Omit<PackageManifest, 'files'>;

const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

interface Fake {
  documents: PackageDocument[];
  evidence: PackageEvidence[];
  bytes: Map<string, Buffer[]>;
}

/** `count` evidence files (a few empty, one spanning several chunks), stored as the chunks given. */
function fake(count: number): Fake {
  const documents: PackageDocument[] = [
    { path: '01 Description.pdf', bytes: Buffer.from('%PDF-1.4 description\n'.repeat(200)) },
    { path: 'evidence-index.csv', bytes: Buffer.from('\uFEFFEvidence,Title\r\nE-1,Scan — 東京\r\n') },
  ];
  const evidence: PackageEvidence[] = [];
  const bytes = new Map<string, Buffer[]>();
  for (let i = 0; i < count; i++) {
    let chunks: Buffer[];
    if (i === 1) {
      // 2.5 MiB in chunks of 1.5 MiB and 1 MiB: slices cross chunk boundaries.
      const big = Buffer.alloc(2.5 * 1024 * 1024);
      for (let b = 0; b < big.length; b++) big[b] = (b * 31 + 7) & 0xff;
      chunks = [big.subarray(0, 1.5 * 1024 * 1024), big.subarray(1.5 * 1024 * 1024)];
    } else if (i % 97 === 5) {
      chunks = [];
    } else {
      chunks = [Buffer.from(`evidence ${i} é\n`.repeat(1 + (i % 7)))];
    }
    const all = Buffer.concat(chunks);
    const hash = sha(all);
    bytes.set(hash, chunks);
    evidence.push({
      path: `evidence/C-${i % 13}/E-${i} Rapport de sécurité — 東京 ${i}.pdf`,
      sha256: hash,
      size: all.length,
    });
  }
  return { documents, evidence, bytes };
}

/** The package as yazl writes it with every entry queued at once, manifest and sums made with JSON.stringify. */
async function reference(file: string, f: Fake): Promise<void> {
  const zip = new ZipFile();
  const entry = { mtime: MTIME, mode: 0o100644 };
  const files: ManifestFile[] = [];
  for (const doc of f.documents) {
    zip.addBuffer(doc.bytes, doc.path, { ...entry, compress: true });
    files.push({ path: doc.path, size: doc.bytes.length, sha256: sha(doc.bytes) });
  }
  for (const item of f.evidence) {
    zip.addReadStreamLazy(item.path, { ...entry, compress: false, size: item.size }, (cb) =>
      cb(null, Readable.from(f.bytes.get(item.sha256)!)),
    );
    files.push({ path: item.path, size: item.size, sha256: item.sha256 });
  }
  const manifest = Buffer.from(`${JSON.stringify({ ...MANIFEST_HEAD, files }, null, 2)}\n`, 'utf8');
  zip.addBuffer(manifest, MANIFEST, { ...entry, compress: true });
  files.push({ path: MANIFEST, size: manifest.length, sha256: sha(manifest) });
  zip.addBuffer(Buffer.from(files.map((x) => `${x.sha256}  ${x.path}\n`).join(''), 'utf8'), SUMS, {
    ...entry,
    compress: true,
  });
  zip.end();
  await pipeline(zip.outputStream, fs.createWriteStream(file));
}

/** A reader over the fake's chunks that counts how many files are open at once. */
function reader(f: Fake, options: { failAt?: string } = {}) {
  const state = { open: 0, maxOpen: 0, opened: 0 };
  const read = (item: PackageEvidence): Iterable<Buffer> => ({
    *[Symbol.iterator]() {
      if (item.path === options.failAt) throw new Error(`No blob for ${item.path}`);
      state.open += 1;
      state.opened += 1;
      state.maxOpen = Math.max(state.maxOpen, state.open);
      try {
        yield* f.bytes.get(item.sha256)!;
      } finally {
        state.open -= 1;
      }
    },
  });
  return { read, state };
}

describe('package writer', () => {
  it('writes thousands of files one evidence stream at a time, byte for byte what yazl writes', async () => {
    const dir = tempDir('attest-package-zip-');
    const f = fake(3000);
    const { read, state } = reader(f);
    const out = path.join(dir, 'package.zip');
    const progress: number[] = [];
    const written = await writePackageZip(out, MANIFEST_HEAD, f.documents, f.evidence, {
      mtime: MTIME,
      read,
      onProgress: (p) => progress.push(p.filesDone),
    });
    expect(state).toEqual({ open: 0, maxOpen: 1, opened: 3000 });
    expect(written.files).toBe(3000 + 2 + 2);
    expect(written.size).toBe(fs.statSync(out).size);
    expect(progress.at(-1)).toBe(written.files);

    const expected = path.join(dir, 'reference.zip');
    await reference(expected, f);
    expect(fs.readFileSync(out).equals(fs.readFileSync(expected))).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['package.zip', 'reference.zip']);

    const root = tempDir('attest-package-zip-unzip-');
    execFileSync('unzip', ['-q', out, '-d', root]);
    const sums = fs.readFileSync(path.join(root, SUMS));
    expect(written.fingerprint).toBe(sha(sums));
    expect(execFileSync('sha256sum', ['-c', '--quiet', SUMS], { cwd: root, encoding: 'utf8' })).toBe('');
  });

  it('writes manifest.json as JSON.stringify does, with or without files', () => {
    const files: ManifestFile[] = [
      { path: 'evidence/C-1/E-1 "quoted" \\ back\u0001 — 東京 \ud83d\ude00.pdf', size: 0, sha256: sha('') },
      { path: 'a.csv', size: 12, sha256: sha('a') },
    ];
    for (const list of [[], files.slice(0, 1), files]) {
      expect(manifestBytes(MANIFEST_HEAD, list.length, (i) => list[i]!).toString('utf8')).toBe(
        `${JSON.stringify({ ...MANIFEST_HEAD, files: list }, null, 2)}\n`,
      );
    }
  });

  it('stops at the first evidence file it cannot read, opens none after it and leaves no file', async () => {
    const dir = tempDir('attest-package-zip-');
    const f = fake(50);
    const { read, state } = reader(f, { failAt: f.evidence[20]!.path });
    const out = path.join(dir, 'package.zip');
    await expect(writePackageZip(out, MANIFEST_HEAD, f.documents, f.evidence, { mtime: MTIME, read })).rejects.toThrow(
      /No blob for evidence\/C-7\/E-20 /,
    );
    expect(state.opened).toBe(20);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses bytes that no longer match the recorded SHA-256 or size', async () => {
    const dir = tempDir('attest-package-zip-');
    for (const change of ['hash', 'size'] as const) {
      const f = fake(10);
      const victim = f.evidence[3]!;
      f.evidence[3] = change === 'hash' ? { ...victim, sha256: sha('other') } : { ...victim, size: victim.size + 1 };
      f.bytes.set(f.evidence[3].sha256, f.bytes.get(victim.sha256)!);
      const { read } = reader(f);
      await expect(
        writePackageZip(path.join(dir, `${change}.zip`), MANIFEST_HEAD, f.documents, f.evidence, {
          mtime: MTIME,
          read,
        }),
      ).rejects.toThrow(/E-3 .* no longer match their recorded SHA-256/);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('cancelling the writer', () => {
  it('stops before the next evidence file and leaves neither the package nor its partial file', async () => {
    const f = fake(40);
    const dir = tempDir();
    const file = path.join(dir, 'package.zip');
    const controller = new AbortController();
    let filesSeen = 0;
    const writing = writePackageZip(file, MANIFEST_HEAD, f.documents, f.evidence, {
      mtime: MTIME,
      read: (item) => f.bytes.get(item.sha256)!.values(),
      signal: controller.signal,
      onProgress: (p) => {
        filesSeen = p.filesDone;
        // Once the documents and a few evidence files are in, the person presses Cancel.
        if (p.filesDone >= f.documents.length + 3) controller.abort();
      },
    });
    await expect(writing).rejects.toMatchObject({ name: 'AbortError' });
    expect(filesSeen).toBeLessThan(f.documents.length + f.evidence.length);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
