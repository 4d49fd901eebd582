import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ControlPeriodCoverage, EvidenceSummary } from '../../../shared/domain/evidence';
import { dispatch } from '../../../electron/services/dispatch';
import { listEvidenceSummaries } from '../../../electron/services/evidence-list';
import { attachFile, attachFiles, READ_WHOLE_BYTES } from '../../../electron/services/evidence-ingest';
import { Workbench } from '../../../electron/services/workbench';
import { listAudit } from '../../../electron/vault/audit';
import { Vault } from '../../../electron/vault/vault';
import { titleFromFileName } from '../../../shared/domain/evidence';
import { tempDir } from '../../helpers/tmp';
import { newWorkbench, tableCounts } from '../../helpers/vault';

async function call<T>(wb: Workbench, name: string, input: unknown): Promise<T> {
  const result = await dispatch(wb, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const meta = (title: string, controls = ['AC-02']) => ({
  title,
  description: '',
  type: 'system-export' as const,
  owner: 'Priya',
  controls,
});

function write(dir: string, name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('attaching many files at once', () => {
  it('makes each file its own item with its own audit entry; a bad file is reported and skipped', async () => {
    const wb = newWorkbench();
    const vault = wb.requireVault();
    const dir = tempDir();
    const files = [
      write(dir, 'users.csv', 'email,mfa\nana@acme.ai,yes\n'),
      path.join(dir, 'vanished.csv'),
      write(dir, 'scan.txt', randomBytes(150 * 1024)),
      write(dir, 'users again.csv', 'email,mfa\nana@acme.ai,yes\n'),
      write(dir, 'big.bin', randomBytes(READ_WHOLE_BYTES + 1)),
    ];
    const auditBefore = listAudit(vault.db, 1000).length;
    const seen: number[] = [];
    const outcomes = await attachFiles(vault, files, (f) => meta(path.basename(f)), 'collector.sh', {
      onFile: (i) => seen.push(i),
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true, true, true]);
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4]);
    const failed = outcomes[1]!;
    expect(!failed.ok && failed.error).toMatchObject({
      code: 'invalid_input',
      message: 'Cannot read vanished.csv: ENOENT',
    });
    // The second copy of users.csv linked the first item instead of storing the bytes again.
    const again = outcomes[3]!;
    const first = outcomes[0]!;
    expect(again.ok && first.ok && again.result.duplicateOf).toBe(first.ok ? first.result.item.id : -1);

    const list = await call<EvidenceSummary[]>(wb, 'evidence.list', {});
    expect(list).toHaveLength(3);
    expect(Object.keys(list[0]!).sort()).toEqual(
      [
        'controls',
        'effectiveDate',
        'fileName',
        'freshness',
        'id',
        'owner',
        'size',
        'source',
        'title',
        'type',
        'validUntil',
      ].sort(),
    );
    expect(list.find((e) => e.fileName === 'big.bin')).toMatchObject({
      size: READ_WHOLE_BYTES + 1,
      source: 'collector.sh',
    });
    expect(listAudit(vault.db, 1000).length - auditBefore).toBe(4);
    expect(vault.blobs.counts()).toEqual({ blobs: 3, chunks: 5, pending: 0 });
    expect(await call(wb, 'vault.verify', {})).toMatchObject({ ok: true, blobsChecked: 3 });
    wb.closeVault();
  });

  it('leaves neither bytes nor item behind when a streamed file cannot be attached', async () => {
    const wb = newWorkbench();
    const vault = wb.requireVault();
    const big = write(tempDir(), 'export.bin', randomBytes(READ_WHOLE_BYTES + 100));
    const before = tableCounts(vault);
    await expect(attachFile(vault, big, meta('Export', ['ZZ-99']), 'cli')).rejects.toThrow('No control ZZ-99');
    expect(tableCounts(vault)).toEqual(before);
    // Cancelled mid-way: nothing either.
    const controller = new AbortController();
    await expect(
      attachFile(vault, big, meta('Export'), 'cli', {
        signal: controller.signal,
        onProgress: (loaded) => loaded > 0 && controller.abort(),
      }),
    ).rejects.toThrow();
    expect(tableCounts(vault)).toEqual(before);
    wb.closeVault();
  });
});

describe('the evidence list', () => {
  it('filters by control and sees evidence another process added while the vault was open', async () => {
    const wb = newWorkbench();
    const vault = wb.requireVault();
    const dir = tempDir();
    await attachFile(vault, write(dir, 'a.csv', 'a'), meta('A', ['AC-02']), 'cli');
    await attachFile(vault, write(dir, 'b.csv', 'b'), meta('B', ['AC-03', 'AC-02']), 'cli');
    expect((await call<EvidenceSummary[]>(wb, 'evidence.list', {})).map((e) => e.title).sort()).toEqual(['A', 'B']);
    const onlyAc3 = await call<EvidenceSummary[]>(wb, 'evidence.list', { control: 'AC-03' });
    expect(onlyAc3.map((e) => [e.title, e.controls])).toEqual([['B', ['AC-02', 'AC-03']]]);
    const bad = await dispatch(wb, 'evidence.list', { control: 'not a control!' });
    expect(bad.ok).toBe(false);

    // The CLI, say, adds an item through its own connection.
    const other = Vault.open(vault.path);
    await attachFile(other, write(dir, 'c.csv', 'c'), meta('C'), 'cli');
    other.close();
    expect((await call<EvidenceSummary[]>(wb, 'evidence.list', {})).map((e) => e.title).sort()).toEqual([
      'A',
      'B',
      'C',
    ]);
    // And an edit through this one shows at once.
    const [c] = await call<EvidenceSummary[]>(wb, 'evidence.list', { control: 'AC-02' });
    await call(wb, 'evidence.update', { id: c!.id, meta: { title: 'C renamed', type: 'other', controls: ['AC-02'] } });
    expect((await call<EvidenceSummary[]>(wb, 'evidence.list', {})).map((e) => e.title)).toContain('C renamed');
    wb.closeVault();
  });
});

describe('the kept list', () => {
  it('stays equal to a list built afresh through attaches, edits, duplicates, removals and control changes', async () => {
    const wb = newWorkbench();
    const vault = wb.requireVault();
    const dir = tempDir();
    const fresh = () => {
      // Another connection has no kept list: it builds one from the rows.
      const other = Vault.open(vault.path);
      try {
        return listEvidenceSummaries(other);
      } finally {
        other.close();
      }
    };
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await attachFile(
        vault,
        write(dir, `f${i}.txt`, `file ${i}`),
        { ...meta(`F${i}`, i % 3 ? ['AC-02'] : ['AC-02', 'OP-03']), effectiveDate: `2026-0${1 + (i % 6)}-1${i % 9}` },
        'cli',
      );
      ids.push(r.item.id);
    }
    expect(listEvidenceSummaries(vault)).toEqual(fresh());
    const steps: (() => Promise<unknown> | unknown)[] = [
      () => call(wb, 'evidence.update', { id: ids[3], meta: { ...meta('F3 moved'), effectiveDate: '2025-12-01' } }),
      () => call(wb, 'evidence.remove', { id: ids[5], reason: 'Wrong file' }),
      () => attachFile(vault, write(dir, 'copy.txt', 'file 7'), meta('Copy of F7', ['AC-03']), 'cli'),
      () => attachFile(vault, write(dir, 'new.txt', 'new'), { ...meta('New'), effectiveDate: '2026-03-14' }, 'cli'),
      () =>
        call(wb, 'evidence.update', {
          id: ids[0],
          meta: { ...meta('F0'), validUntil: '2030-01-01', controls: ['OP-03'] },
        }),
      // A control's frequency decides validity: changing it rebuilds the list.
      async () => {
        const full = await call<Record<string, unknown>>(wb, 'controls.get', { id: 'AC-02' });
        return call(wb, 'controls.update', {
          id: 'AC-02',
          name: full.name,
          description: full.description,
          ownerRole: full.ownerRole,
          owner: full.owner,
          frequency: 'weekly',
          type: full.type,
          mode: full.mode,
          status: full.status,
        });
      },
      () => call(wb, 'evidence.remove', { id: ids[11], reason: 'Superseded' }),
    ];
    for (const [i, step] of steps.entries()) {
      await step();
      expect(listEvidenceSummaries(vault), `after step ${i}`).toEqual(fresh());
    }
    wb.closeVault();
  });
});

