import { describe, expect, it } from 'vitest';
import { policyApproved } from '../../../shared/check/rules/policy-approved';
import { policyReview } from '../../../shared/check/rules/policy-review';
import { verificationClean, verificationRecent } from '../../../shared/check/rules/verification';
import { run, snapshot } from './fixtures';

describe('policy-approved', () => {
  it('passes an approved policy', () => {
    expect(run(policyApproved, snapshot()).findings).toEqual([]);
  });

  it('flags a never-approved policy behind a control in scope, linking to the policy', () => {
    const s = snapshot();
    s.policies[0]!.approvedOn = null;
    s.policies.push({
      id: 'unused',
      title: 'Unlinked draft',
      owner: '',
      reviewCadenceMonths: 12,
      approvedOn: null,
      controls: [],
    });
    const r = run(policyApproved, s);
    expect(r.keys).toEqual(['policy-approved:access-control']);
    expect(r.findings[0]!.link).toEqual({
      area: 'policies',
      sub: 'access-control',
      label: 'Policy "Access Control Policy"',
    });
    expect(r.findings[0]!.criteria).toEqual(expect.arrayContaining(['CC5.3', 'CC6.1']));
  });
});

describe('policy-review', () => {
  it('passes a policy approved within its cadence', () => {
    expect(run(policyReview, snapshot()).findings).toEqual([]);
  });

  it('flags a policy approved 14 months ago on a 12-month cadence', () => {
    const s = snapshot();
    s.policies[0]!.approvedOn = '2025-05-10';
    expect(run(policyReview, s).messages[0]).toContain('review was due on 2026-05-10');
  });
});

describe('verification', () => {
  it('passes a clean verification from last week', () => {
    expect(run(verificationRecent, snapshot()).findings).toEqual([]);
    expect(run(verificationClean, snapshot()).findings).toEqual([]);
  });

  it('warns when never verified or verified over 30 days ago', () => {
    expect(run(verificationRecent, snapshot({ verification: null })).messages).toEqual([
      'The vault has never been verified.',
    ]);
    const old = snapshot();
    old.verification!.finishedAt = '2026-05-01T10:00:00Z';
    expect(run(verificationRecent, old).messages[0]).toContain('last verified on 2026-05-01');
  });

  it('is a blocker when the last verification found an altered file', () => {
    const s = snapshot();
    s.verification!.mismatches = 1;
    const r = run(verificationClean, s);
    expect(r.findings[0]).toMatchObject({ severity: 'blocker', key: 'verification-clean:vault' });
    expect(r.messages[0]).toContain('1 stored file no longer matches its fingerprint');
  });
});
