import type { PolicyStatus, PolicyVersion } from '../../../shared/domain/policies';
import type { Db } from '../database';

export interface PolicyRow {
  id: string;
  templateId: string | null;
  title: string;
  owner: string;
  reviewCadenceMonths: number;
  createdAt: string;
  updatedAt: string;
}

type VersionRow = Omit<PolicyVersion, 'version'> & { major: number; minor: number; policyId: string };

const POLICY_COLUMNS = `id, template_id AS templateId, title, owner, review_cadence_months AS reviewCadenceMonths,
  created_at AS createdAt, updated_at AS updatedAt`;
const VERSION_COLUMNS = `id, policy_id AS policyId, major, minor, status, body, body_sha256 AS bodySha256, author,
  change_summary AS changeSummary, created_at AS createdAt, updated_at AS updatedAt, submitted_at AS submittedAt,
  approver_name AS approverName, approver_title AS approverTitle, approved_on AS approvedOn,
  approval_note AS approvalNote, effective_date AS effectiveDate`;

function toVersion({ major, minor, policyId: _p, ...rest }: VersionRow): PolicyVersion {
  return { ...rest, version: `${major}.${minor}` };
}

export function listPolicyRows(db: Db): PolicyRow[] {
  return db.prepare(`SELECT ${POLICY_COLUMNS} FROM policy ORDER BY title COLLATE NOCASE`).all() as PolicyRow[];
}

export function getPolicyRow(db: Db, id: string): PolicyRow | undefined {
  return db.prepare(`SELECT ${POLICY_COLUMNS} FROM policy WHERE id = ?`).get(id) as PolicyRow | undefined;
}

export function versionsOf(db: Db, policyId: string): PolicyVersion[] {
  return (
    db
      .prepare(`SELECT ${VERSION_COLUMNS} FROM policy_version WHERE policy_id = ? ORDER BY major DESC, minor DESC`)
      .all(policyId) as VersionRow[]
  ).map(toVersion);
}

/** Every policy's versions, newest first, in one query for list screens. */
export function allVersions(db: Db): Map<string, PolicyVersion[]> {
  const map = new Map<string, PolicyVersion[]>();
  const rows = db
    .prepare(`SELECT ${VERSION_COLUMNS} FROM policy_version ORDER BY policy_id, major DESC, minor DESC`)
    .all() as VersionRow[];
  for (const row of rows) {
    const list = map.get(row.policyId);
    if (list) list.push(toVersion(row));
    else map.set(row.policyId, [toVersion(row)]);
  }
  return map;
}

export function insertPolicy(db: Db, p: PolicyRow): void {
  db.prepare(
    `INSERT INTO policy (id, template_id, title, owner, review_cadence_months, created_at, updated_at)
     VALUES (@id, @templateId, @title, @owner, @reviewCadenceMonths, @createdAt, @updatedAt)`,
  ).run(p);
}

export function updatePolicyMeta(db: Db, id: string, title: string, owner: string, cadence: number, at: string): void {
  db.prepare('UPDATE policy SET title = ?, owner = ?, review_cadence_months = ?, updated_at = ? WHERE id = ?').run(
    title,
    owner,
    cadence,
    at,
    id,
  );
}

export function touchPolicy(db: Db, id: string, at: string): void {
  db.prepare('UPDATE policy SET updated_at = ? WHERE id = ?').run(at, id);
}

export interface NewVersion {
  policyId: string;
  major: number;
  minor: number;
  status: PolicyStatus;
  body: string;
  bodySha256: string;
  author: string;
  changeSummary: string;
  at: string;
}

export function insertVersion(db: Db, v: NewVersion): number {
  return Number(
    db
      .prepare(
        `INSERT INTO policy_version (policy_id, major, minor, status, body, body_sha256, author, change_summary, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(v.policyId, v.major, v.minor, v.status, v.body, v.bodySha256, v.author, v.changeSummary, v.at, v.at)
      .lastInsertRowid,
  );
}

export function updateDraftBody(
  db: Db,
  versionId: number,
  body: string,
  sha: string,
  summary: string | undefined,
  author: string | undefined,
  at: string,
): void {
  db.prepare(
    `UPDATE policy_version SET body = ?, body_sha256 = ?, change_summary = coalesce(?, change_summary),
       author = coalesce(?, author), updated_at = ? WHERE id = ? AND status = 'draft'`,
  ).run(body, sha, summary ?? null, author ?? null, at, versionId);
}

export function setVersionStatus(db: Db, versionId: number, status: PolicyStatus, at: string): void {
  db.prepare(
    `UPDATE policy_version SET status = ?, updated_at = ?,
       submitted_at = CASE WHEN ? = 'in-review' THEN ? ELSE submitted_at END WHERE id = ?`,
  ).run(status, at, status, at, versionId);
}

export interface Approval {
  approverName: string;
  approverTitle: string;
  approvedOn: string;
  note: string;
  effectiveDate: string;
}

export function approveVersion(db: Db, versionId: number, a: Approval, at: string): void {
  db.prepare(
    `UPDATE policy_version SET status = 'approved', approver_name = ?, approver_title = ?, approved_on = ?,
       approval_note = ?, effective_date = ?, updated_at = ? WHERE id = ?`,
  ).run(a.approverName, a.approverTitle, a.approvedOn, a.note, a.effectiveDate, at, versionId);
}

export function supersedeApproved(db: Db, policyId: string, exceptId: number, at: string): void {
  db.prepare(
    "UPDATE policy_version SET status = 'superseded', updated_at = ? WHERE policy_id = ? AND status = 'approved' AND id != ?",
  ).run(at, policyId, exceptId);
}

export function controlsOf(db: Db, policyId: string): string[] {
  return db
    .prepare('SELECT control_id FROM policy_control WHERE policy_id = ? ORDER BY control_id')
    .pluck()
    .all(policyId) as string[];
}

export function allPolicyControls(db: Db): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { p, c } of db.prepare('SELECT policy_id AS p, control_id AS c FROM policy_control ORDER BY c').all() as {
    p: string;
    c: string;
  }[]) {
    const list = map.get(p);
    if (list) list.push(c);
    else map.set(p, [c]);
  }
  return map;
}

export function replacePolicyControls(db: Db, policyId: string, controls: readonly string[]): void {
  db.prepare('DELETE FROM policy_control WHERE policy_id = ?').run(policyId);
  const insert = db.prepare('INSERT INTO policy_control (policy_id, control_id) VALUES (?, ?)');
  for (const c of new Set(controls)) insert.run(policyId, c);
}
