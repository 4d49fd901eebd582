import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { Vault } from '../../../electron/vault/vault';
import { capture } from '../../helpers/cli';
import { tempDir } from '../../helpers/tmp';

beforeEach(() => {
  process.env.ATTEST_HOME = tempDir();
});

async function newVault(): Promise<string> {
  const file = path.join(tempDir(), 'acme.attest');
  const code = await runCli(['init', file, '--org', 'Acme AI', '--type', '1', '--as-of', '2026-06-30'], capture());
  expect(code).toBe(0);
  return file;
}

/** Everything implemented, owned and evidenced, risks assessed, description written: what is left are warnings. */
function makeReady(file: string): void {
  const vault = Vault.open(file);
  const db = vault.db;
  db.prepare("UPDATE control SET status = 'implemented', owner = 'Dana Price'").run();
  db.prepare(
    "INSERT INTO blob (sha256, size, chunk_size, state, created_at) VALUES (?, 0, 4194304, 'ready', '2026-01-01')",
  ).run('0'.repeat(64));
  const today = '2026-06-15';
  const id = db
    .prepare(
      `INSERT INTO evidence (blob_sha256, title, type, file_name, media_type, size, collected_at, effective_date,
         created_at, updated_at) VALUES (?, 'Screens', 'other', 'a.png', 'image/png', 0, ?, ?, ?, ?)`,
    )
    .run('0'.repeat(64), today, today, today, today).lastInsertRowid;
  db.prepare('INSERT INTO evidence_control (evidence_id, control_id) SELECT ?, id FROM control').run(id);
  db.prepare(
    "INSERT INTO risk_assessment (completed_on, performed_by, risk_count, recorded_at) VALUES (?, 'Dana Price', 0, ?)",
  ).run(today, today);
  db.prepare(
    `INSERT INTO description (id, services_provided, signatory_name, signatory_title, signed_on, updated_at)
     VALUES (1, 'Model delivery for clients', 'Dana Price', 'CEO', ?, ?)`,
  ).run(today, today);
  const item = db.prepare('INSERT INTO description_item (section, position, title) VALUES (?, 0, ?)');
  for (const section of ['commitment', 'infrastructure', 'software', 'people', 'procedures', 'data'])
    item.run(section, `A ${section} entry`);
  vault.close();
}

describe('attest check', () => {
  it('exits 1 and lists blockers with their fix for a new vault', async () => {
    const file = await newVault();
    const io = capture();
    expect(await runCli(['check', file], io)).toBe(1);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/Self-check as of \d{4}-\d{2}-\d{2}: readiness \d+\.\d\/100/);
    expect(text).toMatch(/BLOCKERS \(\d+\)/);
    expect(text).toContain('fix: ');
    expect(text).toContain('Not ready for the auditor');
  });

  it('exits 0 when no blocker remains, and --json prints the result', async () => {
    const file = await newVault();
    makeReady(file);
    const io = capture();
    expect(await runCli(['check', file, '--json', '--as-of', '2026-07-01'], io)).toBe(0);
    const result = JSON.parse(io.stdout.join('')) as {
      asOf: string;
      counts: { blocker: number; warning: number };
      score: { overall: number };
      findings: { key: string }[];
    };
    expect(result.asOf).toBe('2026-07-01');
    expect(result.counts.blocker).toBe(0);
    expect(result.findings.map((f) => f.key)).toContain('verification-recent:vault');
    expect(result.score.overall).toBeGreaterThan(80);
  });

  it('exits 2 on a bad date or missing vault argument, 3 on a missing vault file', async () => {
    const file = await newVault();
    let io = capture();
    expect(await runCli(['check', file, '--as-of', '2026-02-30'], io)).toBe(2);
    expect(io.stderr[0]).toContain('--as-of must be a calendar date');
    io = capture();
    expect(await runCli(['check'], io)).toBe(2);
    io = capture();
    expect(await runCli(['check', path.join(tempDir(), 'missing.attest')], io)).toBe(3);
    expect(io.stderr).toHaveLength(1);
  });
});
