import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ErrorShape } from '../../../shared/contract/errors';
import type {
  AccessCoverage,
  AccessReviewDetail,
  AccessReviewSummary,
  AccessSystem,
  ImportResult,
} from '../../../shared/domain/access-reviews';
import { verifyReviewSnapshots } from '../../../electron/services/access-reviews';
import type { VerificationReport } from '../../../shared/domain/evidence';
import { demoPeriod } from '../../../electron/services/demo';
import { demoIncidents } from '../../../electron/services/demo-data/incidents';
import { dispatch } from '../../../electron/services/dispatch';
import { Workbench } from '../../../electron/services/workbench';
import { tempDir } from '../../helpers/tmp';
import { newWorkbench, SAMPLE, tableCounts } from '../../helpers/vault';

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

/** A workbench whose vault clock the test sets, so "today" and "the future" are fixed. */
function clockedWorkbench(start: string): { wb: Workbench; setNow: (iso: string) => void } {
  let now = new Date(start);
  const dir = tempDir();
  const wb = new Workbench({ recentFile: path.join(dir, 'recent.json'), vaultOptions: { now: () => now } });
  wb.createVault(path.join(dir, 'test.attest'), SAMPLE);
  return { wb, setNow: (iso) => (now = new Date(iso)) };
}

const TYPE2 = {
  orgName: 'Acme AI',
  systemName: 'Acme Delivery Platform',
  reportType: 'type2',
  asOfDate: '',
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
};

