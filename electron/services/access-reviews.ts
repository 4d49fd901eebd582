import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/contract/errors';
import {
  describeProblems,
  duplicateProblems,
  readAccountsCsv,
  reviewDue,
  reviewWindows,
  windowState,
  DECISION_LABELS,
  type AccessCoverage,
  type AccessReviewDetail,
  type AccessReviewSummary,
  type AccessSystem,
  type CsvProblem,
  type ImportResult,
  type ReviewStatus,
  type SystemFields,
  type accountsAddSchema,
  type accountsImportSchema,
  type addendumSchema,
  type completeSchema,
  type decideSchema,
  type remediateSchema,
  type reviewCreateSchema,
  type reviewUpdateSchema,
} from '../../shared/domain/access-reviews';
import { addDaysToDate, addMonthsToDate } from '../../shared/domain/dates';
import type { Db } from '../vault/database';
import * as q from '../vault/queries/access-reviews';
import { getEngagement } from '../vault/queries/engagement';
import type { Vault } from '../vault/vault';
import { plural } from '../../shared/words';

// ---------------------------------------------------------------------------------------------------------------
// Systems inventory

/** Where the review clock of a never-reviewed system starts: the audit period (Type II) or the day it was added. */
function baselineOf(vault: Vault, createdAt: string): string {
  const e = getEngagement(vault.db);
  const added = createdAt.slice(0, 10);
  if (e?.reportType === 'type2' && e.periodStart) return e.periodStart < added ? e.periodStart : added;
  return added;
}

function toSystem(vault: Vault, row: q.SystemRow, today: string): AccessSystem {
  const due = reviewDue(row, row.lastReviewed, baselineOf(vault, row.createdAt), today);
  return { ...row, ...due };
}

export function listSystems(vault: Vault): AccessSystem[] {
  const today = vault.today();
  return q.listSystemRows(vault.db).map((row) => toSystem(vault, row, today));
}

function requireSystem(vault: Vault, id: number): q.SystemRow {
  const row = q.getSystemRow(vault.db, id);
  if (!row) throw new AppError('not_found', `No system ${id} in the inventory`);
  return row;
}

function requireUniqueName(vault: Vault, name: string, self?: number): void {
  const other = q.systemIdByName(vault.db, name);
  if (other !== undefined && other !== self) {
    throw new AppError('conflict', `A system named "${name}" is already in the inventory`, {
      issues: [{ path: 'name', message: 'A system with this name is already in the inventory' }],
    });
  }
}

export function createSystem(vault: Vault, fields: SystemFields): AccessSystem {
  return vault.write('accessSystems.create', (tx) => {
    requireUniqueName(vault, fields.name);
    const id = q.insertSystem(vault.db, fields, tx.at);
    tx.audit(
      'access_system',
      String(id),
      `Added system "${fields.name}" (${fields.inScope ? 'in scope' : 'not in scope'}, reviewed ${fields.reviewFrequency})`,
    );
    return toSystem(vault, requireSystem(vault, id), vault.today());
  });
}

export function updateSystem(vault: Vault, input: { id: number; fields: SystemFields }): AccessSystem {
  return vault.write('accessSystems.update', (tx) => {
    const before = requireSystem(vault, input.id);
    requireUniqueName(vault, input.fields.name, input.id);
    q.updateSystem(vault.db, input.id, input.fields, tx.at);
    const changes = (['name', 'owner', 'inScope', 'criticality', 'reviewFrequency', 'description'] as const)
      .filter((k) => before[k] !== input.fields[k])
      .map((k) => `${k}: ${String(before[k])} → ${String(input.fields[k])}`);
    tx.audit(
      'access_system',
      String(input.id),
      changes.length ? `Changed system "${before.name}": ${changes.join('; ')}` : `Saved "${before.name}" unchanged`,
    );
    return toSystem(vault, requireSystem(vault, input.id), vault.today());
  });
}

