import type {
  AccessReviewSummary,
  Decision,
  ReviewAccount,
  ReviewAddendum,
  ReviewStatus,
  SystemFields,
} from '../../../shared/domain/access-reviews';
import type { Db } from '../database';

// ---------------------------------------------------------------------------------------------------------------
// Systems

export interface SystemRow extends SystemFields {
  id: number;
  createdAt: string;
  updatedAt: string;
  reviews: number;
  lastReviewed: string | null;
  openRemediations: number;
}

const SYSTEM_SELECT = `SELECT s.id, s.name, s.owner, s.in_scope AS inScope, s.criticality,
    s.review_frequency AS reviewFrequency, s.description, s.created_at AS createdAt, s.updated_at AS updatedAt,
    (SELECT count(*) FROM access_review r WHERE r.system_id = s.id) AS reviews,
    (SELECT max(r.review_date) FROM access_review r WHERE r.system_id = s.id AND r.status = 'completed')
      AS lastReviewed,
    (SELECT count(*) FROM access_review r JOIN access_review_account a ON a.review_id = r.id
      WHERE r.system_id = s.id AND a.decision IN ('revoke', 'change-role') AND a.remediated_on IS NULL)
      AS openRemediations
  FROM access_system s`;

function toSystem(row: Record<string, unknown>): SystemRow {
  return { ...(row as unknown as SystemRow), inScope: row.inScope === 1 };
}

export function listSystemRows(db: Db): SystemRow[] {
  return (db.prepare(`${SYSTEM_SELECT} ORDER BY s.name COLLATE NOCASE`).all() as Record<string, unknown>[]).map(
    toSystem,
  );
}

export function getSystemRow(db: Db, id: number): SystemRow | undefined {
  const row = db.prepare(`${SYSTEM_SELECT} WHERE s.id = ?`).get(id) as Record<string, unknown> | undefined;
  return row ? toSystem(row) : undefined;
}

export function systemIdByName(db: Db, name: string): number | undefined {
  return db.prepare('SELECT id FROM access_system WHERE name = ? COLLATE NOCASE').pluck().get(name) as
    number | undefined;
}