/** A completed review of `systemId` performed on `reviewDate`, with the given accounts (all kept). */
async function completedReview(
  wb: Workbench,
  systemId: number,
  reviewDate: string,
  emails = ['a@x.test'],
): Promise<AccessReviewDetail> {
  const r = await call<AccessReviewDetail>(wb, 'accessReviews.create', {
    systemId,
    periodStart: addDays(reviewDate, -80),
    periodEnd: reviewDate,
    reviewer: 'Dana',
    reviewDate,
  });
  await call(wb, 'accessReviews.addAccounts', { reviewId: r.id, accounts: emails.map((email) => ({ email })) });
  return call<AccessReviewDetail>(wb, 'accessReviews.complete', { id: r.id, keepUndecided: true });
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

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
    const { wb, setNow } = clockedWorkbench('2026-04-05T09:00:00Z');
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
    setNow('2026-04-12T15:00:00Z');
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

  it('refuses remediation, completion and addendum dates that cannot be true, naming the field', async () => {
    const { wb, setNow } = clockedWorkbench('2026-04-05T09:00:00Z');
    const review = await reviewOf(wb); // performed 2026-04-03
    await call(wb, 'accessReviews.importAccounts', { reviewId: review.id, csv: csvOf(2), mapping: MAPPING });
    const [leaver] = (await call<AccessReviewDetail>(wb, 'accessReviews.get', { id: review.id })).accountRows;
    await call(wb, 'accessReviews.decide', {
      reviewId: review.id,
      accountIds: [leaver!.id],
      decision: 'revoke',
      reason: 'Left in March',
    });
    const before = tableCounts(wb.requireVault());

    const early = await failure(wb, 'accessReviews.remediate', { accountId: leaver!.id, remediatedOn: '2026-04-02' });
    expect(early).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(
        /^remediatedOn: The remediation date 2026-04-02 is before the review date 2026-04-03/,
      ),
      details: { issues: [{ path: 'remediatedOn' }] },
    });
    const later = await failure(wb, 'accessReviews.remediate', { accountId: leaver!.id, remediatedOn: '2026-04-07' });
    expect(later.message).toMatch(/^remediatedOn: The remediation date 2026-04-07 is in the future/);
    expect(tableCounts(wb.requireVault())).toEqual(before);
    expect((await call<AccessReviewDetail>(wb, 'accessReviews.get', { id: review.id })).openRemediations).toBe(1);
    // The review day itself is fine, and so is "tomorrow" in UTC, which is already today east of Greenwich.
    await call(wb, 'accessReviews.remediate', { accountId: leaver!.id, remediatedOn: '2026-04-03' });

    // A review dated in the future cannot be completed yet.
    const planned = await call<AccessReviewDetail>(wb, 'accessReviews.update', {
      id: review.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-04-09',
      reviewer: 'Daniel Reyes',
      reviewDate: '2026-04-09',
    });
    const tooSoon = await failure(wb, 'accessReviews.complete', { id: planned.id, keepUndecided: true });
    expect(tooSoon).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^reviewDate: The review date 2026-04-09 is in the future/),
    });
    expect((await call<AccessReviewDetail>(wb, 'accessReviews.get', { id: review.id })).status).toBe('in-progress');

    setNow('2026-04-09T08:00:00Z');
    const done = await call<AccessReviewDetail>(wb, 'accessReviews.complete', { id: review.id, keepUndecided: true });
    expect(done.completedAt).toBe('2026-04-09T08:00:00.000Z');

    // An addendum corrects a completed review: dated on or after completion, and not in the future.
    const addendum = { reviewId: review.id, author: 'Daniel Reyes', text: 'The leaver left on 28 March.' };
    const beforeCompletion = await failure(wb, 'accessReviews.addAddendum', { ...addendum, addedOn: '2026-04-08' });
    expect(beforeCompletion.message).toMatch(
      /^addedOn: The addendum date 2026-04-08 is before the review was completed \(2026-04-09\)/,
    );
    const ahead = await failure(wb, 'accessReviews.addAddendum', { ...addendum, addedOn: '2026-04-20' });
    expect(ahead.message).toBe('addedOn: The addendum date 2026-04-20 is in the future');
    expect((await call<AccessReviewDetail>(wb, 'accessReviews.get', { id: review.id })).addendaRows).toEqual([]);
    const dated = await call<AccessReviewDetail>(wb, 'accessReviews.addAddendum', {
      ...addendum,
      addedOn: '2026-04-09',
    });
    const undated = await call<AccessReviewDetail>(wb, 'accessReviews.addAddendum', addendum);
    expect(dated.addendaRows.map((a) => a.addedOn)).toEqual(['2026-04-09']);
    expect(undated.addendaRows.map((a) => a.addedOn)).toEqual(['2026-04-09', '2026-04-09']);
    wb.closeVault();
  });

  it('as of a date, counts only the reviews performed by then', async () => {
    const { wb } = clockedWorkbench('2026-07-15T10:00:00Z');
    await call(wb, 'engagement.update', TYPE2);
    const gh = await call<AccessSystem>(wb, 'accessSystems.create', { name: 'GitHub' });
    await completedReview(wb, gh.id, '2026-02-15');
    await completedReview(wb, gh.id, '2026-05-20');

    const windows = (c: AccessCoverage) => c.systems[0]!.windows.map((w) => [w.label, w.state, w.reviews.length]);
    const april = await call<AccessCoverage>(wb, 'accessReviews.coverage', { asOf: '2026-04-10' });
    expect(windows(april)).toEqual([
      ['Q1 2026', 'reviewed', 1],
      ['Q2 2026', 'upcoming', 0],
    ]);
    // On 18 May the second review had not happened: the system was three days late, whatever came after.
    const may = await call<AccessCoverage>(wb, 'accessReviews.coverage', { asOf: '2026-05-18' });
    expect(may.systems[0]!.system).toMatchObject({
      lastReviewed: '2026-02-15',
      nextDue: '2026-05-15',
      state: 'overdue',
    });
    const july = await call<AccessCoverage>(wb, 'accessReviews.coverage', {});
    expect(windows(july)).toEqual([
      ['Q1 2026', 'reviewed', 1],
      ['Q2 2026', 'reviewed', 1],
    ]);
    expect(july.systems[0]!.system).toMatchObject({ lastReviewed: '2026-05-20', state: 'current' });
    wb.closeVault();
  });

  it('refuses a column mapping that feeds two fields from one column, and imports nothing', async () => {
    const wb = newWorkbench();
    const review = await reviewOf(wb);
    const error = await failure(wb, 'accessReviews.importAccounts', {
      reviewId: review.id,
      csv: csvOf(3),
      mapping: { email: 1, name: 1, role: 2, lastLogin: null },
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: 'mapping.name: Name and Email both read column 2; choose a different column for Name, or none',
    });
    expect((await call<AccessReviewDetail>(wb, 'accessReviews.get', { id: review.id })).accounts).toBe(0);
    wb.closeVault();
  });

  it('re-hashes completed reviews: renaming a system is fine, a changed account or review is reported', async () => {
    const wb = newWorkbench();
    const db = wb.requireVault().db;
    const gh = await call<AccessSystem>(wb, 'accessSystems.create', { name: 'GitHub' });
    const aws = await call<AccessSystem>(wb, 'accessSystems.create', { name: 'AWS' });
    const first = await completedReview(wb, gh.id, '2026-03-30', ['ada@x.test', 'bob@x.test']);
    const second = await completedReview(wb, gh.id, '2026-06-29', ['ada@x.test']);
    const third = await completedReview(wb, aws.id, '2026-06-29', ['ops@x.test']);
    await call(wb, 'accessReviews.create', {
      systemId: aws.id,
      periodStart: '2026-07-01',
      periodEnd: '2026-09-30',
      reviewer: 'Dana',
      reviewDate: '2026-09-30',
    });
    expect(verifyReviewSnapshots(db).altered).toEqual([]);

    await call(wb, 'accessSystems.update', { id: gh.id, fields: { name: 'GitHub Enterprise' } });
    expect(verifyReviewSnapshots(db).altered).toEqual([]);
    expect((await call<AccessReviewDetail>(wb, 'accessReviews.get', { id: first.id })).snapshotSha256).toBe(
      first.snapshotSha256,
    );

    // Someone edits the file behind Attest's back: the triggers dropped, a kept account turned admin.
    db.exec('DROP TRIGGER access_review_account_locked_update');
    db.prepare("UPDATE access_review_account SET role = 'admin' WHERE review_id = ? AND email = 'bob@x.test'").run(
      first.id,
    );
    db.exec('DROP TRIGGER access_review_completed_immutable');
    db.prepare("UPDATE access_review SET reviewer = 'Someone else' WHERE id = ?").run(third.id);
    expect(verifyReviewSnapshots(db).altered).toEqual([
      { id: first.id, label: expect.stringMatching(/GitHub Enterprise access for 2026-01-0\d to 2026-03-30/) },
      { id: third.id, label: expect.stringMatching(/^Access review \d+: AWS access for .* performed 2026-06-29$/) },
    ]);
    expect(verifyReviewSnapshots(db).altered.map((r) => r.id)).not.toContain(second.id);
    // The vault's verification (Verify now, attest verify) names them and is not clean.
    const report = await call<VerificationReport>(wb, 'vault.verify', {});
    expect(report).toMatchObject({ ok: false, mismatches: [], reviews: { checked: 3 } });
    expect(report.reviews.altered.map((r) => r.id)).toEqual([first.id, third.id]);
    expect(await call(wb, 'vault.lastVerification', {})).toMatchObject({ ok: false, mismatches: 2 });
    wb.closeVault();
  });

  it('still verifies a review completed before snapshots named the system by id', async () => {
    const wb = newWorkbench();
    const db = wb.requireVault().db;
    const gh = await call<AccessSystem>(wb, 'accessSystems.create', { name: 'GitHub' });
    const review = await completedReview(wb, gh.id, '2026-03-30', ['ada@x.test']);
    // The first form of the snapshot: the system's name where the id is now.
    const hash = createHash('sha256');
    hash.update(JSON.stringify([review.id, 'GitHub', review.periodStart, review.periodEnd, 'Dana', '2026-03-30']));
    const a = review.accountRows[0]!;
    hash.update('\n');
    hash.update(JSON.stringify([a.email, a.name, a.role, a.lastLogin, a.decision, a.reason, a.newRole]));
    db.exec('DROP TRIGGER access_review_completed_immutable');
    db.prepare('UPDATE access_review SET snapshot_sha256 = ? WHERE id = ?').run(hash.digest('hex'), review.id);
    expect(verifyReviewSnapshots(db).altered).toEqual([]);
    db.prepare('UPDATE access_review SET snapshot_sha256 = ? WHERE id = ?').run('0'.repeat(64), review.id);
    expect(verifyReviewSnapshots(db).altered.map((r) => r.id)).toEqual([review.id]);
    wb.closeVault();
  });
});

