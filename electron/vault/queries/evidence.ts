import type { Frequency } from '../../../shared/catalog/types';
import type { EvidenceItem, EvidenceReach, EvidenceType, VerificationReport } from '../../../shared/domain/evidence';
import type { Db } from '../database';
import { statement } from '../statements';

/** An evidence row as stored: the item less what is derived from its controls, plus removal. */
export type EvidenceRow = Omit<EvidenceItem, 'validUntil' | 'freshness' | 'controls'> & {
  deletedAt: string | null;
  deletedReason: string | null;
};

const COLUMNS = `id, blob_sha256 AS sha256, title, description, type, file_name AS fileName, media_type AS mediaType,
  size, collected_at AS collectedAt, effective_date AS effectiveDate, covers_from AS coversFrom, covers_to AS coversTo,
  source, owner, valid_until AS validUntilOverride, deleted_at AS deletedAt, deleted_reason AS deletedReason,
  created_at AS createdAt, updated_at AS updatedAt`;

/** The list's columns, in SummaryRow order. */
const SUMMARY_COLUMNS = `SELECT e.id, e.title, e.type, e.file_name, e.size, e.effective_date, e.valid_until, e.owner,
  e.source`;

export type SummaryRow = [
  id: number,
  title: string,
  type: EvidenceType,
  fileName: string,
  size: number,
  effectiveDate: string,
  validUntilOverride: string | null,
  owner: string,
  source: string,
];

/** A list row as it comes out of listSummaryJson: SummaryRow plus the item's control IDs, space-separated. */
export type SummaryJsonRow = [...SummaryRow, controlIds: string | null];

const SUMMARY_JSON = (where: string) => `SELECT json_group_array(json_array(e.id, e.title, e.type, e.file_name, e.size,
    e.effective_date, e.valid_until, e.owner, e.source,
    (SELECT group_concat(control_id, ' ') FROM evidence_control WHERE evidence_id = e.id)))
  FROM (SELECT * FROM evidence WHERE deleted_at IS NULL ${where} ORDER BY effective_date DESC, id DESC) e`;

/**
 * Active evidence for the list, newest first (only one control's when given),
 * with each item's control IDs, as one JSON text of SummaryJsonRow arrays.
 * SQLite writes the JSON and V8 parses it faster than better-sqlite3 hands
 * over half a million separate values: for 50,000 items this is what keeps a
 * first list under the goal.
 */
export function listSummaryJson(db: Db, control?: string): string {
  if (control === undefined) return statement(db, SUMMARY_JSON(''), 'pluck').get() as string;
  return statement(
    db,
    SUMMARY_JSON('AND id IN (SELECT evidence_id FROM evidence_control WHERE control_id = ?)'),
    'pluck',
  ).get(control) as string;
}

export function controlFrequencies(db: Db): Map<string, Frequency> {
  return new Map(statement(db, 'SELECT id, frequency FROM control', 'raw').all() as [string, Frequency][]);
}

/**
 * A token that changes whenever the vault may have changed: rows written
 * through this connection, or a commit by another one (the CLI adding
 * evidence while the app is open). Lists cached against it stay correct.
 */
export function changeToken(db: Db): string {
  const [mine, others] = statement(
    db,
    'SELECT total_changes(), (SELECT data_version FROM pragma_data_version)',
    'raw',
  ).get() as [number, number];
  return `${mine}:${others}`;
}

export function getEvidenceRow(db: Db, id: number): EvidenceRow | undefined {
  return statement(db, `SELECT ${COLUMNS} FROM evidence WHERE id = ?`).get(id) as EvidenceRow | undefined;
}

export function activeEvidenceForBlob(db: Db, sha256: string): EvidenceRow | undefined {
  return statement(
    db,
    `SELECT ${COLUMNS} FROM evidence WHERE blob_sha256 = ? AND deleted_at IS NULL ORDER BY id LIMIT 1`,
  ).get(sha256) as EvidenceRow | undefined;
}

export function linksOf(db: Db, id: number): { controlId: string; frequency: Frequency }[] {
  return statement(
    db,
    `SELECT ec.control_id AS controlId, c.frequency AS frequency FROM evidence_control ec
     JOIN control c ON c.id = ec.control_id WHERE ec.evidence_id = ? ORDER BY ec.control_id`,
  ).all(id) as { controlId: string; frequency: Frequency }[];
}

/**
 * For each control, the dates its active evidence speaks for: the covered
 * range when the item has one (an open end taken as the effective date), else
 * the effective date. What period coverage counts.
 */