export function insertSystem(db: Db, f: SystemFields, at: string): number {
  const info = db
    .prepare(
      `INSERT INTO access_system (name, owner, in_scope, criticality, review_frequency, description, created_at,
         updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(f.name, f.owner, f.inScope ? 1 : 0, f.criticality, f.reviewFrequency, f.description, at, at);
  return Number(info.lastInsertRowid);
}

export function updateSystem(db: Db, id: number, f: SystemFields, at: string): void {
  db.prepare(
    `UPDATE access_system SET name = ?, owner = ?, in_scope = ?, criticality = ?, review_frequency = ?,
       description = ?, updated_at = ? WHERE id = ?`,
  ).run(f.name, f.owner, f.inScope ? 1 : 0, f.criticality, f.reviewFrequency, f.description, at, id);
}

export function deleteSystem(db: Db, id: number): void {
  db.prepare('DELETE FROM access_system WHERE id = ?').run(id);
}

// ---------------------------------------------------------------------------------------------------------------
// Reviews

/** Summaries with account tallies computed by one grouped scan, not a query per review. */
const SUMMARY_SELECT = `SELECT r.id, r.system_id AS systemId, s.name AS systemName, r.period_start AS periodStart,
    r.period_end AS periodEnd, r.reviewer, r.review_date AS reviewDate, r.status, r.completed_at AS completedAt,
    coalesce(a.accounts, 0) AS accounts, coalesce(a.decided, 0) AS decided, coalesce(a.kept, 0) AS kept,
    coalesce(a.revoked, 0) AS revoked, coalesce(a.changed, 0) AS changed,
    coalesce(a.openRemediations, 0) AS openRemediations,
    (SELECT count(*) FROM access_review_addendum d WHERE d.review_id = r.id) AS addenda
  FROM access_review r
  JOIN access_system s ON s.id = r.system_id
  LEFT JOIN (
    SELECT review_id, count(*) AS accounts, count(decision) AS decided, sum(decision = 'keep') AS kept,
      sum(decision = 'revoke') AS revoked, sum(decision = 'change-role') AS changed,
      sum(decision IN ('revoke', 'change-role') AND remediated_on IS NULL) AS openRemediations
    FROM access_review_account GROUP BY review_id
  ) a ON a.review_id = r.id`;

export function listReviewSummaries(
  db: Db,
  filter: { systemId?: number; status?: ReviewStatus } = {},
): AccessReviewSummary[] {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.systemId !== undefined) {
    clauses.push('r.system_id = ?');
    params.push(filter.systemId);
  }
  if (filter.status) {
    clauses.push('r.status = ?');
    params.push(filter.status);
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  return db
    .prepare(`${SUMMARY_SELECT} ${where} ORDER BY r.review_date DESC, r.id DESC`)
    .all(...params) as AccessReviewSummary[];
}

export function getReviewSummary(db: Db, id: number): AccessReviewSummary | undefined {
  return db.prepare(`${SUMMARY_SELECT} WHERE r.id = ?`).get(id) as AccessReviewSummary | undefined;
}

export interface ReviewRow {
  id: number;
  systemId: number;
  status: ReviewStatus;
  notes: string;
  snapshotSha256: string | null;
  periodStart: string;
  periodEnd: string;
  reviewer: string;
  reviewDate: string;
  /** The instant the review was completed (UTC), null while in progress. */
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const REVIEW_COLUMNS = `id, system_id AS systemId, status, notes, snapshot_sha256 AS snapshotSha256,
  period_start AS periodStart, period_end AS periodEnd, reviewer, review_date AS reviewDate,
  completed_at AS completedAt, created_at AS createdAt, updated_at AS updatedAt`;

export function getReviewRow(db: Db, id: number): ReviewRow | undefined {
  return db.prepare(`SELECT ${REVIEW_COLUMNS} FROM access_review WHERE id = ?`).get(id) as ReviewRow | undefined;
}

/** Every completed review with its system's current name, oldest first: what the snapshot check re-hashes. */
export function completedReviews(db: Db): (ReviewRow & { snapshotSha256: string; systemName: string })[] {
  return db
    .prepare(
      `SELECT r.id, r.system_id AS systemId, r.status, r.notes, r.snapshot_sha256 AS snapshotSha256,
         r.period_start AS periodStart, r.period_end AS periodEnd, r.reviewer, r.review_date AS reviewDate,
         r.completed_at AS completedAt, r.created_at AS createdAt, r.updated_at AS updatedAt, s.name AS systemName
       FROM access_review r JOIN access_system s ON s.id = r.system_id
       WHERE r.status = 'completed' ORDER BY r.id`,
    )
    .all() as (ReviewRow & { snapshotSha256: string; systemName: string })[];
}

export interface ReviewColumns {
  periodStart: string;
  periodEnd: string;
  reviewer: string;
  reviewDate: string;
  notes: string;
}

export function insertReview(db: Db, systemId: number, r: ReviewColumns, at: string): number {
  const info = db
    .prepare(
      `INSERT INTO access_review (system_id, period_start, period_end, reviewer, review_date, notes, created_at,
         updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(systemId, r.periodStart, r.periodEnd, r.reviewer, r.reviewDate, r.notes, at, at);
  return Number(info.lastInsertRowid);
}

export function updateReview(db: Db, id: number, r: ReviewColumns, at: string): void {
  db.prepare(
    `UPDATE access_review SET period_start = ?, period_end = ?, reviewer = ?, review_date = ?, notes = ?,
       updated_at = ? WHERE id = ?`,
  ).run(r.periodStart, r.periodEnd, r.reviewer, r.reviewDate, r.notes, at, id);
}

export function touchReview(db: Db, id: number, at: string): void {
  db.prepare('UPDATE access_review SET updated_at = ? WHERE id = ?').run(at, id);
}

export function deleteReview(db: Db, id: number): void {
  db.prepare('DELETE FROM access_review WHERE id = ?').run(id);
}

export function markCompleted(db: Db, id: number, snapshotSha256: string, at: string): void {
  db.prepare(
    "UPDATE access_review SET status = 'completed', completed_at = ?, snapshot_sha256 = ?, updated_at = ? WHERE id = ?",
  ).run(at, snapshotSha256, at, id);
}

// ---------------------------------------------------------------------------------------------------------------
// Accounts

const ACCOUNT_KEYS = [
  'id',
  'name',
  'email',
  'role',
  'lastLogin',
  'decision',
  'reason',
  'newRole',
  'remediationNote',
  'remediatedOn',
] as const;

/** A review's accounts in import order; raw rows built by hand because reviews can hold tens of thousands. */
export function accountsOf(db: Db, reviewId: number): ReviewAccount[] {
  const rows = db
    .prepare(
      `SELECT id, name, email, role, last_login, decision, reason, new_role, remediation_note, remediated_on
       FROM access_review_account WHERE review_id = ? ORDER BY id`,
    )
    .raw()
    .all(reviewId) as unknown[][];
  return rows.map((r) => {
    const account: Record<string, unknown> = {};
    for (let i = 0; i < ACCOUNT_KEYS.length; i++) account[ACCOUNT_KEYS[i]!] = r[i];
    return account as unknown as ReviewAccount;
  });
}

export function emailsOf(db: Db, reviewId: number): Set<string> {
  return new Set(
    db.prepare('SELECT email FROM access_review_account WHERE review_id = ?').pluck().all(reviewId) as string[],
  );
}

export function countAccounts(db: Db, reviewId: number): number {
  return db.prepare('SELECT count(*) FROM access_review_account WHERE review_id = ?').pluck().get(reviewId) as number;
}

export function countUndecided(db: Db, reviewId: number): number {
  return db
    .prepare('SELECT count(*) FROM access_review_account WHERE review_id = ? AND decision IS NULL')
    .pluck()
    .get(reviewId) as number;
}

export interface AccountColumns {
  name: string;
  email: string;
  role: string;
  lastLogin: string | null;
}

/**
 * All rows in one INSERT … SELECT over a JSON array. One statement matters: the table has triggers, so SQLite keeps
 * a statement journal of every page a statement touches (64 KiB pages here); row-by-row inserts re-journal the same
 * pages 20,000 times and run about ten times slower.
 */
export function insertAccounts(
  db: Db,
  reviewId: number,
  accounts: readonly (AccountColumns & { decision?: Decision | null; reason?: string })[],
): void {
  db.prepare(
    `INSERT INTO access_review_account (review_id, name, email, role, last_login, decision, reason)
     SELECT ?, json_extract(value, '$.name'), json_extract(value, '$.email'), json_extract(value, '$.role'),
       json_extract(value, '$.lastLogin'), json_extract(value, '$.decision'), coalesce(json_extract(value, '$.reason'), '')
     FROM json_each(?) ORDER BY key`,
  ).run(reviewId, JSON.stringify(accounts));
}

export function deleteAccounts(db: Db, reviewId: number, ids: readonly number[]): number {
  return db
    .prepare('DELETE FROM access_review_account WHERE review_id = ? AND id IN (SELECT value FROM json_each(?))')
    .run(reviewId, JSON.stringify(ids)).changes;
}

/** Ids among `ids` that belong to the review. */
export function accountIdsIn(db: Db, reviewId: number, ids: readonly number[]): Set<number> {
  const mine = new Set(
    db.prepare('SELECT id FROM access_review_account WHERE review_id = ?').pluck().all(reviewId) as number[],
  );
  return new Set(ids.filter((id) => mine.has(id)));
}

export function setDecision(
  db: Db,
  reviewId: number,
  ids: readonly number[],
  d: { decision: Decision | null; reason: string; newRole: string | null },
): void {
  // A changed decision resets remediation: the old follow-up no longer matches what was decided. (SET
  // expressions see the old row, so the CASEs compare against the previous decision.)
  const update = db.prepare(
    `UPDATE access_review_account SET
       remediated_on = CASE WHEN decision IS @decision THEN remediated_on ELSE NULL END,
       remediation_note = CASE WHEN decision IS @decision THEN remediation_note ELSE '' END,
       decision = @decision, reason = @reason, new_role = @newRole
     WHERE review_id = @reviewId AND id IN (SELECT value FROM json_each(@ids))`,
  );
  update.run({ decision: d.decision, reason: d.reason, newRole: d.newRole, reviewId, ids: JSON.stringify(ids) });
}

export function keepUndecided(db: Db, reviewId: number, reason: string): number {
  return db
    .prepare("UPDATE access_review_account SET decision = 'keep', reason = ? WHERE review_id = ? AND decision IS NULL")
    .run(reason, reviewId).changes;
}

export function getAccount(
  db: Db,
  id: number,
): (ReviewAccount & { reviewId: number; reviewStatus: ReviewStatus; reviewDate: string }) | undefined {
  return db
    .prepare(
      `SELECT a.id, a.review_id AS reviewId, r.status AS reviewStatus, r.review_date AS reviewDate, a.name, a.email, a.role,
         a.last_login AS lastLogin, a.decision, a.reason, a.new_role AS newRole,
         a.remediation_note AS remediationNote, a.remediated_on AS remediatedOn
       FROM access_review_account a JOIN access_review r ON r.id = a.review_id WHERE a.id = ?`,
    )
    .get(id) as (ReviewAccount & { reviewId: number; reviewStatus: ReviewStatus; reviewDate: string }) | undefined;
}

export function setRemediation(db: Db, id: number, remediatedOn: string, note: string): void {
  db.prepare('UPDATE access_review_account SET remediated_on = ?, remediation_note = ? WHERE id = ?').run(
    remediatedOn,
    note,
    id,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Addenda

export function addendaOf(db: Db, reviewId: number): ReviewAddendum[] {
  return db
    .prepare(
      `SELECT id, review_id AS reviewId, added_on AS addedOn, author, text, created_at AS createdAt
       FROM access_review_addendum WHERE review_id = ? ORDER BY added_on, id`,
    )
    .all(reviewId) as ReviewAddendum[];
}

export function insertAddendum(
  db: Db,
  a: { reviewId: number; addedOn: string; author: string; text: string },
  at: string,
): number {
  const info = db
    .prepare(
      'INSERT INTO access_review_addendum (review_id, added_on, author, text, created_at) VALUES (?, ?, ?, ?, ?)',
    )
    .run(a.reviewId, a.addedOn, a.author, a.text, at);
  return Number(info.lastInsertRowid);
}

/** Every review's date and status per system, for the period view. */
export function reviewDatesBySystem(
  db: Db,
): Map<number, { id: number; reviewDate: string; status: ReviewStatus; reviewer: string }[]> {
  const map = new Map<number, { id: number; reviewDate: string; status: ReviewStatus; reviewer: string }[]>();
  const rows = db
    .prepare('SELECT system_id, id, review_date, status, reviewer FROM access_review ORDER BY review_date, id')
    .raw()
    .all() as [number, number, string, ReviewStatus, string][];
  for (const [systemId, id, reviewDate, status, reviewer] of rows) {
    const item = { id, reviewDate, status, reviewer };
    const list = map.get(systemId);
    if (list) list.push(item);
    else map.set(systemId, [item]);
  }
  return map;
}