describe('the demo’s access reviews', () => {
  async function demoWorkbench(size: 'small' | 'large'): Promise<Workbench> {
    const wb = newWorkbench();
    const vault = wb.requireVault();
    await call(wb, 'engagement.update', { ...TYPE2, ...demoPeriod(new Date(vault.now())) });
    demoIncidents(vault, size);
    return wb;
  }

  it('reviews periods that end by the review date, holds one review in progress and one addendum', async () => {
    const wb = await demoWorkbench('small');
    const today = wb.requireVault().today();
    const reviews = await call<AccessReviewSummary[]>(wb, 'accessReviews.list', {});
    const details = await Promise.all(
      reviews.map((r) => call<AccessReviewDetail>(wb, 'accessReviews.get', { id: r.id })),
    );
    expect(details.filter((r) => r.periodEnd > r.reviewDate)).toEqual([]);
    expect(details.filter((r) => r.reviewDate > today)).toEqual([]);
    const open = reviews.filter((r) => r.status === 'in-progress');
    expect(open).toEqual([
      expect.objectContaining({ systemName: 'Google Workspace', reviewDate: today, decided: 5, accounts: 12 }),
    ]);
    const withAddenda = reviews.filter((r) => r.addenda > 0);
    expect(withAddenda).toEqual([expect.objectContaining({ systemName: 'GitHub', status: 'completed', addenda: 1 })]);
    // The in-progress review does not change the period view: GitHub still misses one window, nothing else does.
    const coverage = await call<AccessCoverage>(wb, 'accessReviews.coverage', {});
    expect(coverage.systems.map((s) => [s.system.name, s.missing])).toEqual([
      ['AWS production account', 0],
      ['GitHub', 1],
      ['Google Workspace', 0],
      ['HubSpot CRM', 0],
      ['Model provider console', 0],
    ]);
    expect(verifyReviewSnapshots(wb.requireVault().db).altered).toEqual([]);
    wb.closeVault();
  });

  it('at benchmark scale, every completed review verifies against its snapshot', async () => {
    const wb = await demoWorkbench('large');
    const db = wb.requireVault().db;
    const completed = db.prepare("SELECT count(*) FROM access_review WHERE status = 'completed'").pluck().get();
    expect(completed).toBeGreaterThan(2000);
    expect(verifyReviewSnapshots(db).altered).toEqual([]);
    wb.closeVault();
  }, 60_000);
});
