/**
 * Dependency-free CSV for imports and exports across the app.
 *
 * Imports come from whatever a system or spreadsheet exported: a UTF-8 BOM, comma or semicolon separators
 * (European Excel uses semicolons), quoted cells holding separators, quotes or line breaks, CRLF or LF line
 * endings and stray blank lines. Every row keeps the line it started on so an error can say "line 7" and the
 * user finds it in their file. Exports quote as needed, use CRLF and defuse spreadsheet formulas.
 */
import { AppError } from './contract/errors';
import { plural } from './words';

export type CsvSeparator = ',' | ';';

export interface CsvRow {
  /** 1-based physical line in the file where the row starts (what a text editor shows; counts blank lines). */
  line: number;
  /** 1-based position among non-blank rows; the header, when there is one, is row 1. */
  row: number;
  /** Cell values exactly as written (quotes removed, no trimming). */
  cells: string[];
}

export interface ParsedCsv {
  separator: CsvSeparator;
  /** Non-blank rows in file order (header included). */
  rows: CsvRow[];
}

export interface ParseCsvOptions {
  /** Force a separator instead of detecting it from the first non-blank line. */
  separator?: CsvSeparator;
}

const BOM = '\uFEFF';

/** Picks the separator from the first non-blank line: the one that occurs more often outside quotes wins. */
export function detectSeparator(text: string): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let inQuotes = false;
  let sawContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      inQuotes = !inQuotes;
      sawContent = true;
    } else if (inQuotes) {
      continue;
    } else if (ch === ',') {
      commas++;
    } else if (ch === ';') {
      semicolons++;
    } else if (ch === '\n' || ch === '\r') {
      if (sawContent || commas || semicolons) break;
    } else if (ch !== ' ' && ch !== '\t') {
      sawContent = true;
    }
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Parses CSV text into rows. Blank rows (nothing but separators and whitespace) are skipped. Throws
 * AppError('invalid_input') naming the line when a quoted cell is never closed or text follows a closing quote.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): ParsedCsv {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const separator = options.separator ?? detectSeparator(source);
  const rows: CsvRow[] = [];
  const length = source.length;

  let line = 1;
  let i = 0;
  while (i < length) {
    const startLine = line;
    const cells: string[] = [];
    let rowDone = false;
    while (!rowDone) {
      let cell = '';
      if (source[i] === '"') {
        // Quoted cell: "" is a literal quote; separators and line breaks are content.
        const quoteLine = line;
        i++;
        let closed = false;
        while (i < length) {
          const ch = source[i];
          if (ch === '"') {
            if (source[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (ch === '\r' || ch === '\n') {
            // Keep the line count right inside multi-line cells; normalise CRLF to LF in content.
            if (ch === '\r' && source[i + 1] === '\n') i++;
            cell += '\n';
            line++;
            i++;
            continue;
          }
          // Copy plain runs in one slice: much faster than per-character appends on large imports.
          let j = i + 1;
          while (j < length) {
            const c = source[j];
            if (c === '"' || c === '\r' || c === '\n') break;
            j++;
          }
          cell += source.slice(i, j);
          i = j;
        }
        if (!closed) {
          throw new AppError('invalid_input', `CSV line ${quoteLine}: a quoted cell is never closed.`, {
            line: quoteLine,
          });
        }
        // Tolerate spaces between the closing quote and the separator; anything else is malformed.
        while (i < length && (source[i] === ' ' || source[i] === '\t')) i++;
        if (i < length && source[i] !== separator && source[i] !== '\r' && source[i] !== '\n') {
          throw new AppError(
            'invalid_input',
            `CSV line ${line}: unexpected text after a closing quote (use "" for a quote inside a quoted cell).`,
            { line },
          );
        }
      } else {
        let j = i;
        while (j < length) {
          const c = source[j];
          if (c === separator || c === '\r' || c === '\n') break;
          j++;
        }
        cell = source.slice(i, j);
        i = j;
      }
      cells.push(cell);

      if (i >= length) {
        rowDone = true;
      } else if (source[i] === separator) {
        i++;
        // A separator at the very end of the text still implies one more (empty) cell.
        if (i >= length) {
          cells.push('');
          rowDone = true;
        }
      } else {
        // Line break ends the row.
        if (source[i] === '\r' && source[i + 1] === '\n') i++;
        i++;
        line++;
        rowDone = true;
      }
    }
    if (cells.some((c) => c.trim() !== '')) {
      rows.push({ line: startLine, row: rows.length + 1, cells });
    }
  }
  return { separator, rows };
}

export type CsvValue = string | number | boolean | null | undefined;

export interface ToCsvOptions {
  separator?: CsvSeparator;
  /** Prefix a UTF-8 BOM so Excel opens accented names correctly. */
  bom?: boolean;
}

/** Characters that make a spreadsheet treat a cell as a formula (or, for tab/CR, can smuggle one in). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell for output: formula starts get a leading apostrophe; quotes when needed. */
export function csvCell(value: CsvValue, separator: CsvSeparator = ','): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') {
    // A real number (even negative) is data, not a formula.
    text = Number.isFinite(value) ? String(value) : '';
  } else if (typeof value === 'boolean') {
    text = value ? 'true' : 'false';
  } else {
    text = FORMULA_START.test(value) ? `'${value}` : value;
  }
  const needsQuotes =
    text.includes(separator) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Serialises a header and rows as CSV with CRLF line endings (a trailing CRLF ends the last row). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: ToCsvOptions = {}) {
  const separator = options.separator ?? ',';
  const lines: string[] = [header.map((h) => csvCell(h, separator)).join(separator)];
  for (const row of rows) lines.push(row.map((v) => csvCell(v, separator)).join(separator));
  return (options.bom ? BOM : '') + lines.join('\r\n') + '\r\n';
}

/** Header text reduced for matching: "Last Login", "last_login" and " LAST-LOGIN " all become "last login". */
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.]+/g, ' ')
    .trim();
}

/**
 * The problem with a data row whose cell count differs from the header's ("5 cells, but the header has 6
 * columns"), or null when they match. Such a row has shifted columns (an unquoted separator, a missing cell) or
 * uses another separator: reading it would put values in the wrong fields, so every CSV import refuses it before
 * any cell is looked at. Shared by the access-review, people and change imports.
 */
export function cellCountProblem(cells: number, headerCells: number): string | null {
  if (cells === headerCells) return null;
  return `${plural(cells, 'cell')}, but the header has ${plural(headerCells, 'column')}`;
}
