import { AppError } from '../../shared/contract/errors';
import { cellCountProblem, parseCsv } from '../../shared/csv';
import {
  describeProblem,
  parseDateAs,
  parseYesNo,
  type DateFormat,
  type ImportField,
  type ImportReport,
  type RowProblem,
} from '../../shared/domain/csv-mapping';

/** One data row of a mapped file: its line, and a reader for each mapped field (trimmed; '' when unmapped). */
export interface MappedRow<K extends string> {
  line: number;
  text(key: K): string;
}

/** A file read through a column mapping. */
export interface MappedFile<K extends string> {
  /** Data rows in the file (the header and blank lines are not counted), including any refused below. */
  count: number;
  /** The rows whose cells line up with the header, to be checked field by field. */
  rows: MappedRow<K>[];
  /**
   * Problems found before any field is read: with the header and mapping (then no row is read at all), or a
   * row whose cell count differs from the header's (that row is left out of `rows`). Any problem here means
   * nothing may be imported.
   */
  problems: RowProblem[];
}

/**
 * The rows of a CSV file through a column mapping. Stops before any row when
 * a required field has no column or a mapped column is not in the file;
 * otherwise refuses, by its line, each row with more or fewer cells than the
 * header (shifted columns: its values would land in the wrong fields) and
 * hands back the others. Blank lines are skipped.
 */
export function readMapped<K extends string>(
  csv: string,
  fields: readonly ImportField<K>[],
  mapping: Partial<Record<K, string>>,
): MappedFile<K> {
  const parsed = parseCsv(csv);
  const [header, ...data] = parsed.rows;
  if (!header)
    return { count: 0, rows: [], problems: [{ line: 1, column: null, message: 'The file has no header row' }] };
  const headers = header.cells.map((c) => c.trim());
  const problems: RowProblem[] = [];
  const index = new Map<K, number>();
  for (const field of fields) {
    const column = mapping[field.key];
    if (!column) {
      if (field.required)
        problems.push({ line: header.line, column: null, message: `No column is chosen for ${field.label}` });
      continue;
    }
    const at = headers.indexOf(column);
    if (at < 0) {
      problems.push({ line: header.line, column, message: `The file has no column "${column}" (for ${field.label})` });
      continue;
    }
    index.set(field.key, at);
  }
  if (problems.length) return { count: data.length, rows: [], problems };
  const rows: MappedRow<K>[] = [];
  for (const r of data) {
    const shifted = cellCountProblem(r.cells.length, headers.length);
    if (shifted) {
      problems.push({ line: r.line, column: null, message: shifted });
      continue;
    }
    rows.push({
      line: r.line,
      text: (key: K) => {
        const at = index.get(key);
        return at === undefined ? '' : r.cells[at]!.trim();
      },
    });
  }
  return { count: data.length, rows, problems };
}

/** Reads typed values from one row, collecting a problem for each bad cell. */
export class RowReader<K extends string> {
  constructor(
    private readonly row: MappedRow<K>,
    private readonly fields: readonly ImportField<K>[],
    private readonly mapping: Partial<Record<K, string>>,
    private readonly dateFormat: DateFormat,
    private readonly problems: RowProblem[],
  ) {}

  problem(key: K | null, message: string): void {
    this.problems.push({ line: this.row.line, column: key ? (this.mapping[key] ?? null) : null, message });
  }

  private label(key: K): string {
    return this.fields.find((f) => f.key === key)?.label ?? key;
  }

  text(key: K, max: number): string {
    const value = this.row.text(key);
    const field = this.fields.find((f) => f.key === key);
    if (field?.required && value === '') this.problem(key, `${field.label} is empty`);
    else if (value.length > max) this.problem(key, `${this.label(key)} is longer than ${max} characters`);
    return value;
  }

  date(key: K, required: boolean): string | null {
    const value = this.row.text(key);
    if (value === '') {
      if (required) this.problem(key, `${this.label(key)} is empty`);
      return null;
    }
    const date = parseDateAs(value, this.dateFormat);
    if (date === null) this.problem(key, `"${value}" is not a date in the form ${this.dateFormat}`);
    return date;
  }

  flag(key: K): boolean {
    const value = this.row.text(key);
    const flag = parseYesNo(value);
    if (flag === null) this.problem(key, `"${value}" is not yes or no`);
    return flag ?? false;
  }
}

/** Caps the problems listed: a wrong date format would otherwise report every row. */
export const MAX_PROBLEMS = 500;

/** The outcome of an import that found problems: a report for a dry run, an error naming them otherwise. */
export function refuseImport(found: RowProblem[], rows: number, dryRun: boolean): ImportReport {
  // In file order: rows refused for their cell count are found before the others are read.
  const problems = [...found].sort((a, b) => a.line - b.line);
  const listed = problems.slice(0, MAX_PROBLEMS);
  if (dryRun) return { dryRun, rows, created: 0, updated: 0, problems: listed, warnings: [] };
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  throw new AppError(
    'invalid_input',
    `Nothing was imported: ${problems.length === 1 ? 'one problem' : `${problems.length} problems`} in the file. First, ${describeProblem(problems[0]!)}${more}`,
    { problems: listed },
  );
}
