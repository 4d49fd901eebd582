import { describe, expect, it } from 'vitest';
import {
  columnMappingSchema,
  duplicateProblems,
  mappingClashes,
  parseLastLogin,
  readAccountsCsv,
  suggestMapping,
  type ColumnMapping,
} from '../../../shared/domain/access-reviews';

/** Name, Email, Role, Last login: the layout most admin consoles export. */
const MAPPING: ColumnMapping = { name: 0, email: 1, role: 2, lastLogin: 3 };

describe('readAccountsCsv', () => {
  it('reads a clean file into accounts, lower-casing emails and keeping each line number', () => {
    const csv = 'Name,Email,Role,Last login\nAda,Ada@X.test,admin,2026-03-30\nBob,bob@x.test,member,never\n';
    const read = readAccountsCsv(csv, MAPPING);
    expect(read.problems).toEqual([]);
    expect(read.headers).toEqual(['Name', 'Email', 'Role', 'Last login']);
    expect(read.accounts).toEqual([
      { name: 'Ada', email: 'ada@x.test', role: 'admin', lastLogin: '2026-03-30' },
      { name: 'Bob', email: 'bob@x.test', role: 'member', lastLogin: null },
    ]);
    expect(read.lines).toEqual([2, 3]);
  });

  it('refuses rows with fewer or more cells than the header, naming the line and both counts', () => {
    const csv = [
      'Name,Email,Role,Last login',
      'Ada,ada@x.test,admin,2026-03-01',
      'Bob,bob@x.test',
      'Cy,cy@x.test,member,2026-03-01,extra',
      'Di',
    ].join('\n');
    const read = readAccountsCsv(csv, MAPPING);
    expect(read.problems).toEqual([
      { line: 3, message: '2 cells, but the header has 4 columns' },
      { line: 4, message: '5 cells, but the header has 4 columns' },
      { line: 5, message: '1 cell, but the header has 4 columns' },
    ]);
    expect(read.accounts.map((a) => a.email)).toEqual(['ada@x.test']);
  });

  it('says a row that uses semicolons in a comma file has the wrong cell count, not that its email is empty', () => {
    const csv = 'Name,Email,Role\nAda,ada@x.test,admin\nBob;bob@x.test;member\n';
    const read = readAccountsCsv(csv, { name: 0, email: 1, role: 2, lastLogin: null });
    expect(read.problems).toEqual([{ line: 3, message: '1 cell, but the header has 3 columns' }]);
  });

  it('reads a semicolon file with a BOM, quoted separators and CRLF', () => {
    const csv = '\uFEFFEmail;Name\r\nada@x.test;"Lovelace; Ada"\r\nbob@x.test;Bob\r\n';
    const read = readAccountsCsv(csv, { email: 0, name: 1, role: null, lastLogin: null });
    expect(read.headers).toEqual(['Email', 'Name']);
    expect(read.problems).toEqual([]);
    expect(read.accounts.map((a) => [a.email, a.name])).toEqual([
      ['ada@x.test', 'Lovelace; Ada'],
      ['bob@x.test', 'Bob'],
    ]);
  });

  it('skips blank lines, separator-only lines included, while line numbers still match the file', () => {
    const csv = '\nEmail,Name\n\nada@x.test,Ada\n,\n   \nbob@x.test,\n';
    const read = readAccountsCsv(csv, { email: 0, name: 1, role: null, lastLogin: null });
    expect(read.problems).toEqual([]);
    expect(read.lines).toEqual([4, 7]);
    expect(read.accounts.map((a) => a.email)).toEqual(['ada@x.test', 'bob@x.test']);
  });

  it('reports an email listed twice, whatever its case, with the line of the first', () => {
    const csv = 'Email\nada@x.test\nbob@x.test\nADA@x.test\n';
    const read = readAccountsCsv(csv, { email: 0, name: null, role: null, lastLogin: null });
    expect(read.problems).toEqual([{ line: 4, message: 'ada@x.test is listed twice (also on line 2)' }]);
  });

  it('reports empty and invalid emails and dates that are not dates, each on its line', () => {
    const csv = ['Name,Email,Role,Last login', 'A,,x,', 'B,not-an-email,x,', 'C,c@x.test,x,03/04/2026'].join('\n');
    expect(readAccountsCsv(csv, MAPPING).problems).toEqual([
      { line: 2, message: 'the email is empty' },
      { line: 3, message: '"not-an-email" is not an email address' },
      { line: 4, message: expect.stringMatching(/^last login "03\/04\/2026" is not a date/) },
    ]);
  });

  it('refuses a mapping past the header or reading one column twice, on the header line, before any row', () => {
    const csv = 'Email,Name\nada@x.test,Ada\n';
    expect(readAccountsCsv(csv, { email: 0, name: 1, role: 2, lastLogin: null }).problems).toEqual([
      { line: 1, message: 'Role is mapped to column 3, but the header has 2 columns' },
    ]);
    const twice = readAccountsCsv(csv, { email: 0, name: 0, role: null, lastLogin: null });
    expect(twice.accounts).toEqual([]);
    expect(twice.problems).toEqual([{ line: 1, message: expect.stringMatching(/^Name and Email both read column 1/) }]);
  });

  it('says so when the file is empty or holds only a header', () => {
    expect(readAccountsCsv('\n\n', MAPPING).problems).toEqual([{ line: 1, message: 'The file is empty' }]);
    expect(readAccountsCsv('Name,Email,Role,Last login\n', MAPPING).problems).toEqual([
      { line: 1, message: 'The file has a header but no accounts' },
    ]);
  });
});

