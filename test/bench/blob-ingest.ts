// Blob ingest of a large file against reading and hashing it with Node alone,
// with the peak memory growth of the ingesting process.
import { createHash, randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import { CHUNK_SIZE, CHUNKS_PER_COMMIT } from '../../electron/vault/blobs';
import { Vault } from '../../electron/vault/vault';
import { report } from './report';

const SIZE = Number(process.env.BENCH_BLOB_MIB ?? 1024) * 1024 * 1024;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-bench-blob-'));
const source = path.join(dir, 'evidence.bin');
const mib = SIZE / 1024 / 1024;
// Overrides to compare vault settings; the defaults are what Attest ships.
const chunkSize = Number(process.env.BENCH_CHUNK_KIB ?? CHUNK_SIZE / 1024) * 1024;
const chunksPerCommit = Number(process.env.BENCH_CHUNKS_PER_COMMIT ?? CHUNKS_PER_COMMIT);
const rssMiB = () => process.memoryUsage().rss / 1024 / 1024;

function writeSource(): void {
  const block = Buffer.allocUnsafe(8 * 1024 * 1024);
  const fd = fs.openSync(source, 'w');
  for (let written = 0; written < SIZE; written += block.length) {
    randomFillSync(block);
    fs.writeSync(fd, block, 0, Math.min(block.length, SIZE - written));
  }
  fs.closeSync(fd);
}

async function readAndHash(): Promise<{ seconds: number; cpu: number; sha: string }> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const hash = createHash('sha256');
  for await (const piece of fs.createReadStream(source, { highWaterMark: 1024 * 1024 })) hash.update(piece as Buffer);
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - t) / 1000, cpu: (used.user + used.system) / 1e6, sha: hash.digest('hex') };
}

/** Read + hash + write a new plain file + fsync: what any durable copy costs on this disk. */
async function durableCopy(): Promise<number> {
  const t = performance.now();
  const hash = createHash('sha256');
  const fd = fs.openSync(path.join(dir, 'copy.bin'), 'w');
  for await (const piece of fs.createReadStream(source, { highWaterMark: 1024 * 1024 })) {
    hash.update(piece as Buffer);
    fs.writeSync(fd, piece as Buffer);
  }
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.rmSync(path.join(dir, 'copy.bin'));
  return (performance.now() - t) / 1000;
}

try {
  writeSource();
  await readAndHash(); // warm the page cache so every pass reads the same way
  const raw = await readAndHash();
  const copySeconds = await durableCopy();

  const vault = Vault.create(
    path.join(dir, 'bench.attest'),
    {
      orgName: 'Bench Co',
      systemName: 'Bench platform',
      reportType: 'type1',
      asOfDate: '2026-06-30',
      periodStart: null,
      periodEnd: null,
      categories: [],
    },
    { chunkSize, chunksPerCommit },
  );
  global.gc?.();
  const rssBefore = rssMiB();
  let rssPeak = rssBefore;
  const t = performance.now();
  const cpu = process.cpuUsage();
  const put = await vault.blobs.put(fs.createReadStream(source, { highWaterMark: 1024 * 1024 }), {
    onProgress: () => {
      rssPeak = Math.max(rssPeak, rssMiB());
    },
  });
  const ingestSeconds = (performance.now() - t) / 1000;
  const cpuUsed = process.cpuUsage(cpu);
  const ingestCpu = (cpuUsed.user + cpuUsed.system) / 1e6;
  const tc = performance.now();
  vault.db.pragma('wal_checkpoint(TRUNCATE)');
  const checkpointSeconds = (performance.now() - tc) / 1000;
  if (put.sha256 !== raw.sha) throw new Error('ingest hash differs from the raw hash');

  const tr = performance.now();
  const back = createHash('sha256');
  await pipeline(vault.blobs.read(put.sha256), async (stream: AsyncIterable<Buffer>) => {
    for await (const piece of stream) {
      back.update(piece);
      rssPeak = Math.max(rssPeak, rssMiB());
    }
  });
  const readSeconds = (performance.now() - tr) / 1000;
  if (back.digest('hex') !== raw.sha) throw new Error('read-back hash differs');
  vault.close();

  const ratio = raw.seconds / ingestSeconds;
  report(`blob ingest (${mib} MiB of random bytes; ${chunkSize / 1024} KiB chunks, ${chunksPerCommit} per commit)`, [
    ['read + SHA-256 in Node (the floor)', raw.seconds.toFixed(2), `s  (${(mib / raw.seconds).toFixed(0)} MiB/s)`],
    [
      'read + SHA-256 + write a plain file + fsync',
      copySeconds.toFixed(2),
      `s  (${(mib / copySeconds).toFixed(0)} MiB/s)`,
    ],
    ['ingest into the vault', ingestSeconds.toFixed(2), `s  (${(mib / ingestSeconds).toFixed(0)} MiB/s)`],
    ['WAL checkpoint after ingest', checkpointSeconds.toFixed(2), 's'],
    ['ingest speed / raw speed (goal >= 0.50)', ratio.toFixed(2), ''],
    ['ingest + checkpoint speed / raw speed', (raw.seconds / (ingestSeconds + checkpointSeconds)).toFixed(2), ''],
    ['ingest / durable plain copy speed', (copySeconds / ingestSeconds).toFixed(2), ''],
    ['CPU seconds: raw / ingest', `${raw.cpu.toFixed(2)} / ${ingestCpu.toFixed(2)}`, 's'],
    ['read back + SHA-256 from the vault', readSeconds.toFixed(2), `s  (${(mib / readSeconds).toFixed(0)} MiB/s)`],
    ['peak RSS growth during ingest and read (goal < 150)', (rssPeak - rssBefore).toFixed(0), 'MiB'],
  ]);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
