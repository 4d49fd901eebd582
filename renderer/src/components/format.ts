import type { ReportType } from '../../../shared/domain/engagement';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const instantFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A calendar date (YYYY-MM-DD) in the user's locale, without shifting it across time zones. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  return dateFormat.format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))));
}

/** An instant (ISO 8601 UTC) in the user's locale and time zone. */
export function formatInstant(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : instantFormat.format(date);
}

export const REPORT_TYPE_LABELS: Record<ReportType, string> = {
  type1: 'Type I',
  type2: 'Type II',
};

/** The last segment of a path, whatever the platform's separator. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

const numberFormat = new Intl.NumberFormat();

/** A count in the user's locale: 1,000 or 1 000 or 1.000. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "1 control", "1,000 controls". */
export function countOf(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(value)} ${value === 1 ? singular : plural}`;
}

/** Names joined the way a sentence lists them: "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const idCollator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Orders IDs the way a person reads them: AC-2 before AC-10, CU-99 before CU-100. */
export function compareIds(a: string, b: string): number {
  return idCollator.compare(a, b);
}