describe('period coverage of population evidence', () => {
  it('counts an export covering a range in every bucket it overlaps', async () => {
    const dir = tempDir();
    const wb = new Workbench({
      recentFile: path.join(dir, 'r.json'),
      vaultOptions: { now: () => new Date('2026-07-01T09:00:00Z') },
    });
    wb.createVault(path.join(dir, 'v.attest'), {
      orgName: 'Acme AI',
      systemName: 'S',
      reportType: 'type2',
      asOfDate: null,
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      categories: [],
    });
    await attachFile(
      wb.requireVault(),
      write(dir, 'uptime.json', '{"uptime": 99.9}'),
      {
        ...meta('Scans, Feb to Apr', ['OP-03']),
        effectiveDate: '2026-05-02',
        coversFrom: '2026-02-01',
        coversTo: '2026-04-30',
      },
      'cli',
    );
    const coverage = await call<ControlPeriodCoverage[]>(wb, 'evidence.periodCoverage', {});
    const uptime = coverage.find((c) => c.controlId === 'OP-03')!;
    expect(uptime.buckets.map((b) => b.items)).toEqual([0, 1, 1, 1, 0, 0]);
    expect(uptime.covered).toBe(3);
    wb.closeVault();
  });
});

describe('a file that changes while it is read', () => {
  const size = READ_WHOLE_BYTES + 4 * 1024 * 1024;
  for (const [what, change] of [
    ['shrinks', (file: string) => fs.truncateSync(file, 3 * 1024 * 1024)],
    ['grows', (file: string) => fs.appendFileSync(file, randomBytes(2 * 1024 * 1024))],
  ] as const) {
    it(`is refused when it ${what}, and leaves nothing behind`, async () => {
      const wb = newWorkbench();
      const vault = wb.requireVault();
      const file = write(tempDir(), 'export-in-progress.log', randomBytes(size));
      const before = tableCounts(vault);
      let changed = false;
      const attaching = attachFile(vault, file, meta('Log'), 'cli', {
        onProgress: () => {
          if (!changed) change(file);
          changed = true;
        },
      });
      await expect(attaching).rejects.toMatchObject({
        code: 'conflict',
        message: expect.stringContaining('export-in-progress.log changed while it was being read'),
      });
      expect(tableCounts(vault)).toEqual(before);
      expect(vault.blobs.counts()).toEqual({ blobs: 0, chunks: 0, pending: 0 });
      wb.closeVault();
    });
  }
});