export function controlEvidenceSpans(db: Db): [controlId: string, from: string, to: string][] {
  return statement(
    db,
    `SELECT ec.control_id, coalesce(e.covers_from, e.effective_date), coalesce(e.covers_to, e.effective_date)
     FROM evidence_control ec JOIN evidence e ON e.id = ec.evidence_id WHERE e.deleted_at IS NULL`,
    'raw',
  ).all() as [string, string, string][];
}

/**
 * For each control with active evidence, what decides how long it lasts
 * (EvidenceReach), folded in SQL so that tens of thousands of links never
 * become JavaScript rows.
 */
export function evidenceReachByControl(db: Db): Map<string, EvidenceReach> {
  const rows = statement(
    db,
    `SELECT ec.control_id, max(e.effective_date),
       max(CASE WHEN e.valid_until IS NULL THEN e.effective_date END), max(e.valid_until)
     FROM evidence_control ec JOIN evidence e ON e.id = ec.evidence_id
     WHERE e.deleted_at IS NULL GROUP BY ec.control_id`,
    'raw',
  ).all() as [string, string, string | null, string | null][];
  return new Map(
    rows.map(([controlId, lastEffective, newestPlain, latestOverride]) => [
      controlId,
      { lastEffective, newestPlain, latestOverride },
    ]),
  );
}

export type NewEvidence = Omit<
  EvidenceRow,
  'id' | 'validUntilOverride' | 'deletedAt' | 'deletedReason' | 'createdAt' | 'updatedAt'
> & {
  validUntil: string | null;
};

export function insertEvidence(db: Db, e: NewEvidence, at: string): number {
  return Number(
    statement(
      db,
      `INSERT INTO evidence (blob_sha256, title, description, type, file_name, media_type, size, collected_at,
         effective_date, covers_from, covers_to, source, owner, valid_until, created_at, updated_at)
       VALUES (@sha256, @title, @description, @type, @fileName, @mediaType, @size, @collectedAt,
         @effectiveDate, @coversFrom, @coversTo, @source, @owner, @validUntil, @at, @at)`,
    ).run({ ...e, at }).lastInsertRowid,
  );
}

export function updateEvidenceMeta(
  db: Db,
  id: number,
  m: Pick<
    NewEvidence,
    'title' | 'description' | 'type' | 'effectiveDate' | 'coversFrom' | 'coversTo' | 'owner' | 'validUntil'
  >,
  at: string,
): void {
  statement(
    db,
    `UPDATE evidence SET title = @title, description = @description, type = @type, effective_date = @effectiveDate,
       covers_from = @coversFrom, covers_to = @coversTo, owner = @owner, valid_until = @validUntil, updated_at = @at
     WHERE id = @id`,
  ).run({ ...m, id, at });
}

export function linkControls(db: Db, id: number, controls: readonly string[]): void {
  const insert = statement(db, 'INSERT OR IGNORE INTO evidence_control (evidence_id, control_id) VALUES (?, ?)');
  for (const c of controls) insert.run(id, c);
}

export function replaceControls(db: Db, id: number, controls: readonly string[]): void {
  statement(db, 'DELETE FROM evidence_control WHERE evidence_id = ?').run(id);
  linkControls(db, id, controls);
}

export function softDelete(db: Db, id: number, reason: string, at: string): void {
  statement(db, 'UPDATE evidence SET deleted_at = ?, deleted_reason = ?, updated_at = ? WHERE id = ?').run(
    at,
    reason,
    at,
    id,
  );
}

/** Ready blobs no evidence item (even a removed one) refers to, e.g. uploads never attached. */
/**
 * Stored bytes no active evidence item uses: `removedOnly` when removed items
 * still name them (their row must stay), otherwise nothing refers to them.
 */
export function unreferencedBlobs(db: Db): { sha256: string; size: number; removedOnly: boolean }[] {
  const rows = statement(
    db,
    `SELECT sha256, size, EXISTS (SELECT 1 FROM evidence WHERE blob_sha256 = blob.sha256) AS removedOnly
       FROM blob
      WHERE state = 'ready' AND reclaimed_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM evidence WHERE blob_sha256 = blob.sha256 AND deleted_at IS NULL)`,
  ).all() as { sha256: string; size: number; removedOnly: number }[];
  return rows.map((r) => ({ ...r, removedOnly: r.removedOnly === 1 }));
}

/** The size of stored bytes that no evidence item, active or removed, names; undefined otherwise. */
export function unusedBlobSize(db: Db, sha256: string): number | undefined {
  return statement(
    db,
    `SELECT size FROM blob WHERE sha256 = ? AND state = 'ready' AND reclaimed_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM evidence WHERE blob_sha256 = blob.sha256)`,
    'pluck',
  ).get(sha256) as number | undefined;
}

