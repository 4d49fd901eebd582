// The risk and vendor registers at benchmark scale: a fresh vault with the small demo's records plus
// the large demo's bulk (a few hundred of each), built through demoRisksVendors alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { demoRisksVendors } from '../../electron/services/demo-data/risks-vendors';
import { dispatch } from '../../electron/services/dispatch';
import { Workbench } from '../../electron/services/workbench';
import { report } from './report';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-bench-risks-'));

async function median(name: string, input: unknown, wb: Workbench, runs = 15): Promise<{ ms: number; count: number }> {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const result = await dispatch(wb, name, input);
    times.push(performance.now() - t);
    if (!result.ok) throw new Error(result.error.message);
    count = Array.isArray(result.value) ? result.value.length : 1;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(runs / 2)]!, count };
}

try {
  const wb = new Workbench({ recentFile: path.join(dir, 'recent.json') });
  wb.createVault(path.join(dir, 'bench.attest'), {
    orgName: 'Fernhill',
    systemName: 'Fernhill platform',
    reportType: 'type1',
    asOfDate: '2026-06-30',
    periodStart: null,
    periodEnd: null,
    categories: ['confidentiality', 'processing-integrity'],
  });
  const t = performance.now();
  demoRisksVendors(wb.requireVault(), 'large');
  const buildMs = performance.now() - t;
  const risks = await median('risks.list', {}, wb);
  const vendors = await median('vendors.list', {}, wb);
  const cuecs = await median('cuecs.list', {}, wb);
  wb.closeVault();
  report(`risks and vendors at benchmark scale (${risks.count} risks, ${vendors.count} vendors)`, [
    ['demo records, small mix + large bulk', buildMs.toFixed(0), 'ms'],
    ['risks.list, median of 15', risks.ms.toFixed(1), 'ms'],
    ['vendors.list, median of 15', vendors.ms.toFixed(1), 'ms'],
    ['cuecs.list, median of 15', cuecs.ms.toFixed(2), 'ms'],
  ]);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
