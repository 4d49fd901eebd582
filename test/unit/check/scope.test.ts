import { describe, expect, it } from 'vitest';
import { criterionCoverage } from '../../../shared/check/rules/criterion-coverage';
import { engagementPeriod } from '../../../shared/check/rules/engagement-period';
import { engagementValid } from '../../../shared/check/rules/engagement-valid';
import { notApplicableReasons } from '../../../shared/check/rules/not-applicable-reasons';
import { control, run, snapshot } from './fixtures';

describe('engagement-valid', () => {
  it('passes a complete Type II engagement', () => {
    expect(run(engagementValid, snapshot()).findings).toEqual([]);
  });

  it('flags a Type I engagement without an as-of date, linking to Scope', () => {
    const s = snapshot();
    s.engagement = { ...s.engagement!, reportType: 'type1', asOfDate: null };
    const r = run(engagementValid, s);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ key: 'engagement-valid:engagement', severity: 'blocker' });
    expect(r.findings[0]!.message).toContain('as-of date');
    expect(r.findings[0]!.link).toMatchObject({ area: 'scope', sub: '' });
  });

  it('tells a period ending before it starts from one that starts and ends on the same day', () => {
    const s = snapshot();
    s.engagement = { ...s.engagement!, periodStart: '2026-06-30', periodEnd: '2026-01-01' };
    expect(run(engagementValid, s).messages).toEqual([
      'The engagement is not usable: the period ends before it starts.',
    ]);
    s.engagement = { ...s.engagement, periodStart: '2026-06-30', periodEnd: '2026-06-30' };
    expect(run(engagementValid, s).messages).toEqual([
      'The engagement is not usable: the period starts and ends on the same day (2026-06-30); a Type II period must end after it starts.',
    ]);
  });
});

describe('engagement-period', () => {
  it('passes a six-month period', () => {
    expect(run(engagementPeriod, snapshot()).findings).toEqual([]);
  });

  it('warns about a two-month period', () => {
    const s = snapshot();
    s.engagement = { ...s.engagement!, periodEnd: '2026-02-28' };
    expect(run(engagementPeriod, s).messages[0]).toMatch(/shorter than 3 months/);
  });
});

describe('criterion-coverage', () => {
  const allCovered = () =>
    snapshot({
      controls: [
        control({
          criteria: Array.from({ length: 5 }, (_, i) => `CC1.${i + 1}`)
            .concat(['CC2.1', 'CC2.2', 'CC2.3', 'CC3.1', 'CC3.2', 'CC3.3', 'CC3.4', 'CC4.1', 'CC4.2'])
            .concat(['CC5.1', 'CC5.2', 'CC5.3', 'CC6.1', 'CC6.2', 'CC6.3', 'CC6.4', 'CC6.5', 'CC6.6', 'CC6.7'])
            .concat(['CC6.8', 'CC7.1', 'CC7.2', 'CC7.3', 'CC7.4', 'CC7.5', 'CC8.1', 'CC9.1', 'CC9.2']),
        }),
      ],
    });

  it('passes when every in-scope criterion has an implemented control or an N/A reason', () => {
    const s = allCovered();
    s.controls[0]!.criteria = s.controls[0]!.criteria.filter((k) => k !== 'CC6.4');
    s.criterionExclusions = { 'CC6.4': 'No offices or data centres: the cloud provider runs the buildings.' };
    const r = run(criterionCoverage, s);
    expect(r.findings).toEqual([]);
    expect(r.checked).toBe(33);
  });

  it('flags a criterion with no control, and one whose only control is not implemented', () => {
    const s = allCovered();
    s.controls[0]!.criteria = s.controls[0]!.criteria.filter((k) => k !== 'CC6.4' && k !== 'CC9.2');
    s.controls.push(control({ id: 'VM-01', status: 'in-progress', criteria: ['CC9.2'] }));
    const r = run(criterionCoverage, s);
    expect(r.keys).toEqual(['criterion-coverage:CC6.4', 'criterion-coverage:CC9.2']);
    expect(r.messages[0]).toContain('no control is mapped');
    expect(r.messages[1]).toContain('none implemented');
    expect(r.findings[0]!.link).toEqual({ area: 'criteria', sub: 'CC6.4', label: 'Criterion CC6.4' });
  });
});

describe('not-applicable-reasons', () => {
  it('passes full-sentence reasons', () => {
    const s = snapshot({
      criterionExclusions: { 'CC6.4': 'No offices or data centres: the cloud provider runs the buildings.' },
    });
    expect(run(notApplicableReasons, s).findings).toEqual([]);
  });

  it('advises on a one-word reason, for a criterion and a control', () => {
    const s = snapshot({
      criterionExclusions: { 'CC6.4': 'remote' },
      controls: [control(), control({ id: 'PS-02', notApplicableReason: 'n/a' })],
    });
    const r = run(notApplicableReasons, s);
    expect(r.keys).toEqual(['not-applicable-reasons:criterion:CC6.4', 'not-applicable-reasons:control:PS-02']);
    expect(r.findings.every((f) => f.severity === 'advice')).toBe(true);
  });
});