export function deleteBlob(db: Db, sha256: string): void {
  statement(db, 'DELETE FROM blob WHERE sha256 = ?').run(sha256);
}

/** Deletes the bytes but keeps the row that removed evidence items name. */
export function reclaimBlob(db: Db, sha256: string, at: string): void {
  statement(db, 'DELETE FROM blob_chunk WHERE blob_id = (SELECT id FROM blob WHERE sha256 = ?)').run(sha256);
  statement(db, 'UPDATE blob SET reclaimed_at = ? WHERE sha256 = ?').run(at, sha256);
}

export function itemsForBlob(db: Db, sha256: string): { id: number; title: string }[] {
  return statement(db, 'SELECT id, title FROM evidence WHERE blob_sha256 = ? ORDER BY id').all(sha256) as {
    id: number;
    title: string;
  }[];
}

/** Ready blobs to re-hash, in a stable order. */
export function readyBlobs(db: Db): { sha256: string; size: number }[] {
  return statement(
    db,
    "SELECT sha256, size FROM blob WHERE state = 'ready' AND reclaimed_at IS NULL ORDER BY sha256",
  ).all() as {
    sha256: string;
    size: number;
  }[];
}

export function listActiveIds(db: Db): number[] {
  return statement(
    db,
    'SELECT id FROM evidence WHERE deleted_at IS NULL ORDER BY effective_date DESC, id DESC',
    'pluck',
  ).all() as number[];
}

export function controlExists(db: Db, id: string): boolean {
  return statement(db, 'SELECT 1 FROM control WHERE id = ?', 'pluck').get(id) !== undefined;
}

export function insertVerificationRun(
  db: Db,
  r: Pick<
    VerificationReport,
    'startedAt' | 'finishedAt' | 'blobsChecked' | 'bytesChecked' | 'mismatches' | 'audit' | 'reviews'
  >,
): void {
  statement(
    db,
    `INSERT INTO verification_run (started_at, finished_at, blobs_checked, bytes_checked, mismatches, audit_entries,
       audit_broken_at, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.startedAt,
    r.finishedAt,
    r.blobsChecked,
    r.bytesChecked,
    // Altered records of either kind: files, and locked access reviews.
    r.mismatches.length + r.reviews.altered.length,
    r.audit.entries,
    r.audit.brokenAt,
    JSON.stringify(r.mismatches),
  );
}

export function lastVerificationRun(
  db: Db,
): { finishedAt: string; blobsChecked: number; mismatches: number; brokenAt: number | null } | undefined {
  return statement(
    db,
    `SELECT finished_at AS finishedAt, blobs_checked AS blobsChecked, mismatches, audit_broken_at AS brokenAt
     FROM verification_run ORDER BY id DESC LIMIT 1`,
  ).get() as { finishedAt: string; blobsChecked: number; mismatches: number; brokenAt: number | null } | undefined;
}

/** Changes when a control is added, removed or edited (its frequency decides validity). */
export function controlsShape(db: Db): string {
  const [count, latest] = statement(db, 'SELECT count(*), max(updated_at) FROM control', 'raw').get() as [
    number,
    string | null,
  ];
  return `${count}|${latest ?? ''}`;
}

export function linkCount(db: Db): number {
  return statement(db, 'SELECT count(*) FROM evidence_control', 'pluck').get() as number;
}

/**
 * The newest audit entry: every write appends one, and every write to an
 * evidence item names the item, so the entries after this say what changed.
 */
export function latestAuditSeq(db: Db): number {
  return (statement(db, 'SELECT max(seq) FROM audit_log', 'pluck').get() as number | null) ?? 0;
}

/** The evidence IDs (as recorded, so possibly not numbers) that audit entries after `seq` name. */
export function evidenceWrittenSince(db: Db, seq: number): string[] {
  return statement(db, "SELECT DISTINCT entity_id FROM audit_log WHERE seq > ? AND entity = 'evidence'", 'pluck').all(
    seq,
  ) as string[];
}

export function maxEvidenceId(db: Db): number {
  return (statement(db, 'SELECT max(id) FROM evidence', 'pluck').get() as number | null) ?? 0;
}

export type ChangedRow = [...SummaryRow, deletedAt: string | null];

/** One item as the list shows it, removed or not. */
export function summaryRow(db: Db, id: number): ChangedRow | undefined {
  return statement(db, `${SUMMARY_COLUMNS}, e.deleted_at FROM evidence e WHERE e.id = ?`, 'raw').get(id) as
    ChangedRow | undefined;
}

/** Marks an item as changed when only its links changed (the same file attached to more controls). */
export function touchEvidence(db: Db, id: number, at: string): void {
  statement(db, 'UPDATE evidence SET updated_at = ? WHERE id = ?').run(at, id);
}
