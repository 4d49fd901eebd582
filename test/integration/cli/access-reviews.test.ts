import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { createReview, createSystem, importAccounts } from '../../../electron/services/access-reviews';
import { Vault } from '../../../electron/vault/vault';
import { capture } from '../../helpers/cli';
import { tempDir } from '../../helpers/tmp';
import { tableCounts } from '../../helpers/vault';

beforeEach(() => {
  process.env.ATTEST_HOME = tempDir();
});

const NOW = () => new Date('2026-07-10T12:00:00Z');

/** A vault with one GitHub review in progress, optionally holding some accounts already. */
async function vaultWithReview(existing: string[] = []): Promise<{ file: string; reviewId: number }> {
  const file = path.join(tempDir(), 'v.attest');
  await runCli(['init', file, '--org', 'Fernhill', '--type', '2', '--period', '2026-01-01..2026-06-30'], capture());
  const vault = Vault.open(file, { now: NOW });
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
    periodStart: '2026-04-01',
    periodEnd: '2026-06-26',
    reviewer: 'Dan',
    reviewDate: '2026-06-26',
    notes: '',
  });
  if (existing.length) {
    importAccounts(vault, {
      reviewId: review.id,
      csv: `email\n${existing.join('\n')}\n`,
      mapping: { email: 0, name: null, role: null, lastLogin: null },
    });
  }
  vault.close();
  return { file, reviewId: review.id };
}

function csvFile(text: string): string {
  const file = path.join(tempDir(), 'users.csv');
  fs.writeFileSync(file, text);
  return file;
}

function countsOf(file: string): Record<string, number> {
  const vault = Vault.open(file, { now: NOW });
  try {
    return tableCounts(vault);
  } finally {
    vault.close();
  }
}

describe('attest access-reviews import', () => {
  it('prints every problem of a refused file on its own line, not only the first few', async () => {
    const { file, reviewId } = await vaultWithReview();
    const rows = ['Email,Name,Role'];
    for (let i = 1; i <= 8; i++) rows.push(i % 2 ? `user${i}@x.test;User ${i};member` : `,User ${i},member`);
    const csv = csvFile(`${rows.join('\n')}\n`);
    const before = countsOf(file);

    const io = capture();
    expect(await runCli(['access-reviews', 'import', file, '--review', String(reviewId), csv], io)).toBe(2);
    expect(io.stderr[0]).toBe(
      `attest access-reviews: Nothing was imported: 8 problems in ${csv}; fix them and import the file again`,
    );
    expect(io.stderr.slice(1)).toEqual([
      'line 2: 1 cell, but the header has 3 columns',
      'line 3: the email is empty',
      'line 4: 1 cell, but the header has 3 columns',
      'line 5: the email is empty',
      'line 6: 1 cell, but the header has 3 columns',
      'line 7: the email is empty',
      'line 8: 1 cell, but the header has 3 columns',
      'line 9: the email is empty',
    ]);
    expect(io.stdout).toEqual([]);
    expect(countsOf(file)).toEqual(before);
  });

  it('--dry-run shows the column mapping and how many accounts would land, and imports nothing', async () => {
    const { file, reviewId } = await vaultWithReview(['old@x.test']);
    const csv = csvFile(
      '\uFEFFLogin email;Display name;Org role;Seats\r\na@x.test;A;owner;1\r\nb@x.test;B;member;1\r\n',
    );
    const before = countsOf(file);

    const io = capture();
    expect(await runCli(['access-reviews', 'import', file, '--review', String(reviewId), '--dry-run', csv], io)).toBe(
      0,
    );
    expect(io.stdout).toEqual([
      'Column mapping:',
      '  Email       ← "Login email" (column 1, guessed from the header)',
      '  Name        ← "Display name" (column 2, guessed from the header)',
      '  Role        ← "Org role" (column 3, guessed from the header)',
      '  Last login  not in the file',
      `Dry run: 2 accounts would be imported into review ${reviewId} (GitHub, 2026-04-01 to 2026-06-26), which would then hold 3. Nothing was imported.`,
    ]);
    expect(countsOf(file)).toEqual(before);

    // A column named on the command line is shown as such, and the guesses keep away from it.
    const named = capture();
    await runCli(
      ['access-reviews', 'import', file, '--review', String(reviewId), '--dry-run', '--role', 'seats', csv],
      named,
    );
    expect(named.stdout[3]).toBe('  Role        ← "Seats" (column 4, --role)');

    const json = capture();
    expect(
      await runCli(['access-reviews', 'import', file, '--review', String(reviewId), '--dry-run', '--json', csv], json),
    ).toBe(0);
    expect(JSON.parse(json.stdout[0]!)).toMatchObject({
      dryRun: true,
      mapping: { email: 0, name: 1, role: 2, lastLogin: null },
      columns: { email: 'Login email', name: 'Display name', role: 'Org role', lastLogin: null },
      wouldImport: 2,
      total: 3,
      problems: [],
    });
    expect(countsOf(file)).toEqual(before);
  });

  it('--dry-run reports what would refuse the import, emails already in the review included', async () => {
    const { file, reviewId } = await vaultWithReview(['a@x.test']);
    const csv = csvFile('email,name\na@x.test,A\nb@x.test,B,extra\n');
    const io = capture();
    expect(await runCli(['access-reviews', 'import', file, '--review', String(reviewId), '--dry-run', csv], io)).toBe(
      2,
    );
    expect(io.stdout[0]).toBe('Column mapping:');
    expect(io.stderr).toEqual([
      `attest access-reviews: Dry run: the import would be refused: 1 problem in ${csv}; fix it and import the file again`,
      'line 3: 3 cells, but the header has 2 columns',
    ]);
    // Once the file itself is clean, the accounts already in the review are what stands in the way.
    const clean = csvFile('email,name\na@x.test,A\nb@x.test,B\n');
    const again = capture();
    expect(
      await runCli(['access-reviews', 'import', file, '--review', String(reviewId), '--dry-run', clean], again),
    ).toBe(2);
    expect(again.stderr.slice(1)).toEqual(['line 2: a@x.test is already in this review']);
  });

  it('refuses two options naming the same column, in one line on stderr', async () => {
    const { file, reviewId } = await vaultWithReview();
    const csv = csvFile('email,name\na@x.test,A\n');
    const io = capture();
    expect(
      await runCli(
        ['access-reviews', 'import', file, '--review', String(reviewId), '--email', '1', '--name', '1', csv],
        io,
      ),
    ).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(
      /^attest access-reviews: Name and Email both read column 1; choose a different column for Name, or none\./,
    );
  });
});
