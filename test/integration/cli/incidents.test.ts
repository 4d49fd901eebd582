import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { completeReview, createReview, createSystem, importAccounts } from '../../../electron/services/access-reviews';
import { createIncident } from '../../../electron/services/incidents';
import { Vault } from '../../../electron/vault/vault';
import { parseCsv } from '../../../shared/csv';
import { incidentFieldsSchema } from '../../../shared/domain/incidents';
import { capture } from '../../helpers/cli';
import { tempDir } from '../../helpers/tmp';

beforeEach(() => {
  process.env.ATTEST_HOME = tempDir();
});

/** A Type II vault (Jan-Jun 2026) with incidents in, before and after the period. */
async function vaultWithIncidents(): Promise<string> {
  const file = path.join(tempDir(), 'fernhill.attest');
  expect(
    await runCli(['init', file, '--org', 'Fernhill', '--type', '2', '--period', '2026-01-01..2026-06-30'], capture()),
  ).toBe(0);
  const vault = Vault.open(file, { now: () => new Date('2026-07-10T12:00:00Z') });
  const add = (title: string, occurredAt: string, extra: Record<string, unknown> = {}) =>
    createIncident(
      vault,
      incidentFieldsSchema.parse({
        title,
        severity: 'SEV3',
        category: 'availability',
        occurredAt,
        detectedAt: occurredAt,
        ...extra,
      }),
    );
  add('Before the period', '2025-12-20T10:00:00Z');
  add('Model endpoint returned stale answers', '2026-02-11T08:30:00Z', {
    category: 'ai-model-failure',
    severity: 'SEV2',
  });
  add('Prompt injection via uploaded brief', '2026-05-02T14:00:00Z', {
    category: 'ai-prompt-injection',
    significant: true,
    significantReason: 'Client instructions were overridden',
  });
  add('After the period', '2026-07-02T10:00:00Z');
  vault.close();
  return file;
}

describe('attest incidents', () => {
  it('lists incidents with filters, as text or JSON', async () => {
    const file = await vaultWithIncidents();
    const io = capture();
    expect(await runCli(['incidents', file], io)).toBe(0);
    expect(io.stdout.at(-1)).toBe('4 incidents; 4 open or contained');
    expect(io.stdout[0]).toMatch(/^INC-0004 {2}2026-07-02 10:00 {2}SEV3 {2}open/);

    const json = capture();
    expect(
      await runCli(['incidents', file, '--category', 'ai-prompt-injection,ai-model-failure', '--json'], json),
    ).toBe(0);
    expect((JSON.parse(json.stdout[0]!) as { title: string }[]).map((i) => i.title)).toEqual([
      'Prompt injection via uploaded brief',
      'Model endpoint returned stale answers',
    ]);
    const significant = capture();
    await runCli(['incidents', file, '--significant', '--json'], significant);
    expect(JSON.parse(significant.stdout[0]!)).toHaveLength(1);
  });

  it('exports the audit period population as CSV by default, or a chosen period to a file', async () => {
    const file = await vaultWithIncidents();
    const io = capture();
    expect(await runCli(['incidents', file, '--csv'], io)).toBe(0);
    const rows = parseCsv(io.stdout.join('\n')).rows.map((r) => r.cells);
    expect(rows[0]![0]).toBe('Reference');
    expect(rows.slice(1).map((r) => r[1])).toEqual([
      'Model endpoint returned stale answers',
      'Prompt injection via uploaded brief',
    ]);

    const out = path.join(tempDir(), 'incidents.csv');
    const written = capture();
    expect(
      await runCli(['incidents', file, '--csv', '--from', '2025-12-01', '--to', '2026-02-28', '--out', out], written),
    ).toBe(0);
    expect(written.stdout[0]).toBe(`Wrote 2 incidents from 2025-12-01 to 2026-02-28 to ${out}`);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFReference,')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('exits 2 with one line on stderr for bad usage or input', async () => {
    const file = await vaultWithIncidents();
    for (const args of [
      ['incidents', file, '--severity', 'SEV9'],
      ['incidents', file, '--from', '2026-13-01'],
      ['incidents', file, '--out', 'x.csv'],
      ['incidents', file, '--csv', '--status', 'open'],
      ['incidents'],
    ]) {
      const io = capture();
      expect(await runCli(args, io), args.join(' ')).toBe(2);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toMatch(/^attest incidents: /);
    }
    const missing = capture();
    expect(await runCli(['incidents', path.join(tempDir(), 'none.attest')], missing)).toBe(3);
  });
});

describe('attest access-reviews', () => {
  it('imports accounts from a CSV, and exits 1 while a system is overdue or missed a window', async () => {
    const file = path.join(tempDir(), 'v.attest');
    await runCli(['init', file, '--org', 'Fernhill', '--type', '2', '--period', '2026-01-01..2026-06-30'], capture());
    const vault = Vault.open(file, { now: () => new Date('2026-07-10T12:00:00Z') });
    const system = createSystem(vault, {
      name: 'GitHub',
      owner: 'Dan',
      inScope: true,
      criticality: 'high',
      reviewFrequency: 'quarterly',
      description: '',
    });
    const review = createReview(vault, {
      systemId: system.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      reviewer: 'Dan',
      reviewDate: '2026-03-30',
      notes: '',
    });
    vault.close();

    const csvFile = path.join(tempDir(), 'users.csv');
    fs.writeFileSync(csvFile, '\uFEFFLogin email;Display name;Org role\r\na@x.test;A;owner\r\nb@x.test;B;member\r\n');
    const io = capture();
    expect(await runCli(['access-reviews', 'import', file, '--review', String(review.id), csvFile], io)).toBe(0);
    expect(io.stdout[0]).toBe(
      'Imported 2 accounts (name ← Display name, email ← Login email, role ← Org role); the review now holds 2',
    );

    const bad = path.join(tempDir(), 'bad.csv');
    fs.writeFileSync(bad, 'email,name\nc@x.test,C\n\nc@x.test,C again\n');
    const refused = capture();
    expect(await runCli(['access-reviews', 'import', file, '--review', String(review.id), bad], refused)).toBe(2);
    expect(refused.stderr[0]).toMatch(/Nothing was imported: 1 problem in .*bad\.csv/);
    expect(refused.stderr[1]).toBe('line 4: c@x.test is listed twice (also on line 2)');

    const v2 = Vault.open(file, { now: () => new Date('2026-07-10T12:00:00Z') });
    completeReview(v2, { id: review.id, keepUndecided: true });
    expect(() =>
      importAccounts(v2, {
        reviewId: review.id,
        csv: 'email\nz@x.test\n',
        mapping: { email: 0, name: null, role: null, lastLogin: null },
      }),
    ).toThrow(/locked/);
    v2.close();

    const status = capture();
    expect(await runCli(['access-reviews', file, '--as-of', '2026-07-10'], status)).toBe(1);
    expect(status.stdout.join('\n')).toMatch(
      /GitHub +Overdue +next due 2026-06-30 {2}Q1 2026: reviewed, Q2 2026: missing/,
    );
    const early = capture();
    expect(await runCli(['access-reviews', file, '--as-of', '2026-04-20'], early)).toBe(0);
  });
});
