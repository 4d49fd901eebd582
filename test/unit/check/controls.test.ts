import { describe, expect, it } from 'vitest';
import { controlEvidence } from '../../../shared/check/rules/control-evidence';
import { controlImplemented } from '../../../shared/check/rules/control-implemented';
import { controlOwner } from '../../../shared/check/rules/control-owner';
import { control, run, snapshot } from './fixtures';

describe('control-owner', () => {
  it('passes an owned control', () => {
    expect(run(controlOwner, snapshot()).findings).toEqual([]);
  });

  it('flags a control without an owner, linking to the control, and ignores N/A and out-of-scope ones', () => {
    const s = snapshot({
      controls: [
        control({ owner: '' }),
        control({ id: 'PS-02', owner: '', notApplicableReason: 'No offices of our own, fully remote team.' }),
        control({ id: 'PI-01', owner: '', criteria: ['PI1.1'] }),
      ],
    });
    const r = run(controlOwner, s);
    expect(r.keys).toEqual(['control-owner:AC-01']);
    expect(r.findings[0]).toMatchObject({
      severity: 'warning',
      criteria: ['CC6.1'],
      link: { area: 'controls', sub: 'AC-01' },
    });
    expect(r.messages[0]).toBe('Control AC-01 (Quarterly access review) has no owner.');
  });
});

describe('control-implemented', () => {
  it('passes an implemented control', () => {
    expect(run(controlImplemented, snapshot()).findings).toEqual([]);
  });

  it('flags a control in progress as a blocker', () => {
    const r = run(controlImplemented, snapshot({ controls: [control({ status: 'in-progress' })] }));
    expect(r.findings[0]).toMatchObject({ key: 'control-implemented:AC-01', severity: 'blocker' });
    expect(r.messages[0]).toContain('in progress');
  });
});

describe('control-evidence', () => {
  it('passes a control with evidence still valid on the as-of date', () => {
    expect(run(controlEvidence, snapshot()).findings).toEqual([]);
  });

  it('is a blocker with no evidence at all', () => {
    const r = run(controlEvidence, snapshot({ evidence: [] }));
    expect(r.findings[0]).toMatchObject({ key: 'control-evidence:AC-01', severity: 'blocker' });
    expect(r.messages[0]).toContain('has no evidence');
  });

  it('is a warning when the latest evidence has expired (monthly control, last item in May)', () => {
    const r = run(
      controlEvidence,
      snapshot({
        evidence: [
          { controlId: 'AC-01', effectiveDate: '2026-05-20', validUntil: null, coversFrom: null, coversTo: null },
        ],
      }),
    );
    expect(r.findings[0]).toMatchObject({ severity: 'warning' });
    expect(r.messages[0]).toContain('expired on 2026-06-20');
  });

  it('judges by the newest item even when the snapshot lists links out of date order', () => {
    const r = run(
      controlEvidence,
      snapshot({
        evidence: [
          { controlId: 'AC-01', effectiveDate: '2026-07-01', validUntil: null, coversFrom: null, coversTo: null },
          { controlId: 'AC-01', effectiveDate: '2026-03-01', validUntil: null, coversFrom: null, coversTo: null },
        ],
      }),
    );
    expect(r.findings).toEqual([]);
  });

  it('honours an owner’s valid-until override', () => {
    const r = run(
      controlEvidence,
      snapshot({
        evidence: [
          {
            controlId: 'AC-01',
            effectiveDate: '2026-05-20',
            validUntil: '2026-12-31',
            coversFrom: null,
            coversTo: null,
          },
        ],
      }),
    );
    expect(r.findings).toEqual([]);
  });
});
