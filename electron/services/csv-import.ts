import { AppError } from '../../shared/contract/errors';
import { parseCsv } from '../../shared/csv';
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

/**
 * The rows of a CSV file through a column mapping, or the problems that stop
 * it before any row is read: a required field with no column, or a mapped
 * column that is not in the file.
 */
export function readMapped<K extends string>(
  csv: string,
  fields: readonly ImportField<K>[],
  mapping: Partial<Record<K, string>>,
): { rows: MappedRow<K>[]; problems: RowProblem[] } {
  const parsed = parseCsv(csv);
  const [header, ...data] = parsed.rows;
  if (!header) return { rows: [], problems: [{ line: 1, column: null, message: 'The file has no header row' }] };
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
  if (problems.length) return { rows: [], problems };
  const rows = data.map((r) => ({
    line: r.line,
    text: (key: K) => {
      const at = index.get(key);
      return at === undefined ? '' : (r.cells[at] ?? '').trim();
    },
  }));
  return { rows, problems };
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
export function refuseImport(problems: RowProblem[], rows: number, dryRun: boolean): ImportReport {
  const listed = problems.slice(0, MAX_PROBLEMS);
  if (dryRun) return { dryRun, rows, created: 0, updated: 0, problems: listed, warnings: [] };
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  throw new AppError(
    'invalid_input',
    `Nothing was imported: ${problems.length === 1 ? 'one problem' : `${problems.length} problems`} in the file. First, ${describeProblem(problems[0]!)}${more}`,
    { problems: listed },
  );
}
