import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { getEvidence } from '../../../electron/services/evidence';
import { Vault } from '../../../electron/vault/vault';
import { capture } from '../../helpers/cli';
import { tempDir } from '../../helpers/tmp';

beforeEach(() => {
  process.env.ATTEST_HOME = tempDir();
});

describe('attest CLI', () => {
  it('init creates a vault with the engagement given on the command line', async () => {
    const file = path.join(tempDir(), 'acme');
    const io = capture();
    const code = await runCli(
      [
        'init',
        file,
        '--org',
        'Acme AI',
        '--type',
        '2',
        '--period',
        '2026-01-01..2026-06-30',
        '--categories',
        'availability,privacy',
        '--json',
      ],
      io,
    );
    expect(code).toBe(0);
    const info = JSON.parse(io.stdout[0]!) as { path: string; orgName: string };
    expect(info).toMatchObject({ path: `${file}.attest`, orgName: 'Acme AI' });
    const vault = Vault.open(info.path);
    const row = vault.db.prepare('SELECT report_type, period_start, period_end FROM engagement').get();
    expect(row).toEqual({ report_type: 'type2', period_start: '2026-01-01', period_end: '2026-06-30' });
    expect(vault.db.prepare('SELECT category FROM engagement_category ORDER BY category').pluck().all()).toEqual([
      'availability',
      'privacy',
      'security',
    ]);
    vault.close();
  });

  it('exits 2 with one line on stderr for bad usage or bad input, creating nothing', async () => {
    const dir = tempDir();
    const cases: string[][] = [
      ['init', path.join(dir, 'a.attest')],
      ['init', path.join(dir, 'b.attest'), '--org', 'X', '--type', '3'],
      ['init', path.join(dir, 'c.attest'), '--org', 'X', '--period', '2026-06-01..2026-01-01'],
      ['init', path.join(dir, 'd.attest'), '--org', 'X', '--categories', 'marketing'],
      ['init', path.join(dir, 'e.attest'), '--org', 'X', '--as-of', '2026-13-01'],
      ['init', path.join(dir, 'f.attest'), '--org', 'X', '--bogus'],
      ['frobnicate'],
    ];
    for (const args of cases) {
      const io = capture();
      expect(await runCli(args, io), args.join(' ')).toBe(2);
      expect(io.stderr, args.join(' ')).toHaveLength(1);
      expect(io.stderr[0]).toMatch(/^attest/);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('names the field that is wrong', async () => {
    const io = capture();
    await runCli(['init', path.join(tempDir(), 'x'), '--org', 'X', '--as-of', '2026-02-30'], io);
    expect(io.stderr[0]).toContain('asOfDate: This date does not exist on the calendar');
  });

  it('exits 3 when the vault cannot be used: from a newer Attest, or not a vault', async () => {
    const dir = tempDir();
    process.env.ATTEST_RENDERER_DIR = dir;
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    const file = path.join(dir, 'future.attest');
    await runCli(['init', file, '--org', 'Future Co'], capture());
    const raw = new Database(file);
    raw.pragma('user_version = 42');
    raw.close();
    const io = capture();
    expect(await runCli(['serve', file, '--no-open', '--port', '0'], io)).toBe(3);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/newer Attest/);
    fs.writeFileSync(path.join(dir, 'junk.attest'), 'junk');
    const io2 = capture();
    expect(await runCli(['serve', path.join(dir, 'junk.attest'), '--no-open'], io2)).toBe(3);
    expect(io2.stderr[0]).toMatch(/not an Attest vault/);
    delete process.env.ATTEST_RENDERER_DIR;
  });

  it('demo creates a realistic fictional agency vault', async () => {
    const file = path.join(tempDir(), 'demo.attest');
    const io = capture();
    expect(await runCli(['demo', file], io)).toBe(0);
    const vault = Vault.open(file);
    expect(vault.info().orgName).toBe('Fernhill Analytics');
    const e = vault.db.prepare('SELECT report_type, period_start, period_end FROM engagement').get() as {
      report_type: string;
      period_start: string;
      period_end: string;
    };
    expect(e.report_type).toBe('type2');
    expect(e.period_start < e.period_end).toBe(true);
    const statuses = vault.db
      .prepare('SELECT status, count(*) AS n FROM policy_version GROUP BY status ORDER BY status')
      .all() as { status: string; n: number }[];
    expect(statuses.map((r) => r.status)).toEqual(['approved', 'draft', 'in-review']);
    const controls = vault.db.prepare('SELECT status, count(*) AS n FROM control GROUP BY status').all() as {
      n: number;
    }[];
    expect(controls).toHaveLength(3);
    vault.close();
  });

  it('prints help and version', async () => {
    const io = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/attest init <vault> --org NAME/);
    const v = capture();
    expect(await runCli(['--version'], v)).toBe(0);
    expect(v.stdout[0]).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('attest criteria and controls', () => {
  it('lists the 61 criteria, as text and as JSON', async () => {
    const io = capture();
    expect(await runCli(['criteria', '--json'], io)).toBe(0);
    const list = JSON.parse(io.stdout[0]!) as { id: string }[];
    expect(list).toHaveLength(61);
    expect(list.map((c) => c.id)).toContain('C1.2');
    const text = capture();
    await runCli(['criteria'], text);
    expect(text.stdout.at(-1)).toBe('61 criteria');
    expect(text.stdout).toContain('Processing Integrity (5)');
  });

  it('init seeds controls by --categories, and controls lists them with their state', async () => {
    const dir = tempDir();
    await runCli(['init', path.join(dir, 'sec'), '--org', 'S'], capture());
    await runCli(
      [
        'init',
        path.join(dir, 'all'),
        '--org',
        'A',
        '--categories',
        'availability,processing-integrity,confidentiality,privacy',
      ],
      capture(),
    );
    const list = async (file: string) => {
      const io = capture();
      expect(await runCli(['controls', file, '--json'], io)).toBe(0);
      return JSON.parse(io.stdout[0]!) as { id: string; categories: string[] }[];
    };
    const sec = await list(path.join(dir, 'sec.attest'));
    const all = await list(path.join(dir, 'all.attest'));
    expect(sec.every((c) => c.categories.includes('security'))).toBe(true);
    expect(all.length).toBeGreaterThan(sec.length);
    expect(all.some((c) => c.categories.includes('privacy'))).toBe(true);
    const text = capture();
    await runCli(['controls', path.join(dir, 'sec.attest')], text);
    expect(text.stdout.at(-1)).toMatch(
      new RegExp(`^${sec.length} controls; ${sec.length} in scope and applicable, 0 implemented$`),
    );
  });

  it('controls exits 3 for a missing vault', async () => {
    const io = capture();
    expect(await runCli(['controls', path.join(tempDir(), 'none.attest')], io)).toBe(3);
    expect(io.stderr[0]).toMatch(/No vault at/);
  });
});

describe('attest evidence', () => {
  it('adds files to controls from a script, lists them, and reports a bad file without stopping', async () => {
    const dir = tempDir();
    const vaultFile = path.join(dir, 'ev.attest');
    await runCli(['init', vaultFile, '--org', 'Acme'], capture());
    const a = path.join(dir, 'scan-2026-11.txt');
    fs.writeFileSync(a, 'no critical findings');
    const io = capture();
    const code = await runCli(
      [
        'evidence',
        'add',
        vaultFile,
        '--control',
        'AC-01',
        '--control',
        'OP-03',
        '--type',
        'scan-report',
        '--effective',
        '2026-11-30',
        '--source',
        'nightly-scan.sh',
        '--covers-from',
        '2026-11-01',
        '--covers-to',
        '2026-11-30',
        '--owner',
        'Priya Shah',
        '--description',
        'Weekly external scan',
        a,
        path.join(dir, 'missing.txt'),
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.stdout[0]).toMatch(/^\[1\/2\] scan-2026-11.txt → evidence 1$/);
    expect(io.stderr).toEqual(['attest evidence add: Cannot read missing.txt: ENOENT']);
    const list = capture();
    expect(await runCli(['evidence', 'list', vaultFile, '--json'], list)).toBe(0);
    const [item] = JSON.parse(list.stdout[0]!) as {
      controls: string[];
      source: string;
      effectiveDate: string;
      type: string;
      owner: string;
    }[];
    expect(item).toMatchObject({
      controls: ['AC-01', 'OP-03'],
      source: 'nightly-scan.sh',
      effectiveDate: '2026-11-30',
      type: 'scan-report',
      owner: 'Priya Shah',
    });
    // The full item keeps the range the export covers and the description.
    const wbItem = Vault.open(vaultFile);
    try {
      expect(getEvidence(wbItem, 1)).toMatchObject({
        coversFrom: '2026-11-01',
        coversTo: '2026-11-30',
        description: 'Weekly external scan',
      });
    } finally {
      wbItem.close();
    }
    const reversed = capture();
    expect(
      await runCli(
        [
          'evidence',
          'add',
          vaultFile,
          '--control',
          'AC-01',
          '--covers-from',
          '2026-11-30',
          '--covers-to',
          '2026-11-01',
          a,
        ],
        reversed,
      ),
    ).toBe(2);
    expect(reversed.stderr.join('\n')).toMatch(/Covers-to must not be before covers-from/);
    const verify = capture();
    expect(await runCli(['verify', vaultFile], verify)).toBe(0);
    expect(verify.stdout.at(-1)).toBe('No problem found.');
  });
});
