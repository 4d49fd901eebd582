import type { Frequency } from '../catalog/types';
import { addMonthsToDate } from '../domain/dates';
import { periodBuckets, type Bucket } from '../domain/period-coverage';
import type { CheckContext } from './context';
import type { SnapshotEvidenceLink } from './types';

export interface TypeTwoPeriod {
  start: string;
  end: string;
}

/** The Type II period, or null for a Type I engagement (or one whose period is not set or not begun). */
export function typeTwoPeriod(ctx: CheckContext): TypeTwoPeriod | null {
  const e = ctx.snapshot.engagement;
  if (!e || e.reportType !== 'type2' || !e.periodStart || !e.periodEnd || e.periodEnd < e.periodStart) return null;
  if (e.periodStart > ctx.asOf) return null;
  return { start: e.periodStart, end: e.periodEnd };
}

export interface DueBucket extends Bucket {
  items: number;
}

/**
 * The buckets of the period that have ended by the as-of date (a bucket still
 * running is not a gap yet), with how many items fall in each. `links` must
 * be sorted by effective date; one pass over both lists.
 */
export function dueBuckets(
  ctx: CheckContext,
  period: TypeTwoPeriod,
  controlId: string,
  frequency: Frequency,
  links: readonly SnapshotEvidenceLink[],
): { due: DueBucket[]; total: number } | null {
  // Two rules ask for the same control's buckets: count them once.
  return ctx.memo(`due:${controlId}`, () => countDue(ctx, period, frequency, links));
}

function countDue(
  ctx: CheckContext,
  period: TypeTwoPeriod,
  frequency: Frequency,
  links: readonly SnapshotEvidenceLink[],
): { due: DueBucket[]; total: number } | null {
  const asOf = ctx.asOf;
  // The same period for every control: its buckets are computed once per frequency.
  const buckets = ctx.memo(`buckets:${frequency}`, () => periodBuckets(period.start, period.end, frequency));
  if (!buckets) return null;
  const due: DueBucket[] = [];
  let i = 0;
  for (const b of buckets) {
    if (b.to >= asOf) break;
    while (i < links.length && links[i]!.effectiveDate < b.from) i++;
    let n = 0;
    while (i < links.length && links[i]!.effectiveDate <= b.to) {
      n++;
      i++;
    }
    due.push({ from: b.from, to: b.to, label: b.label, items: n });
  }
  return { due, total: buckets.length };
}

/** Items whose effective date falls in the period up to the as-of date. */
export function itemsInPeriod(period: TypeTwoPeriod, asOf: string, links: readonly SnapshotEvidenceLink[]): number {
  const last = period.end < asOf ? period.end : asOf;
  let n = 0;
  for (const e of links) if (e.effectiveDate >= period.start && e.effectiveDate <= last) n++;
  return n;
}

/**
 * The dates whose records the auditor looks at: the Type II period up to the
 * as-of date, or for Type I the twelve months before the as-of date.
 */
export function lookback(ctx: CheckContext): TypeTwoPeriod {
  const period = typeTwoPeriod(ctx);
  if (period) return { start: period.start, end: period.end < ctx.asOf ? period.end : ctx.asOf };
  return { start: addMonthsToDate(ctx.asOf, -12), end: ctx.asOf };
}
