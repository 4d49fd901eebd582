import { describe, expect, it } from 'vitest';
import { eventPopulation } from '../../../shared/check/rules/event-population';
import { periodBucketsRule } from '../../../shared/check/rules/period-buckets';
import { sampleSize } from '../../../shared/check/rules/sample-size';
import { control, monthlyEvidence, run, snapshot } from './fixtures';

describe('period-buckets (Type II)', () => {
  it('passes a monthly control with evidence in each of the six months', () => {
    const r = run(periodBucketsRule, snapshot());
    expect(r.findings).toEqual([]);
    expect(r.checked).toBe(1);
  });

  it('names the months without evidence', () => {
    const evidence = monthlyEvidence('AC-01').filter((e) => !e.effectiveDate.startsWith('2026-03'));
    const r = run(periodBucketsRule, snapshot({ evidence }));
    expect(r.findings[0]).toMatchObject({ key: 'period-buckets:AC-01', severity: 'blocker' });
    expect(r.messages[0]).toContain('no evidence for 1 of 6 elapsed slices: Mar 2026');
  });

  it('does not count a slice still running on the as-of date as a gap', () => {
    // Checked on 10 April: January to March have ended, April has not.
    const evidence = monthlyEvidence('AC-01').filter((e) => e.effectiveDate < '2026-04-01');
    expect(run(periodBucketsRule, snapshot({ asOf: '2026-04-10', evidence })).findings).toEqual([]);
  });

  it('is skipped for a Type I engagement', () => {
    const s = snapshot();
    s.engagement = { ...s.engagement!, reportType: 'type1', asOfDate: '2026-06-30' };
    const r = run(periodBucketsRule, s);
    expect(r.skipped).toBeTruthy();
    expect(r.checked).toBe(0);
  });
});

describe('sample-size (Type II)', () => {
  it('passes a weekly control with one item per week (26 items, sample 5)', () => {
    const evidence = Array.from({ length: 26 }, (_, i) => ({
      controlId: 'AC-01',
      effectiveDate: new Date(Date.UTC(2026, 0, 2 + i * 7)).toISOString().slice(0, 10),
      validUntil: null,
      coversFrom: null,
      coversTo: null,
    }));
    const r = run(sampleSize, snapshot({ controls: [control({ frequency: 'weekly' })], evidence }));
    expect(r.findings).toEqual([]);
  });

  it('flags a daily control with 10 items against a sample of 25, and uses the vault’s sample sizes', () => {
    const evidence = Array.from({ length: 10 }, (_, i) => ({
      controlId: 'AC-01',
      effectiveDate: `2026-02-${String(i + 1).padStart(2, '0')}`,
      validUntil: null,
      coversFrom: null,
      coversTo: null,
    }));
    const s = snapshot({ controls: [control({ frequency: 'daily' })], evidence });
    const r = run(sampleSize, s);
    expect(r.messages[0]).toContain('10 items in the period, the sample needs 25');
    s.sampleSizes = { ...s.sampleSizes, daily: 10 };
    expect(run(sampleSize, s).findings).toEqual([]);
  });
});

describe('event-population (Type II)', () => {
  it('passes a per-event control with a listing covering the period', () => {
    const s = snapshot({
      controls: [control({ frequency: 'per-event' })],
      evidence: [
        {
          controlId: 'AC-01',
          effectiveDate: '2026-07-02',
          validUntil: null,
          coversFrom: '2026-01-01',
          coversTo: '2026-06-30',
        },
      ],
    });
    expect(run(eventPopulation, s).findings).toEqual([]);
  });

  it('flags a per-event control whose only evidence predates the period', () => {
    const s = snapshot({
      controls: [control({ frequency: 'per-event' })],
      evidence: [
        { controlId: 'AC-01', effectiveDate: '2025-11-02', validUntil: null, coversFrom: null, coversTo: null },
      ],
    });
    const r = run(eventPopulation, s);
    expect(r.keys).toEqual(['event-population:AC-01']);
  });
});
