// The control-facing reads at benchmark scale: the demo vault at --size large (1,000 controls).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDemoVault } from '../../electron/services/demo';
import { dispatch } from '../../electron/services/dispatch';
import { Workbench } from '../../electron/services/workbench';
import { report } from './report';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-bench-controls-'));

async function median(name: string, input: unknown, wb: Workbench, runs = 15): Promise<{ ms: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const result = await dispatch(wb, name, input);
    times.push(performance.now() - t);
    if (!result.ok) throw new Error(result.error.message);
    bytes = JSON.stringify(result.value).length;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(runs / 2)]!, bytes };
}

try {
  const wb = new Workbench({ recentFile: path.join(dir, 'recent.json') });
  let t = performance.now();
  createDemoVault(wb, path.join(dir, 'large.attest'), 'large');
  const createSeconds = (performance.now() - t) / 1000;
  const list = await median('controls.list', {}, wb);
  const coverage = await median('criteria.coverage', {}, wb);
  const get = await median('controls.get', { id: 'ML-03' }, wb);
  t = performance.now();
  const result = await dispatch(wb, 'controls.setMappings', { id: 'ML-03', criteria: ['CC8.1', 'PI1.3', 'CC7.2'] });
  const mapMs = performance.now() - t;
  if (!result.ok) throw new Error(result.error.message);
  wb.closeVault();
  report('controls at benchmark scale (1,000 controls)', [
    ['create the large demo vault', createSeconds.toFixed(2), 's'],
    ['controls.list, median of 15', list.ms.toFixed(1), `ms  (${(list.bytes / 1024).toFixed(0)} KiB of JSON)`],
    ['criteria.coverage, median of 15', coverage.ms.toFixed(1), 'ms'],
    ['controls.get, median of 15', get.ms.toFixed(2), 'ms'],
    ['controls.setMappings (one write + audit entry)', mapMs.toFixed(2), 'ms'],
  ]);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
