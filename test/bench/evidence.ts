// Evidence at scale: 2,000 small files through the real attach paths (one by
// one, as uploads arrive; and as one batch, as the CLI and the Electron shell
// attach many files), and listing 50,000 evidence items through the contract.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/services/dispatch';
import { attachBytes, attachFile, attachFiles } from '../../electron/services/evidence-ingest';
import { Workbench } from '../../electron/services/workbench';
import { report } from './report';

const SMALL_FILES = Number(process.env.BENCH_SMALL_FILES ?? 2000);
const ITEMS = Number(process.env.BENCH_EVIDENCE_ITEMS ?? 50_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-bench-evidence-'));
const rssMiB = () => process.memoryUsage().rss / 1024 / 1024;
const meta = (i: number) => ({
  title: `Evidence ${i}`,
  description: '',
  type: 'other' as const,
  owner: '',
  controls: ['AC-01'],
});

function newVault(name: string): Workbench {
  const wb = new Workbench({ recentFile: path.join(dir, `${name}.json`) });
  wb.createVault(path.join(dir, `${name}.attest`), {
    orgName: 'Bench Co',
    systemName: 'Bench platform',
    reportType: 'type1',
    asOfDate: '2026-06-30',
    periodStart: null,
    periodEnd: null,
    categories: [],
  });
  return wb;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** CPU seconds of this process since `from`: on a machine shared with other work, steadier than the clock. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};

try {
  const files: string[] = [];
  let total = 0;
  for (let i = 0; i < SMALL_FILES; i++) {
    const size = (10 + Math.floor(Math.random() * 191)) * 1024;
    const file = path.join(dir, `evidence-${i}.bin`);
    fs.writeFileSync(file, randomBytes(size));
    files.push(file);
    total += size;
  }
  const mib = total / 1024 / 1024;
  let t = performance.now();
  let cpu = process.cpuUsage();
  for (const file of files) createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  const rawSeconds = (performance.now() - t) / 1000;
  const rawCpu = cpuSince(cpu);
  // What any durable copy of the same bytes costs on this disk: read, hash, write, one fsync at the end.
  t = performance.now();
  const fd = fs.openSync(path.join(dir, 'copy.bin'), 'w');
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    createHash('sha256').update(bytes).digest('hex');
    fs.writeSync(fd, bytes);
  }
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.rmSync(path.join(dir, 'copy.bin'));
  const copySeconds = (performance.now() - t) / 1000;

  const one = newVault('one');
  global.gc?.();
  const rssBefore = rssMiB();
  let rssPeak = rssBefore;
  t = performance.now();
  cpu = process.cpuUsage();
  for (const [i, file] of files.entries()) {
    await attachFile(one.requireVault(), file, meta(i), 'bench');
    if (i % 50 === 0) rssPeak = Math.max(rssPeak, rssMiB());
  }
  const oneSeconds = (performance.now() - t) / 1000;
  const oneCpu = cpuSince(cpu);
  one.closeVault();

  const batch = newVault('batch');
  t = performance.now();
  cpu = process.cpuUsage();
  const outcomes = await attachFiles(batch.requireVault(), files, (_f, i) => meta(i), 'bench', {
    onFile: (i) => {
      if (i % 50 === 0) rssPeak = Math.max(rssPeak, rssMiB());
    },
  });
  const batchSeconds = (performance.now() - t) / 1000;
  const batchCpu = cpuSince(cpu);
  if (outcomes.some((o) => !o.ok)) throw new Error('a file of the batch was not attached');

  // Bulk items for the listing figure: tiny distinct files through the same attach path, 1,000 a commit.
  const wb = batch;
  const vault = wb.requireVault();
  t = performance.now();
  for (let from = files.length; from < ITEMS; from += 1000) {
    vault.db
      .transaction(() => {
        for (let i = from; i < Math.min(ITEMS, from + 1000); i++) {
          attachBytes(
            vault,
            `item-${i}.txt`,
            Buffer.from(`evidence item ${i}`),
            {
              ...meta(i),
              type: 'ticket',
              controls: [i % 2 ? 'AC-01' : 'OP-03'],
              effectiveDate: '2026-06-01',
            },
            'bench',
          );
        }
      })
      .immediate();
  }
  const fillSeconds = (performance.now() - t) / 1000;
  const list = async () => {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const r = await dispatch(wb, 'evidence.list', {});
    if (!r.ok) throw new Error(r.error.message);
    return { ms: performance.now() - start, cpuMs: cpuSince(startCpu) * 1000, count: (r.value as unknown[]).length };
  };
  // Built: the first list after the vault is opened reads every item.
  const built: number[] = [];
  const builtCpu: number[] = [];
  let count = 0;
  const vaultPath = vault.path;
  for (let i = 0; i < 5; i++) {
    wb.closeVault();
    wb.openVault(vaultPath);
    const r = await list();
    built.push(r.ms);
    builtCpu.push(r.cpuMs);
    count = r.count;
  }
  // After an attach: the kept list takes in what the audit trail says was written.
  const patched: number[] = [];
  for (let i = 0; i < 5; i++) {
    attachBytes(wb.requireVault(), `late-${i}.txt`, Buffer.from(`late item ${i}`), meta(ITEMS + i), 'bench');
    patched.push((await list()).ms);
  }
  // Unchanged: nothing written since the last list.
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push((await list()).ms);
  wb.closeVault();

  report(`evidence (${SMALL_FILES.toLocaleString('en-US')} small files of 10-200 KiB, ${mib.toFixed(0)} MiB)`, [
    ['read + SHA-256 in Node', rawSeconds.toFixed(2), `s  (${(mib / rawSeconds).toFixed(0)} MiB/s)`],
    [
      'read + SHA-256 + write one plain file + fsync',
      copySeconds.toFixed(2),
      `s  (${(mib / copySeconds).toFixed(0)} MiB/s)`,
    ],
    [
      'attach one by one (one commit each)',
      oneSeconds.toFixed(2),
      `s  (${(mib / oneSeconds).toFixed(0)} MiB/s, ${(SMALL_FILES / oneSeconds).toFixed(0)} files/s)`,
    ],
    [
      'attach as one batch (CLI, Electron)',
      batchSeconds.toFixed(2),
      `s  (${(mib / batchSeconds).toFixed(0)} MiB/s, ${(SMALL_FILES / batchSeconds).toFixed(0)} files/s)`,
    ],
    ['one by one / raw speed (goal >= 0.50)', (rawSeconds / oneSeconds).toFixed(2), ''],
    ['batch / raw speed (goal >= 0.50)', (rawSeconds / batchSeconds).toFixed(2), ''],
    ['batch / durable plain copy speed', (copySeconds / batchSeconds).toFixed(2), ''],
    [
      'CPU seconds: raw / one by one / batch',
      `${rawCpu.toFixed(2)} / ${oneCpu.toFixed(2)} / ${batchCpu.toFixed(2)}`,
      's',
    ],
    ['CPU-time ratio, raw / batch', (rawCpu / batchCpu).toFixed(2), ''],
    ['peak RSS growth during attach (goal < 150)', (rssPeak - rssBefore).toFixed(0), 'MiB'],
  ]);
  report(`evidence listing (${count.toLocaleString('en-US')} items)`, [
    ['fill (attach, 1,000 a commit)', fillSeconds.toFixed(1), 's'],
    ['first evidence.list after opening, median of 5 (goal < 150)', median(built).toFixed(0), 'ms'],
    ['first evidence.list after opening, CPU time, median of 5', median(builtCpu).toFixed(0), 'ms'],
    ['evidence.list after an attach, median of 5', median(patched).toFixed(1), 'ms'],
    ['evidence.list unchanged vault, median of 5', median(warm).toFixed(1), 'ms'],
  ]);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
