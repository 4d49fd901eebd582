import type { Frequency } from '../catalog/types';
import { addDaysToDate } from './dates';

export interface Bucket {
  from: string;
  to: string;
  label: string;
}

export interface BucketCoverage extends Bucket {
  items: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

function iso(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}

function clip(b: Bucket, start: string, end: string): Bucket {
  return { ...b, from: b.from < start ? start : b.from, to: b.to > end ? end : b.to };
}

/**
 * The slices of an inclusive audit period that a recurring control must
 * evidence: calendar days, ISO weeks (Monday to Sunday), months, quarters, or
 * the whole period for an annual control. Edge buckets are clipped to the
 * period. Continuous and per-event controls have no buckets (null).
 */
export function periodBuckets(start: string, end: string, frequency: Frequency): Bucket[] | null {
  if (end < start) return [];
  const out: Bucket[] = [];
  switch (frequency) {
    case 'continuous':
    case 'per-event':
      return null;
    case 'annual':
      return [{ from: start, to: end, label: 'Whole period' }];
    case 'daily':
      for (let d = start; d <= end; d = addDaysToDate(d, 1)) out.push({ from: d, to: d, label: d });
      return out;
    case 'weekly': {
      const [y, m, d] = parts(start);
      const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
      for (let monday = addDaysToDate(start, -weekday); monday <= end; monday = addDaysToDate(monday, 7)) {
        out.push(clip({ from: monday, to: addDaysToDate(monday, 6), label: `Week of ${monday}` }, start, end));
      }
      return out;
    }
    case 'monthly':
    case 'quarterly': {
      const step = frequency === 'monthly' ? 1 : 3;
      const [y, m] = parts(start);
      let year = y;
      let month = frequency === 'monthly' ? m : Math.floor((m - 1) / 3) * 3 + 1;
      for (;;) {
        const from = iso(year, month, 1);
        if (from > end) break;
        const to = iso(year, month + step, 0);
        const label = frequency === 'monthly' ? `${MONTHS[month - 1]} ${year}` : `Q${(month + 2) / 3} ${year}`;
        out.push(clip({ from, to, label }, start, end));
        month += step;
        if (month > 12) {
          month -= 12;
          year += 1;
        }
      }
      return out;
    }
  }
}

/** The dates one evidence item speaks for: its effective date, or the range a population export covers. */
export interface Span {
  from: string;
  to: string;
}

/**
 * Counts evidence into buckets: a date counts in the bucket that holds it, a
 * span (a log export covering June) in every bucket it overlaps. Anything
 * outside every bucket counts nowhere.
 */
export function fillBuckets(buckets: Bucket[], evidence: readonly (string | Span)[]): BucketCoverage[] {
  const spans = evidence.map((e) => (typeof e === 'string' ? { from: e, to: e } : e));
  return buckets.map((b) => ({ ...b, items: spans.filter((s) => s.from <= b.to && s.to >= b.from).length }));
}
