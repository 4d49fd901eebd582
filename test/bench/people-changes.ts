// People and change records at benchmark scale: the demo's records plus the large demo's bulk
// (500 people, 3,000 changes), then topped up to tens of thousands to show the lists stay quick.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { bulkPeopleChanges, demoPeopleChanges } from '../../electron/services/demo-data/people-changes';
import { dispatch } from '../../electron/services/dispatch';
import { updateEngagement } from '../../electron/services/engagement';
import { Workbench } from '../../electron/services/workbench';
import { report } from './report';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-bench-people-'));

async function median(name: string, input: unknown, wb: Workbench, runs = 9): Promise<{ ms: number; count: number }> {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const result = await dispatch(wb, name, input);
    times.push(performance.now() - t);
    if (!result.ok) throw new Error(result.error.message);
    count = Array.isArray(result.value) ? result.value.length : (result.value as { rows: number }).rows;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(runs / 2)]!, count };
}

function csvOf(rows: number): string {
  const lines = ['Ticket,Title,Author,Approver,Deployed on'];
  for (let i = 0; i < rows; i++)
    lines.push(`IMP-${i},Imported change ${i},Tomás Novak,Daniel Reyes,2026-0${1 + (i % 6)}-15`);
  return lines.join('\n');
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
    categories: ['confidentiality'],
  });
  const vault = wb.requireVault();
  updateEngagement(vault, {
    orgName: 'Fernhill',
    systemName: 'Fernhill platform',
    reportType: 'type2',
    asOfDate: '',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
  });
  let t = performance.now();
  demoPeopleChanges(vault, 'large');
  const largeMs = performance.now() - t;
  const people500 = await median('people.list', {}, wb);
  const changes3k = await median('changes.list', {}, wb);
  t = performance.now();
  bulkPeopleChanges(vault, 20_000, 30_000);
  const bulkMs = performance.now() - t;
  const people = await median('people.list', {}, wb);
  const changes = await median('changes.list', {}, wb);
  const population = await median('changes.population', {}, wb, 5);
  const csv = csvOf(10_000);
  t = performance.now();
  const imported = await dispatch(wb, 'changes.import', {
    csv,
    mapping: { ticketRef: 'Ticket', title: 'Title', author: 'Author', approver: 'Approver', deployedOn: 'Deployed on' },
  });
  const importMs = performance.now() - t;
  if (!imported.ok) throw new Error(imported.error.message);
  wb.closeVault();
  report('people and change records at benchmark scale', [
    ['large demo records (500 people, 3,000 changes)', largeMs.toFixed(0), 'ms'],
    [`people.list, ${people500.count} people, median of 9`, people500.ms.toFixed(1), 'ms'],
    [`changes.list, ${changes3k.count} changes, median of 9`, changes3k.ms.toFixed(1), 'ms'],
    ['top up to 20,000 people and 30,000 changes', bulkMs.toFixed(0), 'ms'],
    [`people.list, ${people.count} people, median of 9`, people.ms.toFixed(1), 'ms'],
    [`changes.list, ${changes.count} changes, median of 9`, changes.ms.toFixed(1), 'ms'],
    [`changes.population (${population.count} rows of CSV), median of 5`, population.ms.toFixed(1), 'ms'],
    ['changes.import of 10,000 CSV rows (checked, then one write)', importMs.toFixed(0), 'ms'],
  ]);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
