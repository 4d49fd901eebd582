// Vault open time on a vault with 100k audit entries.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { appendAudit, listAudit, verifyAudit } from '../../electron/vault/audit';
import { Vault } from '../../electron/vault/vault';
import { report } from './report';

const ENTRIES = Number(process.env.BENCH_AUDIT_ENTRIES ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-bench-open-'));
const file = path.join(dir, 'bench.attest');

try {
  const vault = Vault.create(file, {
    orgName: 'Bench Co',
    systemName: 'Bench platform',
    reportType: 'type2',
    asOfDate: null,
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    categories: [],
  });
  let t = performance.now();
  const insert = vault.db.transaction((from: number) => {
    for (let i = from; i < from + 1000 && i < ENTRIES; i++) {
      appendAudit(vault.db, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), {
        operation: 'engagement.update',
        entity: 'engagement',
        entityId: '1',
        summary: `Changed organisation: Bench ${i} → Bench ${i + 1}`,
      });
    }
  });
  for (let i = 0; i < ENTRIES; i += 1000) insert(i);
  const fillMs = performance.now() - t;
  vault.close();

  const opens: number[] = [];
  for (let i = 0; i < 7; i++) {
    t = performance.now();
    const v = Vault.open(file);
    v.info();
    opens.push(performance.now() - t);
    v.close();
  }
  const v = Vault.open(file);
  t = performance.now();
  listAudit(v.db, 50);
  const latestMs = performance.now() - t;
  t = performance.now();
  const chain = verifyAudit(v.db);
  const verifyMs = performance.now() - t;
  v.close();
  opens.sort((a, b) => a - b);
  report('vault open (100k audit entries)', [
    ['audit entries', chain.entries.toLocaleString('en-US'), ''],
    ['vault file size', (fs.statSync(file).size / 1024 / 1024).toFixed(1), 'MiB'],
    ['fill time (1000 entries per transaction)', (fillMs / 1000).toFixed(2), 's'],
    ['open, median of 7', opens[3]!.toFixed(1), 'ms'],
    ['open, slowest of 7 (first is cold)', opens[6]!.toFixed(1), 'ms'],
    ['latest 50 audit entries', latestMs.toFixed(2), 'ms'],
    ['verify the whole audit chain', verifyMs.toFixed(0), 'ms'],
  ]);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
