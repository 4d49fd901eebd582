import type { Frequency } from '../../../shared/catalog/types';
import type { ControlStatus } from '../../../shared/domain/controls';
import type { SampleSizes } from '../../../shared/check/sample-sizes';
import type {
  CheckResult,
  SnapshotControl,
  SnapshotEvidenceLink,
  SnapshotPolicy,
  SnapshotVerification,
} from '../../../shared/check/types';
import type { Db } from '../database';

/** Whether a table exists: areas whose migration has not landed in this build are skipped, not failed. */
export function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** Every control with its criteria, in one pass (mappings folded in with group_concat). */
export function snapshotControls(db: Db): SnapshotControl[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.name, c.owner, c.status, c.frequency, c.not_applicable_reason,
         (SELECT group_concat(criterion_id) FROM control_criterion m WHERE m.control_id = c.id)
       FROM control c ORDER BY c.id`,
    )
    .raw()
    .all() as [string, string, string, ControlStatus, Frequency, string | null, string | null][];
  return rows.map(([id, name, owner, status, frequency, notApplicableReason, criteria]) => ({
    id,
    name,
    owner,
    status,
    frequency,
    notApplicableReason,
    criteria: criteria ? criteria.split(',') : [],
  }));
}

/**
 * Each active evidence item once per control it speaks for. Grouped per
 * control in SQL: most items carry only a date, so they come back as one
 * comma-joined string per control (ordered by date); the few with an override
 * or a covered range come back encoded in a second string. That is a third
 * of the work of reading 50,000 rows one by one.
 */
export function snapshotEvidence(db: Db): SnapshotEvidenceLink[] {
  const rows = db
    .prepare(
      `SELECT ec.control_id,
         group_concat(CASE WHEN e.valid_until IS NULL AND e.covers_from IS NULL AND e.covers_to IS NULL
           THEN e.effective_date END, ',' ORDER BY e.effective_date),
         group_concat(CASE WHEN e.valid_until IS NOT NULL OR e.covers_from IS NOT NULL OR e.covers_to IS NOT NULL
           THEN e.effective_date || '|' || coalesce(e.valid_until, '') || '|' || coalesce(e.covers_from, '') || '|'
             || coalesce(e.covers_to, '') END, ',' ORDER BY e.effective_date)
       FROM evidence_control ec JOIN evidence e ON e.id = ec.evidence_id
       WHERE e.deleted_at IS NULL GROUP BY ec.control_id`,
    )
    .raw()
    .all() as [string, string | null, string | null][];
  const out: SnapshotEvidenceLink[] = [];
  for (const [controlId, plain, extra] of rows) {
    if (plain)
      for (const effectiveDate of plain.split(','))
        out.push({ controlId, effectiveDate, validUntil: null, coversFrom: null, coversTo: null });
    if (extra)
      for (const item of extra.split(',')) {
        const [effectiveDate, validUntil, coversFrom, coversTo] = item.split('|') as [string, string, string, string];
        out.push({
          controlId,
          effectiveDate,
          validUntil: validUntil || null,
          coversFrom: coversFrom || null,
          coversTo: coversTo || null,
        });
      }
  }
  return out;
}

/** Policies with the approval date of their live version and the controls they support. */
export function snapshotPolicies(db: Db): SnapshotPolicy[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.title, p.owner, p.review_cadence_months,
         (SELECT approved_on FROM policy_version v WHERE v.policy_id = p.id AND v.status = 'approved'
          ORDER BY major DESC, minor DESC LIMIT 1),
         (SELECT group_concat(control_id) FROM policy_control pc WHERE pc.policy_id = p.id)
       FROM policy p ORDER BY p.title COLLATE NOCASE`,
    )
    .raw()
    .all() as [string, string, string, number, string | null, string | null][];
  return rows.map(([id, title, owner, reviewCadenceMonths, approvedOn, controls]) => ({
    id,
    title,
    owner,
    reviewCadenceMonths,
    approvedOn,
    controls: controls ? controls.split(',') : [],
  }));
}

