import { describe, expect, it } from 'vitest';
import { accessReviewCadence } from '../../../shared/check/rules/access-review-cadence';
import { accessReviewClosure } from '../../../shared/check/rules/access-review-closure';
import { leaverAccess } from '../../../shared/check/rules/leaver-access';
import type { SnapshotAccessReview, SnapshotPerson, SnapshotSystem } from '../../../shared/check/types';
import { run, snapshot } from './fixtures';

const github: SnapshotSystem = {
  id: 1,
  name: 'GitHub',
  inScope: true,
  reviewFrequency: 'quarterly',
};

function review(overrides: Partial<SnapshotAccessReview>): SnapshotAccessReview {
  return { id: 1, systemId: 1, reviewDate: '2026-03-20', completed: true, openRemediations: 0, ...overrides };
}

describe('access-review-cadence', () => {
  it('is skipped without an access-review register, and passes a quarterly system reviewed each quarter', () => {
    expect(run(accessReviewCadence, snapshot()).skipped).toBeTruthy();
    const s = snapshot({
      systems: [github, { ...github, id: 2, name: 'Old CRM', inScope: false }],
      accessReviews: [review({ id: 1 }), review({ id: 2, reviewDate: '2026-06-25' })],
    });
    expect(run(accessReviewCadence, s).findings).toEqual([]);
  });

  it('Type II: names the quarter without a completed review (an in-progress one does not count)', () => {
    const s = snapshot({
      systems: [github],
      accessReviews: [review({ id: 1 }), review({ id: 2, reviewDate: '2026-06-25', completed: false })],
    });
    const r = run(accessReviewCadence, s);
    expect(r.findings[0]).toMatchObject({ key: 'access-review-cadence:1', severity: 'blocker' });
    expect(r.messages[0]).toBe('GitHub (reviewed quarterly): no completed access review for Q2 2026.');
  });

  it('Type I: flags a system whose last review is older than its frequency', () => {
    const s = snapshot({ systems: [github], accessReviews: [review({ reviewDate: '2026-01-15' })] });
    s.engagement = { ...s.engagement!, reportType: 'type1', asOfDate: '2026-07-10' };
    expect(run(accessReviewCadence, s).messages[0]).toContain('the next was due on 2026-04-15');
  });
});

describe('access-review-closure', () => {
  it('passes completed reviews with every removal done', () => {
    expect(run(accessReviewClosure, snapshot({ systems: [github], accessReviews: [review({})] })).findings).toEqual([]);
  });

  it('flags open removals and a review left open for over 30 days', () => {
    const s = snapshot({
      systems: [github],
      accessReviews: [
        review({ id: 1, openRemediations: 2 }),
        review({ id: 2, reviewDate: '2026-05-01', completed: false }),
      ],
    });
    const r = run(accessReviewClosure, s);
    expect(r.keys).toEqual(['access-review-closure:1', 'access-review-closure:2']);
    expect(r.messages[0]).toContain('2 accounts to revoke or change with no remediation recorded');
    expect(r.findings[0]!.link).toMatchObject({ area: 'access-reviews', sub: '1' });
  });
});

describe('leaver-access', () => {
  const leaver: SnapshotPerson = {
    id: 5,
    name: 'Noor Haddad',
    startDate: '2024-01-08',
    endDate: '2026-04-10',
    lastTrainingOn: null,
  };

  it('passes a leaver whose account the next review revoked', () => {
    const s = snapshot({
      people: [leaver],
      systems: [github],
      accessReviews: [review({ id: 1, reviewDate: '2026-03-20' }), review({ id: 2, reviewDate: '2026-06-25' })],
      leaverAccounts: [
        { personId: 5, reviewId: 1, decision: 'keep' },
        { personId: 5, reviewId: 2, decision: 'revoke' },
      ],
    });
    expect(run(leaverAccess, s).findings).toEqual([]);
  });

  it('is a blocker when a review after the end date kept the account', () => {
    const s = snapshot({
      people: [leaver],
      systems: [github],
      accessReviews: [review({ id: 2, reviewDate: '2026-06-25' })],
      leaverAccounts: [{ personId: 5, reviewId: 2, decision: 'keep' }],
    });
    const r = run(leaverAccess, s);
    expect(r.findings[0]).toMatchObject({ key: 'leaver-access:5:1', severity: 'blocker' });
    expect(r.messages[0]).toBe(
      'Noor Haddad left on 2026-04-10, but the access review of GitHub on 2026-06-25 kept their account.',
    );
  });

  it('warns when no review since the person left confirms the removal', () => {
    const s = snapshot({
      people: [leaver],
      systems: [github],
      accessReviews: [review({ id: 1, reviewDate: '2026-03-20' })],
      leaverAccounts: [{ personId: 5, reviewId: 1, decision: 'keep' }],
    });
    expect(run(leaverAccess, s).findings[0]).toMatchObject({ severity: 'warning' });
  });
});
