import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { parseCsv } from '../../../shared/csv';
import type { ChangeSummary } from '../../../shared/domain/changes';
import type { PersonSummary } from '../../../shared/domain/people';
import { capture } from '../../helpers/cli';
import { tempDir } from '../../helpers/tmp';

async function run(args: string[]) {
  const io = capture();
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

beforeEach(() => {
  process.env.ATTEST_HOME = tempDir();
});

async function periodVault(): Promise<string> {
  const file = path.join(tempDir(), 'acme.attest');
  const init = await run(['init', file, '--org', 'Acme AI', '--type', '2', '--period', '2026-01-01..2026-06-30']);
  expect(init.code).toBe(0);
  return file;
}

function write(name: string, text: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

describe('attest people and attest changes', () => {
  it('imports people with columns guessed from the header, and exports the period hires as CSV', async () => {
    const vault = await periodVault();
    const csv = write(
      'hr.csv',
      'Employee name;E-mail;Job title;Hire date;Termination date\n' +
        'Ada Lovelace;ada@acme.test;ML engineer;03/02/2026;\n' +
        'Bo Chen;bo@acme.test;Engineer;15/08/2025;31/03/2026\n',
    );
    const dry = await run(['people', 'import', vault, csv, '--date-format', 'DD/MM/YYYY', '--dry-run']);
    expect(dry).toMatchObject({ code: 0, stderr: [] });
    expect(dry.stdout[0]).toBe(
      'Columns: name ← "Employee name", email ← "E-mail", role ← "Job title", startDate ← "Hire date", endDate ← "Termination date"',
    );
    expect(dry.stdout[1]).toBe('2 rows checked; would import 2 people.');
    expect(JSON.parse((await run(['people', 'list', vault, '--json'])).stdout[0]!)).toEqual([]);

    expect((await run(['people', 'import', vault, csv, '--date-format', 'DD/MM/YYYY'])).stdout[1]).toBe(
      '2 rows checked; imported 2 people.',
    );
    const people = JSON.parse((await run(['people', 'list', vault, '--json'])).stdout[0]!) as PersonSummary[];
    expect(people.map((p) => [p.name, p.startDate, p.endDate])).toEqual([
      ['Ada Lovelace', '2026-02-03', null],
      ['Bo Chen', '2025-08-15', '2026-03-31'],
    ]);

    const hires = await run(['people', 'population', vault, 'hires']);
    expect(hires.code).toBe(0);
    expect(parseCsv(hires.stdout.join('\n')).rows.map((r) => r.cells[0])).toEqual(['Name', 'Ada Lovelace']);
    const out = path.join(tempDir(), 'leavers.csv');
    const leavers = await run(['people', 'population', vault, 'terminations', '--out', out]);
    expect(leavers.stdout).toEqual([`Wrote 1 terminations (2026-01-01 to 2026-06-30) to ${out}`]);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFName,Email,Role,Start date,End date\r\n')).toBe(true);
    expect(text).toContain('Bo Chen,bo@acme.test,Engineer,2025-08-15,2026-03-31');
  });

  it('exits 2 naming each bad line and imports nothing', async () => {
    const vault = await periodVault();
    const csv = write(
      'bad.csv',
      'Name,Email,Start date\nAda,ada@acme.test,2026-01-05\nBo,ada@ACME.test,2026-01-06\nCy,cy@acme.test,next week\n',
    );
    const result = await run(['people', 'import', vault, csv]);
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual([
      'attest people import: line 3, column "Email": Duplicate email ada@ACME.test: also on line 2',
      'attest people import: line 4, column "Start date": "next week" is not a date in the form YYYY-MM-DD',
      'attest people import: Nothing was imported: 2 problems in the file. First, line 3, column "Email": Duplicate email ada@ACME.test: also on line 2 (and 1 more)',
    ]);
    expect(JSON.parse((await run(['people', 'list', vault, '--json'])).stdout[0]!)).toEqual([]);

    // A row whose cells do not line up with the header (an unquoted comma) is named by its line.
    const shifted = write(
      'shifted.csv',
      'Name,Email,Start date\nAda,ada@acme.test,2026-01-05\n\nNovak, Tomás,tomas@acme.test,2026-01-06\n',
    );
    const refused = await run(['people', 'import', vault, shifted]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toEqual([
      'attest people import: line 4: 4 cells, but the header has 3 columns',
      'attest people import: Nothing was imported: one problem in the file. First, line 4: 4 cells, but the header has 3 columns',
    ]);
    const tracker = write('tracker.csv', 'Issue key,Summary,Assignee\nENG-1,Fix, then ship,Tomás Novak\n');
    expect((await run(['changes', 'import', vault, tracker, '--dry-run'])).stderr[0]).toBe(
      'attest changes import: line 2: 4 cells, but the header has 3 columns',
    );
    expect(JSON.parse((await run(['people', 'list', vault, '--json'])).stdout[0]!)).toEqual([]);
    expect(JSON.parse((await run(['changes', 'list', vault, '--json'])).stdout[0]!)).toEqual([]);

    // A column named with --map that the file lacks is caught before any row.
    const missing = await run(['people', 'import', vault, csv, '--map', 'startDate=Hired', '--dry-run']);
    expect(missing.code).toBe(2);
    expect(missing.stderr[0]).toBe(
      'attest people import: line 1, column "Hired": The file has no column "Hired" (for Start date)',
    );
    expect((await run(['people', 'import', vault, csv, '--map', 'salary=Pay'])).code).toBe(2);
    expect((await run(['people', 'population', vault, 'promotions'])).code).toBe(2);
  });

  it('imports production changes and exports the population of changes deployed in the period', async () => {
    const vault = await periodVault();
    const csv = write(
      'jira.csv',
      'Issue key,Summary,Assignee,Approved by,Release date\n' +
        'ENG-1,Add prompt filter,Tomás Novak,Daniel Reyes,2026-02-03\n' +
        'ENG-2,Rotate keys,Daniel Reyes,Daniel Reyes,2026-04-20\n' +
        'ENG-3,Upgrade vector store,Aisha Rahman,Daniel Reyes,2026-07-02\n',
    );
    const warning =
      'warning: line 3: ENG-2 was approved by its author, Daniel Reyes: an auditor expects someone else to approve a change';
    // The dry run already names the self-approved row; the import goes ahead and says it again.
    const dry = await run(['changes', 'import', vault, csv, '--dry-run']);
    expect(dry).toMatchObject({ code: 0, stderr: [warning] });
    expect(dry.stdout[1]).toBe('3 rows checked; would import 3 changes.');
    const imported = await run(['changes', 'import', vault, csv, '--json']);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toEqual([warning]);
    expect(JSON.parse(imported.stdout[0]!)).toMatchObject({
      created: 3,
      mapping: { ticketRef: 'Issue key', author: 'Assignee' },
      warnings: [{ line: 3 }],
    });
    const changes = JSON.parse((await run(['changes', 'list', vault, '--json'])).stdout[0]!) as ChangeSummary[];
    expect(changes.filter((c) => c.approverIsAuthor).map((c) => c.ticketRef)).toEqual(['ENG-2']);
    const listed = await run(['changes', 'list', vault]);
    expect(listed.stdout.find((l) => l.includes('ENG-2'))).toContain('[SELF-APPROVED]');

    const population = await run(['changes', 'population', vault, '--json']);
    const body = JSON.parse(population.stdout[0]!) as { rows: number; csv: string };
    expect(body.rows).toBe(2);
    expect(parseCsv(body.csv).rows.map((r) => r.cells[2])).toEqual(['Ticket', 'ENG-1', 'ENG-2']);
    const july = await run(['changes', 'population', vault, '--from', '2026-07-01', '--to', '2026-07-31']);
    expect(
      parseCsv(july.stdout.join('\n'))
        .rows.slice(1)
        .map((r) => r.cells[2]),
    ).toEqual(['ENG-3']);

    // Importing the same export again would duplicate every change: refused, line by line.
    const again = await run(['changes', 'import', vault, csv]);
    expect(again.code).toBe(2);
    expect(again.stderr[0]).toBe(
      'attest changes import: line 2, column "Issue key": Ticket ENG-1 is already in the vault',
    );
  });

  it('the demo vault carries people and changes with the gaps a real agency has', async () => {
    const vault = path.join(tempDir(), 'demo.attest');
    expect((await run(['demo', vault])).code).toBe(0);
    const people = JSON.parse((await run(['people', 'list', vault, '--json'])).stdout[0]!) as PersonSummary[];
    expect(people).toHaveLength(25);
    expect(people.filter((p) => p.status === 'left')).toHaveLength(2);
    expect(people.filter((p) => p.backgroundCheckDate === null)).toHaveLength(1);
    expect(people.filter((p) => p.training === 'expired').length).toBeGreaterThanOrEqual(3);
    expect(people.filter((p) => p.policiesLive > 0 && p.acknowledged === p.policiesLive).length).toBeGreaterThan(12);
    const changes = JSON.parse((await run(['changes', 'list', vault, '--json'])).stdout[0]!) as ChangeSummary[];
    expect(changes).toHaveLength(40);
    expect(changes.filter((c) => c.approverIsAuthor)).toHaveLength(1);
    expect(changes.filter((c) => c.emergency)).toHaveLength(1);
    expect(changes.filter((c) => c.significant)).toHaveLength(1);
    const hires = await run(['people', 'population', vault, 'hires', '--json']);
    expect(JSON.parse(hires.stdout[0]!)).toMatchObject({ rows: 3 });
  });
});