export function snapshotExclusions(db: Db): Record<string, string> {
  const rows = db.prepare('SELECT criterion_id, reason FROM criterion_exclusion').raw().all() as [string, string][];
  return Object.fromEntries(rows);
}

export function lastVerificationRun(db: Db): SnapshotVerification | null {
  const row = db
    .prepare(
      `SELECT finished_at AS finishedAt, blobs_checked AS blobsChecked, mismatches, audit_broken_at AS auditBrokenAt
       FROM verification_run ORDER BY id DESC LIMIT 1`,
    )
    .get() as SnapshotVerification | undefined;
  return row ?? null;
}

// ---- sample sizes ----

export function sampleSizeOverrides(db: Db): Partial<SampleSizes> {
  const rows = db.prepare('SELECT frequency, size FROM check_sample_size').raw().all() as [keyof SampleSizes, number][];
  return Object.fromEntries(rows) as Partial<SampleSizes>;
}

export function setSampleSize(db: Db, frequency: keyof SampleSizes, size: number | null): void {
  if (size === null) db.prepare('DELETE FROM check_sample_size WHERE frequency = ?').run(frequency);
  else
    db.prepare(
      `INSERT INTO check_sample_size (frequency, size) VALUES (?, ?)
       ON CONFLICT (frequency) DO UPDATE SET size = excluded.size`,
    ).run(frequency, size);
}

// ---- runs ----

export interface RunRow {
  id: number;
  asOf: string;
  ranAt: string;
  score: number;
  blockers: number;
  warnings: number;
  advice: number;
  durationMs: number;
}

const RUN_COLUMNS = `id, as_of AS asOf, ran_at AS ranAt, score, blockers, warnings, advice, duration_ms AS durationMs`;

export function insertRun(db: Db, result: CheckResult, ranAt: string, durationMs: number): number {
  return Number(
    db
      .prepare(
        `INSERT INTO check_run (as_of, ran_at, score, blockers, warnings, advice, duration_ms, result)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        result.asOf,
        ranAt,
        result.score.overall,
        result.counts.blocker,
        result.counts.warning,
        result.counts.advice,
        Math.round(durationMs),
        JSON.stringify(result),
      ).lastInsertRowid,
  );
}

export function latestRun(db: Db): (RunRow & { result: string }) | undefined {
  return db.prepare(`SELECT ${RUN_COLUMNS}, result FROM check_run ORDER BY id DESC LIMIT 1`).get() as
    (RunRow & { result: string }) | undefined;
}

/** The latest runs, oldest first (for a trend line). */
export function recentRuns(db: Db, limit: number): RunRow[] {
  return (db.prepare(`SELECT ${RUN_COLUMNS} FROM check_run ORDER BY id DESC LIMIT ?`).all(limit) as RunRow[]).reverse();
}

// ---- remediation plan ----

export interface PlanRow {
  findingKey: string;
  owner: string;
  dueDate: string;
  note: string;
  updatedAt: string;
}

export function planRows(db: Db): PlanRow[] {
  return db
    .prepare(
      `SELECT finding_key AS findingKey, owner, due_date AS dueDate, note, updated_at AS updatedAt
       FROM remediation_item ORDER BY due_date, finding_key`,
    )
    .all() as PlanRow[];
}

export function getPlanRow(db: Db, key: string): PlanRow | undefined {
  return db
    .prepare(
      `SELECT finding_key AS findingKey, owner, due_date AS dueDate, note, updated_at AS updatedAt
       FROM remediation_item WHERE finding_key = ?`,
    )
    .get(key) as PlanRow | undefined;
}

export function upsertPlanRow(db: Db, row: PlanRow): void {
  db.prepare(
    `INSERT INTO remediation_item (finding_key, owner, due_date, note, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (finding_key) DO UPDATE SET owner = excluded.owner, due_date = excluded.due_date,
       note = excluded.note, updated_at = excluded.updated_at`,
  ).run(row.findingKey, row.owner, row.dueDate, row.note, row.updatedAt);
}

export function deletePlanRow(db: Db, key: string): boolean {
  return db.prepare('DELETE FROM remediation_item WHERE finding_key = ?').run(key).changes > 0;
}
