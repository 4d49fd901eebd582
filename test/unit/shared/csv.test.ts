import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { csvCell, detectSeparator, normaliseHeader, parseCsv, toCsv } from '../../../shared/csv';

const cellsOf = (text: string) => parseCsv(text).rows.map((r) => r.cells);

describe('parseCsv', () => {
  it('reads a plain comma file with LF or CRLF endings', () => {
    expect(cellsOf('name,email\nAda,ada@x.test\n')).toEqual([
      ['name', 'email'],
      ['Ada', 'ada@x.test'],
    ]);
    expect(cellsOf('name,email\r\nAda,ada@x.test')).toEqual([
      ['name', 'email'],
      ['Ada', 'ada@x.test'],
    ]);
  });

  it('strips a BOM so the first header is not polluted', () => {
    const parsed = parseCsv('\uFEFFname,email\nAda,a@x.test');
    expect(parsed.rows[0]!.cells[0]).toBe('name');
  });

  it('detects semicolon separators and keeps commas inside cells', () => {
    const parsed = parseCsv('name;role\nLovelace, Ada;admin\n');
    expect(parsed.separator).toBe(';');
    expect(parsed.rows[1]!.cells).toEqual(['Lovelace, Ada', 'admin']);
    expect(detectSeparator('a,b;c,d')).toBe(',');
    expect(detectSeparator('"x;y;z",b\n1,2')).toBe(',');
  });

  it('handles quoted cells with separators, doubled quotes and line breaks', () => {
    const text = 'name,note\n"Hopper, Grace","said ""hi""\nthen left"\nnext,row\n';
    const parsed = parseCsv(text);
    expect(parsed.rows.map((r) => r.cells)).toEqual([
      ['name', 'note'],
      ['Hopper, Grace', 'said "hi"\nthen left'],
      ['next', 'row'],
    ]);
    // The multi-line cell pushes the next row to line 5 of the file.
    expect(parsed.rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('skips blank lines but reports the real file line of each row', () => {
    const parsed = parseCsv('h1,h2\n\n  \na,b\n,,\n\r\nc,d\n\n');
    expect(parsed.rows.map((r) => [r.row, r.line, r.cells.join('|')])).toEqual([
      [1, 1, 'h1|h2'],
      [2, 4, 'a|b'],
      [3, 7, 'c|d'],
    ]);
  });

  it('keeps empty cells, including a trailing one', () => {
    expect(cellsOf('a,,c,\n')).toEqual([['a', '', 'c', '']]);
    expect(cellsOf('a,b,')).toEqual([['a', 'b', '']]);
  });

  it('returns no rows for empty or whitespace-only input', () => {
    expect(parseCsv('').rows).toEqual([]);
    expect(parseCsv('\uFEFF\n\n').rows).toEqual([]);
  });

  it('names the line of an unclosed quote or junk after a closing quote', () => {
    const unclosed = () => parseCsv('a,b\nc,"open\nmore');
    expect(unclosed).toThrow(AppError);
    expect(unclosed).toThrow(/line 2/);
    expect(() => parseCsv('a,b\n"x"y,z')).toThrow(/line 2.*closing quote/);
  });

  it('parses 20,000 rows quickly', () => {
    const lines = ['name,email,role,last login'];
    for (let i = 0; i < 20_000; i++) lines.push(`"User ${i}",user${i}@x.test,member,2026-05-01`);
    const started = performance.now();
    const parsed = parseCsv(lines.join('\n'));
    expect(parsed.rows).toHaveLength(20_001);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('toCsv', () => {
  it('quotes cells that need it and ends every line with CRLF', () => {
    const text = toCsv(
      ['name', 'note'],
      [
        ['Hopper, Grace', 'said "hi"'],
        ['plain', 'two\nlines'],
        ['pad ', null],
      ],
    );
    expect(text).toBe('name,note\r\n"Hopper, Grace","said ""hi"""\r\nplain,"two\nlines"\r\n"pad ",\r\n');
  });

  it('defuses formula injection in text but leaves real numbers alone', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(true)).toBe('true');
  });

  it('round-trips through parseCsv, with semicolons and a BOM when asked', () => {
    const rows = [
      ['Lovelace; Ada', 'multi\nline', 'x'],
      ['b', '', '"q"'],
    ];
    const text = toCsv(['a', 'b', 'c'], rows, { separator: ';', bom: true });
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(text);
    expect(parsed.separator).toBe(';');
    expect(parsed.rows.slice(1).map((r) => r.cells)).toEqual(rows);
  });
});

describe('normaliseHeader', () => {
  it('matches headers regardless of case, spacing and underscores', () => {
    expect(normaliseHeader(' Last_Login ')).toBe('last login');
    expect(normaliseHeader('E-mail')).toBe('e mail');
  });
});
