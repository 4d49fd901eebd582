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
