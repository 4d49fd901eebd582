// Incidents and access reviews at scale: listing 5,000 incidents and exporting them as CSV through the
// contract, and importing a 20,000-account user export into one access review.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/services/dispatch';
import { demoIncidents } from '../../electron/services/demo-data/incidents';
import { Workbench } from '../../electron/services/workbench';
import { report } from './report';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 20_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-bench-incidents-'));
const rssMiB = () => process.memoryUsage().rss / 1024 / 1024;

async function call<T>(wb: Workbench, name: string, input: unknown): Promise<T> {
  const result = await dispatch(wb, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

try {
  const wb = new Workbench({ recentFile: path.join(dir, 'recent.json') });
  wb.createVault(path.join(dir, 'bench.attest'), {
    orgName: 'Bench Co',
    systemName: 'Bench platform',
    reportType: 'type2',
    asOfDate: null,
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    categories: [],
  });
  let t = performance.now();
  demoIncidents(wb.requireVault(), 'large');
  const seedSeconds = (performance.now() - t) / 1000;

  t = performance.now();
  const list = await call<unknown[]>(wb, 'incidents.list', {});
  const listMs = performance.now() - t;
  t = performance.now();
  const filtered = await call<unknown[]>(wb, 'incidents.list', {
    severity: ['SEV1'],
    from: '2026-03-01',
    to: '2026-04-30',
  });
  const filterMs = performance.now() - t;
  t = performance.now();
  const csv = await call<{ count: number; csv: string }>(wb, 'incidents.exportCsv', {});
  const csvMs = performance.now() - t;

  const lines = ['Email;Full name;Role;Last sign-in'];
  for (let i = 0; i < ACCOUNTS; i++)
    lines.push(`user${i}@bench.example;"User ${i}";member;2026-05-${String((i % 28) + 1).padStart(2, '0')}`);
  const text = `\uFEFF${lines.join('\r\n')}\r\n`;
  const system = await call<{ id: number }>(wb, 'accessSystems.create', { name: 'Bench directory' });
  const review = await call<{ id: number }>(wb, 'accessReviews.create', {
    systemId: system.id,
    periodStart: '2026-04-01',
    periodEnd: '2026-06-30',
    reviewer: 'Bench',
    reviewDate: '2026-06-28',
  });
  t = performance.now();
  await call(wb, 'accessReviews.importAccounts', {
    reviewId: review.id,
    csv: text,
    mapping: { email: 0, name: 1, role: 2, lastLogin: 3 },
  });
  const importMs = performance.now() - t;
  t = performance.now();
  await call(wb, 'accessReviews.get', { id: review.id });
  const getMs = performance.now() - t;
  t = performance.now();
  await call(wb, 'accessReviews.complete', { id: review.id, keepUndecided: true });
  const completeMs = performance.now() - t;
  t = performance.now();
  const coverage = await call<{ systems: unknown[] }>(wb, 'accessReviews.coverage', {});
  const coverageMs = performance.now() - t;
  wb.closeVault();

  report('Incidents and access reviews', [
    ['seed 5,000 incidents + 2,000 reviews (20,000 accounts)', seedSeconds.toFixed(2), 's'],
    [`incidents.list, ${list.length} incidents`, listMs.toFixed(0), 'ms'],
    [`incidents.list filtered (${filtered.length} match)`, filterMs.toFixed(0), 'ms'],
    [
      `incidents.exportCsv, ${csv.count} rows, ${(csv.csv.length / 1024 / 1024).toFixed(1)} MiB`,
      csvMs.toFixed(0),
      'ms',
    ],
    [
      `importAccounts, ${ACCOUNTS.toLocaleString('en-US')} rows (${(text.length / 1024 / 1024).toFixed(1)} MiB CSV)`,
      importMs.toFixed(0),
      'ms',
    ],
    [`accessReviews.get with ${ACCOUNTS.toLocaleString('en-US')} accounts`, getMs.toFixed(0), 'ms'],
    ['accessReviews.complete (snapshot hash)', completeMs.toFixed(0), 'ms'],
    [`accessReviews.coverage, ${coverage.systems.length} systems`, coverageMs.toFixed(0), 'ms'],
    ['peak RSS', rssMiB().toFixed(0), 'MiB'],
  ]);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