export function removeSystem(vault: Vault, id: number): null {
  return vault.write('accessSystems.remove', (tx) => {
    const row = requireSystem(vault, id);
    if (row.reviews > 0) {
      throw new AppError(
        'conflict',
        `"${row.name}" has ${plural(row.reviews, 'access review')}; mark it not in scope instead of removing it`,
      );
    }
    q.deleteSystem(vault.db, id);
    tx.audit('access_system', String(id), `Removed system "${row.name}" (never reviewed)`);
    return null;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Reviews

export function listReviews(vault: Vault, filter: { systemId?: number; status?: ReviewStatus }): AccessReviewSummary[] {
  return q.listReviewSummaries(vault.db, filter);
}

export function getReview(vault: Vault, id: number): AccessReviewDetail {
  const summary = q.getReviewSummary(vault.db, id);
  const row = q.getReviewRow(vault.db, id);
  if (!summary || !row) throw new AppError('not_found', `No access review ${id} in this vault`);
  return {
    ...summary,
    notes: row.notes,
    snapshotSha256: row.snapshotSha256,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    accountRows: q.accountsOf(vault.db, id),
    addendaRows: q.addendaOf(vault.db, id),
  };
}

function reviewLabel(systemName: string, r: { periodStart: string; periodEnd: string }): string {
  return `${systemName} access for ${r.periodStart} to ${r.periodEnd}`;
}

/** The review, refused when it is completed: a completed review changes only through addenda. */
function requireOpenReview(vault: Vault, id: number): q.ReviewRow & { systemName: string } {
  const row = q.getReviewRow(vault.db, id);
  if (!row) throw new AppError('not_found', `No access review ${id} in this vault`);
  if (row.status === 'completed') {
    throw new AppError(
      'conflict',
      'This access review is completed and locked; record a correction as a dated addendum instead',
    );
  }
  return { ...row, systemName: requireSystem(vault, row.systemId).name };
}

export function createReview(vault: Vault, input: z.output<typeof reviewCreateSchema>): AccessReviewDetail {
  return vault.write('accessReviews.create', (tx) => {
    const system = requireSystem(vault, input.systemId);
    const id = q.insertReview(vault.db, input.systemId, input, tx.at);
    tx.audit(
      'access_review',
      String(id),
      `Started review of ${reviewLabel(system.name, input)} (reviewer ${input.reviewer})`,
    );
    return getReview(vault, id);
  });
}

export function updateReview(vault: Vault, input: z.output<typeof reviewUpdateSchema>): AccessReviewDetail {
  return vault.write('accessReviews.update', (tx) => {
    const review = requireOpenReview(vault, input.id);
    q.updateReview(vault.db, input.id, input, tx.at);
    tx.audit(
      'access_review',
      String(input.id),
      `Changed details of review of ${reviewLabel(review.systemName, input)}`,
    );
    return getReview(vault, input.id);
  });
}

export function removeReview(vault: Vault, id: number): null {
  return vault.write('accessReviews.remove', (tx) => {
    const review = requireOpenReview(vault, id);
    const accounts = q.countAccounts(vault.db, id);
    q.deleteReview(vault.db, id);
    tx.audit(
      'access_review',
      String(id),
      `Deleted unfinished review of ${reviewLabel(review.systemName, review)} with ${accounts} accounts`,
    );
    return null;
  });
}

/** The most problems an error carries in its details; a file this broken is not worth listing further. */
const MAX_LISTED_PROBLEMS = 50_000;

function refuse(problems: readonly CsvProblem[], what: string): never {
  throw new AppError(
    'invalid_input',
    `Nothing was imported: ${plural(problems.length, 'problem')} in the ${what}. ${describeProblems(problems)}`,
    {
      problemCount: problems.length,
      problems: problems.slice(0, MAX_LISTED_PROBLEMS),
      issues: problems.slice(0, 50).map((p) => ({ path: `line ${p.line}`, message: p.message })),
    },
  );
}

function addChecked(
  vault: Vault,
  reviewId: number,
  accounts: readonly q.AccountColumns[],
  lines: readonly number[] | null,
  what: string,
): number {
  const existing = q.emailsOf(vault.db, reviewId);
  const problems = duplicateProblems(accounts, lines, existing);
  if (problems.length) refuse(problems, what);
  q.insertAccounts(vault.db, reviewId, accounts);
  return existing.size + accounts.length;
}

export function addAccounts(vault: Vault, input: z.output<typeof accountsAddSchema>): ImportResult {
  return vault.write('accessReviews.addAccounts', (tx) => {
    const review = requireOpenReview(vault, input.reviewId);
    const total = addChecked(vault, input.reviewId, input.accounts, null, 'accounts entered');
    q.touchReview(vault.db, input.reviewId, tx.at);
    tx.audit(
      'access_review',
      String(input.reviewId),
      `Added ${plural(input.accounts.length, 'account')} to the review of ${reviewLabel(review.systemName, review)}`,
    );
    return { imported: input.accounts.length, total };
  });
}

/**
 * Imports a CSV export of a system's users. Every row is checked before anything is written; one bad row (no
 * email, a duplicate, a date that is not a date, an email already in the review) refuses the whole file and the
 * error lists the lines, so the person fixes the file and imports it again.
 */
export function importAccounts(vault: Vault, input: z.output<typeof accountsImportSchema>): ImportResult {
  return vault.write('accessReviews.importAccounts', (tx) => {
    const review = requireOpenReview(vault, input.reviewId);
    const parsed = readAccountsCsv(input.csv, input.mapping);
    if (parsed.problems.length) refuse(parsed.problems, 'file');
    const total = addChecked(vault, input.reviewId, parsed.accounts, parsed.lines, 'file');
    q.touchReview(vault.db, input.reviewId, tx.at);
    tx.audit(
      'access_review',
      String(input.reviewId),
      `Imported ${parsed.accounts.length} accounts from CSV (columns: ${describeMapping(parsed.headers, input.mapping)}) into the review of ${reviewLabel(review.systemName, review)}`,
    );
    return { imported: parsed.accounts.length, total };
  });
}

function describeMapping(headers: readonly string[], mapping: Record<string, number | null>): string {
  return Object.entries(mapping)
    .filter(([, index]) => index !== null)
    .map(([field, index]) => `${field} ← "${headers[index!] ?? `column ${index! + 1}`}"`)
    .join(', ');
}

export function removeAccounts(vault: Vault, input: { reviewId: number; accountIds: number[] }): ImportResult {
  return vault.write('accessReviews.removeAccounts', (tx) => {
    const review = requireOpenReview(vault, input.reviewId);
    const removed = q.deleteAccounts(vault.db, input.reviewId, input.accountIds);
    if (removed === 0) throw new AppError('not_found', 'None of those accounts is in this review');
    q.touchReview(vault.db, input.reviewId, tx.at);
    tx.audit(
      'access_review',
      String(input.reviewId),
      `Removed ${plural(removed, 'account')} from the review of ${reviewLabel(review.systemName, review)}`,
    );
    return { imported: -removed, total: q.countAccounts(vault.db, input.reviewId) };
  });
}

export function decide(vault: Vault, input: z.output<typeof decideSchema>): AccessReviewDetail {
  return vault.write('accessReviews.decide', (tx) => {
    const review = requireOpenReview(vault, input.reviewId);
    const ids = [...new Set(input.accountIds)];
    const mine = q.accountIdsIn(vault.db, input.reviewId, ids);
    const foreign = ids.filter((id) => !mine.has(id));
    if (foreign.length)
      throw new AppError('not_found', `Account ${foreign.slice(0, 5).join(', ')} is not in this review`);
    q.setDecision(vault.db, input.reviewId, ids, {
      decision: input.decision,
      reason: input.reason,
      newRole: input.decision === 'change-role' ? input.newRole : null,
    });
    q.touchReview(vault.db, input.reviewId, tx.at);
    const what = input.decision ? DECISION_LABELS[input.decision].toLowerCase() : 'no decision';
    const who =
      ids.length === 1 ? (q.getAccount(vault.db, ids[0]!)?.email ?? `account ${ids[0]}`) : `${ids.length} accounts`;
    tx.audit(
      'access_review',
      String(input.reviewId),
      `${review.systemName} review: ${who} → ${what}${input.decision === 'change-role' ? ` (${input.newRole})` : ''}${input.reason ? `: ${input.reason}` : ''}`,
    );
    return getReview(vault, input.reviewId);
  });
}

function fieldError(code: 'invalid_input' | 'conflict', path: string, message: string): AppError {
  return new AppError(code, `${path}: ${message}`, { issues: [{ path, message }] });
}

/** Remediation can be recorded on a completed review, once: the follow-up often lands after the sign-off. */
export function remediate(vault: Vault, input: z.output<typeof remediateSchema>): AccessReviewDetail {
  return vault.write('accessReviews.remediate', (tx) => {
    const account = q.getAccount(vault.db, input.accountId);
    if (!account) throw new AppError('not_found', `No account ${input.accountId} in any access review`);
    if (account.decision !== 'revoke' && account.decision !== 'change-role') {
      throw new AppError('conflict', `${account.email} is not marked for revoke or role change; nothing to remediate`);
    }
    if (account.reviewStatus === 'completed' && account.remediatedOn) {
      throw new AppError(
        'conflict',
        `The remediation of ${account.email} was recorded on ${account.remediatedOn}; add an addendum to correct it`,
      );
    }
    if (input.remediatedOn < account.reviewDate) {
      throw fieldError(
        'invalid_input',
        'remediatedOn',
        `The remediation date ${input.remediatedOn} is before the review date ${account.reviewDate}; access is removed or changed after the review decides it`,
      );
    }
    if (input.remediatedOn > vault.latestPastDate()) {
      throw fieldError(
        'invalid_input',
        'remediatedOn',
        `The remediation date ${input.remediatedOn} is in the future; record it once the change is done`,
      );
    }
    q.setRemediation(vault.db, input.accountId, input.remediatedOn, input.note);
    if (account.reviewStatus !== 'completed') q.touchReview(vault.db, account.reviewId, tx.at);
    tx.audit(
      'access_review',
      String(account.reviewId),
      `Remediation of ${account.email} (${DECISION_LABELS[account.decision].toLowerCase()}) done on ${input.remediatedOn}${input.note ? `: ${input.note}` : ''}`,
    );
    return getReview(vault, account.reviewId);
  });
}

const KEPT_AT_COMPLETION = 'Confirmed as appropriate by the reviewer when the review was completed';

/** The review fields a snapshot covers; a completed review locks all of them (triggers). */
export type SnapshotReview = Pick<
  q.ReviewRow,
  'id' | 'systemId' | 'periodStart' | 'periodEnd' | 'reviewer' | 'reviewDate'
>;
type SnapshotAccount = Pick<q.AccountColumns, 'email' | 'name' | 'role' | 'lastLogin'> & {
  decision: string | null;
  reason: string;
  newRole: string | null;
};

function hashSnapshot(head: readonly unknown[], accounts: readonly SnapshotAccount[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(head));
  for (const a of accounts) {
    hash.update('\n');
    hash.update(JSON.stringify([a.email, a.name, a.role, a.lastLogin, a.decision, a.reason, a.newRole]));
  }
  return hash.digest('hex');
}

/**
 * SHA-256 of the review as signed off: its fields and every account with its decision (in import order). The
 * review is named by its system's id, not the system's name: a system can be renamed after the review, but a
 * completed review never moves to another system. Remediation dates are left out: they are recorded later.
 */
export function snapshotHash(review: SnapshotReview, accounts: readonly SnapshotAccount[]): string {
  return hashSnapshot(
    [review.id, review.systemId, review.periodStart, review.periodEnd, review.reviewer, review.reviewDate],
    accounts,
  );
}

/** The first form of the snapshot, which named the system; still accepted while the system keeps that name. */
function snapshotHashByName(review: SnapshotReview, systemName: string, accounts: readonly SnapshotAccount[]): string {
  return hashSnapshot(
    [review.id, systemName, review.periodStart, review.periodEnd, review.reviewer, review.reviewDate],
    accounts,
  );
}

/**
 * Re-hashes every completed review and returns those whose stored snapshot no longer matches their fields,
 * accounts and decisions: changed outside Attest (the triggers dropped, the file edited), or the stored hash
 * itself altered. An empty list means every completed review is as it was signed off.
 */
export function verifyReviewSnapshots(db: Db): { checked: number; altered: { id: number; label: string }[] } {
  const altered: { id: number; label: string }[] = [];
  const completed = q.completedReviews(db);
  for (const review of completed) {
    const accounts = q.accountsOf(db, review.id);
    const stored = review.snapshotSha256;
    if (snapshotHash(review, accounts) === stored) continue;
    if (snapshotHashByName(review, review.systemName, accounts) === stored) continue;
    altered.push({
      id: review.id,
      label: `Access review ${review.id}: ${reviewLabel(review.systemName, review)}, performed ${review.reviewDate}`,
    });
  }
  return { checked: completed.length, altered };
}

export function completeReview(vault: Vault, input: z.output<typeof completeSchema>): AccessReviewDetail {
  return vault.write('accessReviews.complete', (tx) => {
    const review = requireOpenReview(vault, input.id);
    if (review.reviewDate > vault.latestPastDate()) {
      throw fieldError(
        'conflict',
        'reviewDate',
        `The review date ${review.reviewDate} is in the future; a review is completed once it has been performed, so change its date or complete it on that day`,
      );
    }
    const total = q.countAccounts(vault.db, input.id);
    if (total === 0) {
      throw new AppError('conflict', 'Add or import the accounts reviewed before completing the review');
    }
    const undecided = q.countUndecided(vault.db, input.id);
    let kept = 0;
    if (undecided > 0) {
      if (!input.keepUndecided) {
        throw new AppError(
          'conflict',
          `${undecided} of ${total} accounts have no decision yet; decide them, or confirm that the rest are kept`,
          { undecided },
        );
      }
      kept = q.keepUndecided(vault.db, input.id, KEPT_AT_COMPLETION);
    }
    const snapshot = snapshotHash(review, q.accountsOf(vault.db, input.id));
    q.markCompleted(vault.db, input.id, snapshot, tx.at);
    const summary = q.getReviewSummary(vault.db, input.id)!;
    tx.audit(
      'access_review',
      String(input.id),
      `Completed and locked the review of ${reviewLabel(review.systemName, review)}: ${summary.accounts} accounts, ${summary.kept} kept${kept ? ` (${kept} confirmed at completion)` : ''}, ${summary.revoked} revoked, ${summary.changed} role changes; snapshot sha256 ${snapshot.slice(0, 12)}…`,
    );
    return getReview(vault, input.id);
  });
}

export function addAddendum(vault: Vault, input: z.output<typeof addendumSchema>): AccessReviewDetail {
  return vault.write('accessReviews.addAddendum', (tx) => {
    const row = q.getReviewRow(vault.db, input.reviewId);
    if (!row) throw new AppError('not_found', `No access review ${input.reviewId} in this vault`);
    if (row.status !== 'completed' || !row.completedAt) {
      throw new AppError(
        'conflict',
        'This review is still in progress; change it directly instead of adding an addendum',
      );
    }
    const addedOn = input.addedOn ?? vault.today();
    const completedOn = row.completedAt.slice(0, 10);
    if (addedOn < completedOn) {
      throw fieldError(
        'invalid_input',
        'addedOn',
        `The addendum date ${addedOn} is before the review was completed (${completedOn}); an addendum corrects a completed review, so it is dated on or after that day`,
      );
    }
    if (addedOn > vault.latestPastDate()) {
      throw fieldError('invalid_input', 'addedOn', `The addendum date ${addedOn} is in the future`);
    }
    const id = q.insertAddendum(vault.db, { ...input, addedOn }, tx.at);
    tx.audit('access_review', String(input.reviewId), `Addendum ${id} by ${input.author}: ${input.text.slice(0, 120)}`);
    return getReview(vault, input.reviewId);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The period view

/** The audit period: the Type II period, or for a Type I the year up to the as-of date. */
function auditPeriod(vault: Vault, today: string): { start: string; end: string } {
  const e = getEngagement(vault.db);
  if (e?.reportType === 'type2' && e.periodStart && e.periodEnd) return { start: e.periodStart, end: e.periodEnd };
  const end = e?.asOfDate ?? today;
  return { start: addDaysToDate(addMonthsToDate(end, -12), 1), end };
}

export function accessCoverage(vault: Vault, asOf?: string): AccessCoverage {
  const today = asOf ?? vault.today();
  const { start, end } = auditPeriod(vault, today);
  const reviews = q.reviewDatesBySystem(vault.db);
  const systems = q
    .listSystemRows(vault.db)
    .filter((s) => s.inScope)
    .map((row) => {
      // As of a date, only the reviews performed by then count: a later one cannot fill an earlier gap or make a
      // system look up to date on a day it was not. (Reviews come sorted by review date.)
      const mine = (reviews.get(row.id) ?? []).filter((r) => r.reviewDate <= today);
      const lastReviewed = mine.filter((r) => r.status === 'completed').at(-1)?.reviewDate ?? null;
      const system = toSystem(vault, { ...row, lastReviewed }, today);
      const windows = reviewWindows(start, end, row.reviewFrequency).map((w) => ({
        ...w,
        state: windowState(w, mine, today),
        reviews: mine.filter((r) => r.reviewDate >= w.from && r.reviewDate <= w.to),
      }));
      return { system, windows, missing: windows.filter((w) => w.state === 'missing').length };
    });
  return { periodStart: start, periodEnd: end, today, systems };
}
