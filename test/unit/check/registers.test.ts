import { describe, expect, it } from 'vitest';
import { changeApproval } from '../../../shared/check/rules/change-approval';
import { descriptionSections } from '../../../shared/check/rules/description-sections';
import { riskAssessment } from '../../../shared/check/rules/risk-assessment';
import { riskTreatment } from '../../../shared/check/rules/risk-treatment';
import { subserviceSoc } from '../../../shared/check/rules/subservice-soc';
import { trainingCurrent } from '../../../shared/check/rules/training-current';
import { vendorReview } from '../../../shared/check/rules/vendor-review';
import type { SnapshotChange, SnapshotVendor } from '../../../shared/check/types';
import { run, snapshot } from './fixtures';

describe('training-current', () => {
  it('passes someone trained in February; a joiner of last week is not due yet; a leaver is not checked', () => {
    const s = snapshot({
      people: [
        { id: 1, name: 'Ada Moss', startDate: '2025-01-06', endDate: null, lastTrainingOn: '2026-02-03' },
        { id: 2, name: 'New Joiner', startDate: '2026-07-06', endDate: null, lastTrainingOn: null },
        { id: 3, name: 'Left Early', startDate: '2024-01-06', endDate: '2026-01-31', lastTrainingOn: null },
      ],
    });
    expect(run(trainingCurrent, s).findings).toEqual([]);
  });

  it('flags someone never trained and someone trained 14 months ago', () => {
    const s = snapshot({
      people: [
        { id: 1, name: 'Ada Moss', startDate: '2025-01-06', endDate: null, lastTrainingOn: '2025-05-02' },
        { id: 2, name: 'Ben Ode', startDate: '2025-01-06', endDate: null, lastTrainingOn: null },
      ],
    });
    const r = run(trainingCurrent, s);
    expect(r.messages).toEqual([
      'Ada Moss last completed security training on 2025-05-02, over 12 months ago.',
      'Ben Ode has no security training on record.',
    ]);
    expect(r.findings[1]!.link).toMatchObject({ area: 'people', sub: '2' });
  });
});

describe('change-approval', () => {
  const change = (o: Partial<SnapshotChange>): SnapshotChange => ({
    id: 1,
    title: 'Rotate the model gateway keys',
    author: 'Ravi Menon',
    approver: 'Daniel Reyes',
    deployedOn: '2026-04-02',
    ...o,
  });

  it('passes a change approved by someone else; ignores changes outside the period', () => {
    const s = snapshot({ changes: [change({}), change({ id: 2, approver: '', deployedOn: '2025-11-02' })] });
    expect(run(changeApproval, s).findings).toEqual([]);
  });

  it('flags a change without approver and one approved by its author (any case)', () => {
    const s = snapshot({ changes: [change({ approver: '' }), change({ id: 2, approver: 'ravi menon ' })] });
    const r = run(changeApproval, s);
    expect(r.messages).toEqual([
      'Change "Rotate the model gateway keys" deployed on 2026-04-02 has no approver.',
      'Change "Rotate the model gateway keys" deployed on 2026-04-02 was approved by its own author, Ravi Menon.',
    ]);
    expect(r.findings[0]!.severity).toBe('blocker');
  });
});

describe('risk rules', () => {
  it('risk-assessment passes an assessment in March, flags none and one 13 months old', () => {
    expect(run(riskAssessment, snapshot({ riskAssessments: [{ completedOn: '2026-03-01' }] })).findings).toEqual([]);
    expect(run(riskAssessment, snapshot({ riskAssessments: [] })).messages).toEqual([
      'No risk assessment has been recorded.',
    ]);
    expect(run(riskAssessment, snapshot({ riskAssessments: [{ completedOn: '2025-06-01' }] })).messages[0]).toContain(
      'over 12 months ago',
    );
  });

  it('risk-treatment flags a high residual risk with no treatment, using the inherent score until assessed', () => {
    const s = snapshot({
      risks: [
        { id: 1, title: 'Prompt injection leaks data', inherentScore: 20, residualScore: 12, treatment: 'mitigate' },
        { id: 2, title: 'Provider outage', inherentScore: 16, residualScore: null, treatment: null },
        { id: 3, title: 'Laptop theft', inherentScore: 6, residualScore: null, treatment: null },
      ],
    });
    const r = run(riskTreatment, s);
    expect(r.keys).toEqual(['risk-treatment:2']);
    expect(r.messages[0]).toContain('scores 16 (residual not assessed)');
  });
});

describe('vendor rules', () => {
  const vendor = (o: Partial<SnapshotVendor>): SnapshotVendor => ({
    id: 1,
    name: 'Cloudform Hosting',
    criticality: 'critical',
    subserviceMethod: 'carve-out',
    lastReviewed: '2026-02-01',
    csocs: 3,
    socReviewedOn: '2026-02-01',
    ...o,
  });

  it('pass a reviewed critical subservice organization with CSOCs', () => {
    const s = snapshot({ vendors: [vendor({})] });
    expect(run(vendorReview, s).findings).toEqual([]);
    expect(run(subserviceSoc, s).findings).toEqual([]);
  });

  it('vendor-review flags a critical vendor never reviewed', () => {
    expect(run(vendorReview, snapshot({ vendors: [vendor({ lastReviewed: null })] })).messages).toEqual([
      'Critical vendor Cloudform Hosting has never been reviewed.',
    ]);
  });

  it('subservice-soc blocks on missing CSOCs or SOC review, and warns on a stale review', () => {
    const r = run(subserviceSoc, snapshot({ vendors: [vendor({ csocs: 0, socReviewedOn: null })] }));
    expect(r.findings[0]).toMatchObject({ severity: 'blocker', link: { area: 'vendors', sub: '1' } });
    expect(r.messages[0]).toContain('no CSOCs are recorded; no reviewed SOC report is on file');
    const stale = run(subserviceSoc, snapshot({ vendors: [vendor({ socReviewedOn: '2025-03-01' })] }));
    expect(stale.findings[0]!.severity).toBe('warning');
  });
});

describe('description-sections', () => {
  it('passes a filled description and flags each gap, linking to the description tab', () => {
    expect(run(descriptionSections, snapshot({ descriptionGaps: [] })).findings).toEqual([]);
    const r = run(descriptionSections, snapshot({ descriptionGaps: ['Services provided (DC1) is empty'] }));
    expect(r.findings[0]).toMatchObject({
      key: 'description-sections:services-provided-dc1-is-empty',
      message: 'System description: Services provided (DC1) is empty.',
      link: { area: 'export', sub: 'description' },
    });
  });
});