describe('titles taken from file names', () => {
  it('drop control characters and are cut to fit, so the file still attaches', async () => {
    const wb = newWorkbench();
    const vault = wb.requireVault();
    const dir = tempDir();
    const long = `${'é'.repeat(20)}${'a'.repeat(210)}.csv`;
    const outcomes = await attachFiles(
      vault,
      [write(dir, 'r\u001b[31mé\u0007d.txt', 'red'), write(dir, long, 'long')],
      (f) => ({ ...meta('x'), title: titleFromFileName(f) }),
      'cli',
    );
    expect(outcomes.map((o) => (o.ok ? o.result.item.title : o.error.message))).toEqual([
      'r[31méd',
      `${'é'.repeat(20)}${'a'.repeat(180)}`,
    ]);
    // A title typed with a control character is cleaned the same way.
    const first = outcomes[0]!;
    if (!first.ok) throw new Error(first.error.message);
    const updated = await call<{ title: string }>(wb, 'evidence.update', {
      id: first.result.item.id,
      meta: { ...meta('Bell\u0007 here') },
    });
    expect(updated.title).toBe('Bell here');
    wb.closeVault();
  });
});

describe('editing an item', () => {
  it('keeps the dates that the edit leaves out, and clears one set to null', async () => {
    const wb = newWorkbench();
    const vault = wb.requireVault();
    const { item } = await attachFile(
      vault,
      write(tempDir(), 'users.csv', 'email\nana@acme.ai\n'),
      {
        ...meta('Users'),
        effectiveDate: '2026-01-15',
        coversFrom: '2026-01-01',
        coversTo: '2026-01-14',
        validUntil: '2027-01-01',
      },
      'cli',
    );
    const renamed = await call<Record<string, unknown>>(wb, 'evidence.update', {
      id: item.id,
      meta: meta('Users, January'),
    });
    expect(renamed).toMatchObject({
      title: 'Users, January',
      effectiveDate: '2026-01-15',
      coversFrom: '2026-01-01',
      coversTo: '2026-01-14',
      validUntilOverride: '2027-01-01',
      validUntil: '2027-01-01',
    });
    const cleared = await call<Record<string, unknown>>(wb, 'evidence.update', {
      id: item.id,
      meta: { ...meta('Users, January'), validUntil: null, coversFrom: null, coversTo: null },
    });
    expect(cleared).toMatchObject({
      effectiveDate: '2026-01-15',
      coversFrom: null,
      coversTo: null,
      validUntilOverride: null,
    });
    expect(cleared.validUntil).toBe('2026-04-15');
    wb.closeVault();
  });
});
