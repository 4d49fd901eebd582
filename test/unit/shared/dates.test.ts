import { describe, expect, it } from 'vitest';
import { addDaysToDate, addMonthsToDate } from '../../../shared/domain/dates';
import { engagementWarnings } from '../../../shared/domain/engagement';
import { reviewState } from '../../../shared/domain/policies';

describe('calendar arithmetic', () => {
  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonthsToDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToDate('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsToDate('2026-11-15', 3)).toBe('2027-02-15');
    expect(addDaysToDate('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('engagement warnings', () => {
  const type2 = (periodStart: string, periodEnd: string) =>
    engagementWarnings({ reportType: 'type2', periodStart, periodEnd });
  it('warns below 3 months and above 12 months, counting both ends of the period', () => {
    expect(type2('2026-01-01', '2026-03-30')[0]).toMatch(/shorter than 3 months/);
    expect(type2('2026-01-01', '2026-03-31')).toEqual([]);
    expect(type2('2026-01-01', '2026-12-31')).toEqual([]);
    expect(type2('2026-01-01', '2027-01-01')[0]).toMatch(/longer than 12 months/);
    expect(engagementWarnings({ reportType: 'type1', periodStart: '2026-01-01', periodEnd: '2026-01-02' })).toEqual([]);
  });
});

describe('policy review state', () => {
  it('is overdue after the next review date, due soon within a month, never approved without a date', () => {
    expect(reviewState(null, '2026-06-01')).toBe('never-approved');
    expect(reviewState('2026-05-31', '2026-06-01')).toBe('overdue');
    expect(reviewState('2026-06-20', '2026-06-01')).toBe('due-soon');
    expect(reviewState('2026-09-01', '2026-06-01')).toBe('current');
  });
});