describe('duplicateProblems', () => {
  it('names accounts already in the review and entries typed twice', () => {
    const problems = duplicateProblems(
      [{ email: 'ada@x.test' }, { email: 'bob@x.test' }, { email: 'bob@x.test' }],
      null,
      new Set(['ada@x.test']),
    );
    expect(problems).toEqual([
      { line: 1, message: 'ada@x.test is already in this review' },
      { line: 3, message: 'bob@x.test is listed twice (also as entry 2)' },
    ]);
  });
});

describe('parseLastLogin', () => {
  it('reads ISO dates and date-times, YYYY/MM/DD and day-first DD.MM.YYYY', () => {
    expect(parseLastLogin('2026-03-30')).toEqual({ ok: true, value: '2026-03-30' });
    expect(parseLastLogin('2026-03-30T23:10:00Z')).toEqual({ ok: true, value: '2026-03-30' });
    expect(parseLastLogin('2026-03-30 08:00')).toEqual({ ok: true, value: '2026-03-30' });
    expect(parseLastLogin('2026/3/5')).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseLastLogin('05.03.2026')).toEqual({ ok: true, value: '2026-03-05' });
  });

  it('reads blank and "never"-like cells as no login', () => {
    for (const never of ['', '  ', 'Never', 'n/a', '-', 'none', 'NULL']) {
      expect(parseLastLogin(never), never).toEqual({ ok: true, value: null });
    }
  });

  it('refuses ambiguous slashed dates, days that do not exist and text', () => {
    expect(parseLastLogin('03/04/2026')).toMatchObject({ ok: false, message: expect.stringMatching(/is not a date/) });
    expect(parseLastLogin('2026-02-30')).toEqual({
      ok: false,
      message: 'last login "2026-02-30" does not exist on the calendar',
    });
    expect(parseLastLogin('yesterday')).toMatchObject({ ok: false });
  });
});

describe('suggestMapping', () => {
  it('guesses each field from common header names, in any case and spacing', () => {
    expect(suggestMapping(['Login email', 'Display name', 'Org role', 'Last sign-in'])).toEqual({
      email: 0,
      name: 1,
      role: 2,
      lastLogin: 3,
    });
    expect(suggestMapping(['USER_NAME', 'E-mail', 'Permissions'])).toEqual({
      email: 1,
      name: 0,
      role: 2,
      lastLogin: null,
    });
  });

  it('never gives one column to two fields', () => {
    // "Email name" matches both email and (loosely) name; it goes to email only.
    const guess = suggestMapping(['Email name', 'Status']);
    expect(guess).toEqual({ email: 0, name: null, role: null, lastLogin: null });
    expect(mappingClashes(guess)).toEqual([]);
  });

  it('maps nothing when no header looks like a field', () => {
    expect(suggestMapping(['id', 'created'])).toEqual({ email: null, name: null, role: null, lastLogin: null });
  });
});

describe('columnMappingSchema', () => {
  it('accepts distinct columns and refuses two fields reading the same column, naming the field', () => {
    expect(columnMappingSchema.parse({ email: 1, name: 0 })).toEqual({
      email: 1,
      name: 0,
      role: null,
      lastLogin: null,
    });
    const clash = columnMappingSchema.safeParse({ email: 1, name: 0, role: 1, lastLogin: 0 });
    expect(clash.success).toBe(false);
    expect(clash.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['role', 'Role and Email both read column 2; choose a different column for Role, or none'],
      ['lastLogin', 'Last login and Name both read column 1; choose a different column for Last login, or none'],
    ]);
  });
});
