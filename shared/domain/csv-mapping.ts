import { z } from 'zod';
import { normaliseHeader } from '../csv';

/**
 * What the people and change imports share: which column of the file holds
 * which field, how its dates are written, and the report of bad rows.
 */

/** One field an import fills, and the header names it is usually exported under. */
export interface ImportField<K extends string = string> {
  key: K;
  label: string;
  required: boolean;
  /** Normalised header names (see normaliseHeader) that mean this field. */
  aliases: readonly string[];
}

export const DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** A bad row, by the line it starts on in the file, so the person can find it. */
export interface RowProblem {
  line: number;
  /** The column's header in the file, when one column is at fault. */
  column: string | null;
  message: string;
}

/** A row that imports but that an auditor would question, e.g. a change approved by its own author. */
export interface RowWarning {
  line: number;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  /** Data rows read (the header is not counted). */
  rows: number;
  created: number;
  updated: number;
  /** When not empty, nothing was imported. */
  problems: RowProblem[];
  /** Rows imported (or, on a dry run, that would be) with something to look at; they do not stop the import. */
  warnings: RowWarning[];
}

/** A mapping: for each field, the header of the column that holds it (absent: not imported). */
export function mappingSchema<K extends string>(keys: readonly [K, ...K[]]) {
  return z
    .partialRecord(z.enum(keys), z.string().trim().max(200))
    .transform((m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v)) as Partial<Record<K, string>>);
}

export const importBase = {
  /** The file's text; 50 MB is far more than any HR or tracker export. */
  csv: z.string().min(1, 'The file is empty').max(50_000_000, 'The file is larger than 50 MB'),
  dateFormat: z.enum(DATE_FORMATS).default('YYYY-MM-DD'),
  /** Check every row and report, writing nothing. */
  dryRun: z.boolean().default(false),
};

/** Matches each field to the first header that is one of its names. */
export function guessMapping<K extends string>(
  headers: readonly string[],
  fields: readonly ImportField<K>[],
): Partial<Record<K, string>> {
  const mapping: Partial<Record<K, string>> = {};
  const taken = new Set<string>();
  for (const field of fields) {
    const names = [normaliseHeader(field.label), ...field.aliases];
    const header = headers.find((h) => !taken.has(h) && names.includes(normaliseHeader(h)));
    if (header !== undefined) {
      mapping[field.key] = header;
      taken.add(header);
    }
  }
  return mapping;
}

const PATTERNS: Record<DateFormat, RegExp> = {
  'YYYY-MM-DD': /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  'DD/MM/YYYY': /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/,
  'MM/DD/YYYY': /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
};

/** A date as written in the file → YYYY-MM-DD, or null when it is not a real date in that format. */
export function parseDateAs(value: string, format: DateFormat): string | null {
  const match = PATTERNS[format].exec(value.trim());
  if (!match) return null;
  const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [y, m, d] = format === 'YYYY-MM-DD' ? [a, b, c] : format === 'DD/MM/YYYY' ? [c, b, a] : [c, a, b];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const YES = ['yes', 'y', 'true', '1', 'x'];
const NO = ['no', 'n', 'false', '0', ''];

/** yes/no, true/false, 1/0, x or empty → a flag; anything else → null. */
export function parseYesNo(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (YES.includes(v)) return true;
  if (NO.includes(v)) return false;
  return null;
}

/** Every problem in one line each, for the CLI and error messages. */
export function describeProblem(p: RowProblem): string {
  return `line ${p.line}${p.column ? `, column "${p.column}"` : ''}: ${p.message}`;
}
