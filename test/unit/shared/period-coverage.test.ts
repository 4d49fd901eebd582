import { describe, expect, it } from 'vitest';
import { fillBuckets, periodBuckets } from '../../../shared/domain/period-coverage';

describe('audit-period buckets', () => {
  it('splits a period into calendar months and quarters, clipping the edges', () => {
    const months = periodBuckets('2026-01-15', '2026-04-10', 'monthly')!;
    expect(months.map((b) => [b.label, b.from, b.to])).toEqual([
      ['Jan 2026', '2026-01-15', '2026-01-31'],
      ['Feb 2026', '2026-02-01', '2026-02-28'],
      ['Mar 2026', '2026-03-01', '2026-03-31'],
      ['Apr 2026', '2026-04-01', '2026-04-10'],
    ]);
    const quarters = periodBuckets('2026-06-01', '2027-01-31', 'quarterly')!;
    expect(quarters.map((b) => b.label)).toEqual(['Q2 2026', 'Q3 2026', 'Q4 2026', 'Q1 2027']);
    expect(quarters[0]).toMatchObject({ from: '2026-06-01', to: '2026-06-30' });
  });

  it('uses Monday-to-Sunday weeks, single days, and one bucket for annual controls', () => {
    const weeks = periodBuckets('2026-12-02', '2026-12-20', 'weekly')!; // a Wednesday to a Sunday
    expect(weeks.map((b) => [b.from, b.to])).toEqual([
      ['2026-12-02', '2026-12-06'],
      ['2026-12-07', '2026-12-13'],
      ['2026-12-14', '2026-12-20'],
    ]);
    expect(periodBuckets('2026-02-27', '2026-03-02', 'daily')!.map((b) => b.from)).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(periodBuckets('2026-01-01', '2026-12-31', 'annual')).toEqual([
      { from: '2026-01-01', to: '2026-12-31', label: 'Whole period' },
    ]);
    expect(periodBuckets('2026-01-01', '2026-12-31', 'per-event')).toBeNull();
  });

  it('counts evidence dates into the bucket they speak for, both ends included', () => {
    const filled = fillBuckets(periodBuckets('2026-01-01', '2026-03-31', 'monthly')!, [
      '2026-01-31',
      '2026-02-01',
      '2026-02-15',
      '2025-12-31',
    ]);
    expect(filled.map((b) => b.items)).toEqual([1, 2, 0]);
  });
});
