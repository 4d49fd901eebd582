import { describe, expect, it } from 'vitest';
import type { ErrorShape } from '../../../shared/contract/errors';
import type {
  AccessCoverage,
  AccessReviewDetail,
  AccessSystem,
  ImportResult,
} from '../../../shared/domain/access-reviews';
import { dispatch } from '../../../electron/services/dispatch';
import type { Workbench } from '../../../electron/services/workbench';
import { newWorkbench, tableCounts } from '../../helpers/vault';

async function call<T>(wb: Workbench, name: string, input: unknown): Promise<T> {
  const result = await dispatch(wb, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function failure(wb: Workbench, name: string, input: unknown): Promise<ErrorShape> {
  const result = await dispatch(wb, name, input);
  if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
  return result.error;
}

const MAPPING = { name: 0, email: 1, role: 2, lastLogin: 3 };

async function reviewOf(wb: Workbench, system = 'GitHub'): Promise<AccessReviewDetail> {
  const s = await call<AccessSystem>(wb, 'accessSystems.create', { name: system, owner: 'Daniel Reyes' });
  return call<AccessReviewDetail>(wb, 'accessReviews.create', {
    systemId: s.id,
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    reviewer: 'Daniel Reyes',
    reviewDate: '2026-04-03',
  });
}

function csvOf(n: number, { separator = ',', bom = false } = {}): string {
  const lines = [['Name', 'Email', 'Role', 'Last login'].join(separator)];
  for (let i = 0; i < n; i++)
    lines.push([`User ${i}`, `User${i}@Fernhill.test`, 'member', '2026-03-0' + ((i % 9) + 1)].join(separator));
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

describe('access reviews', () => {
  it('keeps a systems inventory with quarterly reviews by default and unique names', async () => {
    const wb = newWorkbench();
    const s = await call<AccessSystem>(wb, 'accessSystems.create', { name: 'Google Workspace' });
    expect(s).toMatchObject({ inScope: true, reviewFrequency: 'quarterly', criticality: 'medium', reviews: 0 });
    const dup = await failure(wb, 'accessSystems.create', { name: 'google workspace' });
    expect(dup.code).toBe('conflict');
    const updated = await call<AccessSystem>(wb, 'accessSystems.update', {
      id: s.id,
      fields: { name: 'Google Workspace', inScope: false, reviewFrequency: 'annual', criticality: 'high' },
    });
    expect(updated).toMatchObject({ inScope: false, state: 'out-of-scope' });
    await call(wb, 'accessSystems.remove', { id: s.id });
    expect(await call<AccessSystem[]>(wb, 'accessSystems.list', {})).toEqual([]);
    wb.closeVault();
  });

  it('imports a CSV with a BOM, semicolons and blank lines using the column mapping', async () => {
    const wb = newWorkbench();
    const review = await reviewOf(wb);
    const csv =
      '\uFEFFEmail;Full name;Permission;Last sign-in\r\n\r\nada@x.test;"Lovelace; Ada";admin;2026-03-30T10:00:00Z\r\n;;;\r\nbob@x.test;Bob;member;never\r\n';
    const result = await call<ImportResult>(wb, 'accessReviews.importAccounts', {
      reviewId: review.id,
      csv,
      mapping: { email: 0, name: 1, role: 2, lastLogin: 3 },
    });
    expect(result).toEqual({ imported: 2, total: 2 });
    const detail = await call<AccessReviewDetail>(wb, 'accessReviews.get', { id: review.id });
    expect(detail.accountRows.map((a) => [a.name, a.email, a.role, a.lastLogin])).toEqual([
      ['Lovelace; Ada', 'ada@x.test', 'admin', '2026-03-30'],
      ['Bob', 'bob@x.test', 'member', null],
    ]);
    wb.closeVault();
  });

  it('refuses a bad file naming each line, and imports nothing', async () => {
    const wb = newWorkbench();
    const review = await reviewOf(wb);
    const before = tableCounts(wb.requireVault());
    const csv = [
      'Name,Email,Role,Last login',
      'Ada,ada@x.test,admin,2026-03-01',
      '',
      'Bob,,member,2026-03-01',
      'Cy,ADA@x.test,member,2026-03-01',
      'Di,di@x.test,member,03/04/2026',
      'Ed,not-an-email,member,',
    ].join('\n');
    const error = await failure(wb, 'accessReviews.importAccounts', { reviewId: review.id, csv, mapping: MAPPING });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^Nothing was imported: 4 problems in the file/);
    const problems = (error.details as { problems: { line: number; message: string }[] }).problems;
    expect(problems).toEqual([
      { line: 4, message: 'the email is empty' },
      { line: 5, message: 'ada@x.test is listed twice (also on line 2)' },
      { line: 6, message: expect.stringMatching(/last login "03\/04\/2026" is not a date/) },
      { line: 7, message: '"not-an-email" is not an email address' },
    ]);
    // A column the header does not have: the mapping is refused before any row is read.
    const missing = await failure(wb, 'accessReviews.importAccounts', {
      reviewId: review.id,
      csv: 'Name,Email\nAda,ada@x.test\n',
      mapping: MAPPING,
    });
    expect(missing.message).toMatch(/line 1: Role is mapped to column 3, but the header has 2 columns/);
    expect(tableCounts(wb.requireVault())).toEqual(before);

    // Accounts already in the review are duplicates too, reported with their line.
    await call(wb, 'accessReviews.importAccounts', { reviewId: review.id, csv: csvOf(3), mapping: MAPPING });
    const again = await failure(wb, 'accessReviews.importAccounts', {
      reviewId: review.id,
      csv: csvOf(4),
      mapping: MAPPING,
    });
    expect(again.message).toMatch(/3 problems.*line 2: user0@fernhill.test is already in this review/);
    expect((await call<AccessReviewDetail>(wb, 'accessReviews.get', { id: review.id })).accounts).toBe(3);
    wb.closeVault();
  });

  it('imports 20,000 accounts quickly', async () => {
    const wb = newWorkbench();
    const review = await reviewOf(wb);
    const started = performance.now();
    const result = await call<ImportResult>(wb, 'accessReviews.importAccounts', {
      reviewId: review.id,
      csv: csvOf(20_000, { separator: ';', bom: true }),
      mapping: MAPPING,
    });
    const importMs = performance.now() - started;
    expect(result.total).toBe(20_000);
    const t2 = performance.now();
    const detail = await call<AccessReviewDetail>(wb, 'accessReviews.get', { id: review.id });
    expect(detail.accountRows).toHaveLength(20_000);
    expect(importMs).toBeLessThan(5000);
    expect(performance.now() - t2).toBeLessThan(2000);
    wb.closeVault();
  });

  it('records decisions with reasons, completes with a snapshot, then stays locked apart from remediation and addenda', async () => {
    const wb = newWorkbench();
    const review = await reviewOf(wb);
    await call(wb, 'accessReviews.importAccounts', { reviewId: review.id, csv: csvOf(5), mapping: MAPPING });
    const d = await call<AccessReviewDetail>(wb, 'accessReviews.get', { id: review.id });
    const [a, b, c] = d.accountRows;

    expect(
      (await failure(wb, 'accessReviews.decide', { reviewId: review.id, accountIds: [a!.id], decision: 'revoke' }))
        .message,
    ).toMatch(/^reason: Give a reason/);
    await call(wb, 'accessReviews.decide', {
      reviewId: review.id,
      accountIds: [a!.id],
      decision: 'revoke',
      reason: 'Left in February',
    });
    await call(wb, 'accessReviews.decide', {
      reviewId: review.id,
      accountIds: [b!.id],
      decision: 'change-role',
      reason: 'Moved to sales',
      newRole: 'read-only',
    });
    await call(wb, 'accessReviews.decide', { reviewId: review.id, accountIds: [c!.id], decision: 'keep' });

    const notYet = await failure(wb, 'accessReviews.complete', { id: review.id });
    expect(notYet).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^2 of 5 accounts have no decision/),
    });

    await call(wb, 'accessReviews.remediate', {
      accountId: a!.id,
      remediatedOn: '2026-04-04',
      note: 'Removed from org',
    });
    const done = await call<AccessReviewDetail>(wb, 'accessReviews.complete', { id: review.id, keepUndecided: true });
    expect(done).toMatchObject({ status: 'completed', kept: 3, revoked: 1, changed: 1, openRemediations: 1 });
    expect(done.snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(done.accountRows[4]!.reason).toMatch(/Confirmed as appropriate/);

    // Locked: every change path is refused, by the service and by the database.
    const before = tableCounts(wb.requireVault());
    expect(
      (
        await failure(wb, 'accessReviews.decide', {
          reviewId: review.id,
          accountIds: [c!.id],
          decision: 'revoke',
          reason: 'x',
        })
      ).message,
    ).toMatch(/completed and locked/);
    expect(
      (await failure(wb, 'accessReviews.importAccounts', { reviewId: review.id, csv: csvOf(1), mapping: MAPPING }))
        .code,
    ).toBe('conflict');
    expect((await failure(wb, 'accessReviews.remove', { id: review.id })).code).toBe('conflict');
    expect(() =>
      wb.requireVault().db.prepare("UPDATE access_review_account SET decision = 'keep' WHERE id = ?").run(a!.id),
    ).toThrow(/cannot be changed/);
    expect(tableCounts(wb.requireVault())).toEqual(before);

    // The follow-up of the role change lands after sign-off: recorded once, then only via an addendum.
    const remediated = await call<AccessReviewDetail>(wb, 'accessReviews.remediate', {
      accountId: b!.id,
      remediatedOn: '2026-04-10',
    });
    expect(remediated.openRemediations).toBe(0);
    expect((await failure(wb, 'accessReviews.remediate', { accountId: b!.id, remediatedOn: '2026-04-11' })).code).toBe(
      'conflict',
    );
    const withAddendum = await call<AccessReviewDetail>(wb, 'accessReviews.addAddendum', {
      reviewId: review.id,
      addedOn: '2026-04-12',
      author: 'Daniel Reyes',
      text: 'The role change for user1 was done on 9 April, not 10 April.',
    });
    expect(withAddendum.addendaRows).toEqual([
      expect.objectContaining({ addedOn: '2026-04-12', author: 'Daniel Reyes' }),
    ]);
    expect(withAddendum.snapshotSha256).toBe(done.snapshotSha256);
    wb.closeVault();
  });

  it('shows each in-scope system across the audit period and flags overdue systems', async () => {
    const wb = newWorkbench();
    await call(wb, 'engagement.update', {
      orgName: 'Acme AI',
      systemName: 'Acme Delivery Platform',
      reportType: 'type2',
      asOfDate: '',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
    });
    const gh = await call<AccessSystem>(wb, 'accessSystems.create', { name: 'GitHub' });
    await call(wb, 'accessSystems.create', { name: 'Payroll', inScope: false });
    const r = await call<AccessReviewDetail>(wb, 'accessReviews.create', {
      systemId: gh.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      reviewer: 'Dana',
      reviewDate: '2026-02-15',
    });
    await call(wb, 'accessReviews.addAccounts', { reviewId: r.id, accounts: [{ email: 'a@x.test' }] });
    await call(wb, 'accessReviews.complete', { id: r.id, keepUndecided: true });

    const coverage = await call<AccessCoverage>(wb, 'accessReviews.coverage', { asOf: '2026-07-15' });
    expect(coverage.systems.map((s) => s.system.name)).toEqual(['GitHub']);
    const [row] = coverage.systems;
    expect(row!.windows.map((w) => [w.label, w.state])).toEqual([
      ['Q1 2026', 'reviewed'],
      ['Q2 2026', 'missing'],
    ]);
    expect(row!.system).toMatchObject({ lastReviewed: '2026-02-15', nextDue: '2026-05-15', state: 'overdue' });
    const early = await call<AccessCoverage>(wb, 'accessReviews.coverage', { asOf: '2026-05-05' });
    expect(early.systems[0]!.system.state).toBe('due-soon');
    expect(early.systems[0]!.windows[1]!.state).toBe('upcoming');
    wb.closeVault();
  });
});
