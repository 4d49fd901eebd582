const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-01-15" → "January 15, 2026", the way a US reader writes it; anything else is shown as given. */
export function longDate(date: string | null | undefined, missing = 'Not set'): string {
  if (!date) return missing;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return date;
  return `${month} ${Number(match[3])}, ${match[1]}`;
}

/** The calendar date of an instant in UTC, for "generated on" lines. */
export function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
