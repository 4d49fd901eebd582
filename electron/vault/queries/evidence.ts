import type { Frequency } from '../../../shared/catalog/types';
import type { EvidenceItem } from '../../../shared/domain/evidence';
import type { Db } from '../database';

/** An evidence row as stored: the item less what is derived from its controls, plus removal. */
export type EvidenceRow = Omit<EvidenceItem, 'validUntil' | 'freshness' | 'controls'> & {
  deletedAt: string | null;
  deletedReason: string | null;
};

const COLUMNS = `id, blob_sha256 AS sha256, title, description, type, file_name AS fileName, media_type AS mediaType,
  size, collected_at AS collectedAt, effective_date AS effectiveDate, covers_from AS coversFrom, covers_to AS coversTo,
  source, owner, valid_until AS validUntilOverride, deleted_at AS deletedAt, deleted_reason AS deletedReason,
  created_at AS createdAt, updated_at AS updatedAt`;

const ROW_KEYS = [
  'id',
  'sha256',
  'title',
  'description',
  'type',
  'fileName',
  'mediaType',
  'size',
  'collectedAt',
  'effectiveDate',
  'coversFrom',
  'coversTo',
  'source',
  'owner',
  'validUntilOverride',
  'deletedAt',
  'deletedReason',
  'createdAt',
  'updatedAt',
] as const;

/**
 * Active evidence, newest first. Rows come back as arrays and are built into
 * objects here: for tens of thousands of rows that is several times faster
 * than better-sqlite3 building each object.
 */
export function listEvidenceRows(db: Db): EvidenceRow[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM evidence WHERE deleted_at IS NULL ORDER BY effective_date DESC, id DESC`)
    .raw()
    .all() as unknown[][];
  return rows.map((r) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < ROW_KEYS.length; i++) row[ROW_KEYS[i]!] = r[i];
    return row as unknown as EvidenceRow;
  });
}

export function getEvidenceRow(db: Db, id: number): EvidenceRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM evidence WHERE id = ?`).get(id) as EvidenceRow | undefined;
}

export function activeEvidenceForBlob(db: Db, sha256: string): EvidenceRow | undefined {
  return db
    .prepare(`SELECT ${COLUMNS} FROM evidence WHERE blob_sha256 = ? AND deleted_at IS NULL ORDER BY id LIMIT 1`)
    .get(sha256) as EvidenceRow | undefined;
}

/** Each item's linked controls with their frequency, in one pass for list screens. */
export function linksWithFrequency(db: Db): Map<number, { controlId: string; frequency: Frequency }[]> {
  const map = new Map<number, { controlId: string; frequency: Frequency }[]>();
  const rows = db
    .prepare(
      `SELECT ec.evidence_id AS e, ec.control_id AS controlId, c.frequency AS frequency
       FROM evidence_control ec JOIN control c ON c.id = ec.control_id ORDER BY ec.control_id`,
    )
    .raw()
    .all() as [number, string, Frequency][];
  for (const [e, controlId, frequency] of rows) {
    const list = map.get(e);
    if (list) list.push({ controlId, frequency });
    else map.set(e, [{ controlId, frequency }]);
  }
  return map;
}

export function linksOf(db: Db, id: number): { controlId: string; frequency: Frequency }[] {
  return db
    .prepare(
      `SELECT ec.control_id AS controlId, c.frequency AS frequency FROM evidence_control ec
       JOIN control c ON c.id = ec.control_id WHERE ec.evidence_id = ? ORDER BY ec.control_id`,
    )
    .all(id) as { controlId: string; frequency: Frequency }[];
}

export type NewEvidence = Omit<
  EvidenceRow,
  'id' | 'validUntilOverride' | 'deletedAt' | 'deletedReason' | 'createdAt' | 'updatedAt'
> & {
  validUntil: string | null;
};

export function insertEvidence(db: Db, e: NewEvidence, at: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO evidence (blob_sha256, title, description, type, file_name, media_type, size, collected_at,
           effective_date, covers_from, covers_to, source, owner, valid_until, created_at, updated_at)
         VALUES (@sha256, @title, @description, @type, @fileName, @mediaType, @size, @collectedAt,
           @effectiveDate, @coversFrom, @coversTo, @source, @owner, @validUntil, @at, @at)`,
      )
      .run({ ...e, at }).lastInsertRowid,
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
  db.prepare(
    `UPDATE evidence SET title = @title, description = @description, type = @type, effective_date = @effectiveDate,
       covers_from = @coversFrom, covers_to = @coversTo, owner = @owner, valid_until = @validUntil, updated_at = @at
     WHERE id = @id`,
  ).run({ ...m, id, at });
}

export function linkControls(db: Db, id: number, controls: readonly string[]): void {
  const insert = db.prepare('INSERT OR IGNORE INTO evidence_control (evidence_id, control_id) VALUES (?, ?)');
  for (const c of controls) insert.run(id, c);
}

export function replaceControls(db: Db, id: number, controls: readonly string[]): void {
  db.prepare('DELETE FROM evidence_control WHERE evidence_id = ?').run(id);
  linkControls(db, id, controls);
}

export function softDelete(db: Db, id: number, reason: string, at: string): void {
  db.prepare('UPDATE evidence SET deleted_at = ?, deleted_reason = ?, updated_at = ? WHERE id = ?').run(
    at,
    reason,
    at,
    id,
  );
}

/** Ready blobs no evidence item (even a removed one) refers to, e.g. uploads never attached. */
export function unreferencedBlobs(db: Db): { sha256: string; size: number }[] {
  return db
    .prepare(
      "SELECT sha256, size FROM blob WHERE state = 'ready' AND NOT EXISTS (SELECT 1 FROM evidence WHERE blob_sha256 = blob.sha256)",
    )
    .all() as { sha256: string; size: number }[];
}

export function itemsForBlob(db: Db, sha256: string): { id: number; title: string }[] {
  return db.prepare('SELECT id, title FROM evidence WHERE blob_sha256 = ? ORDER BY id').all(sha256) as {
    id: number;
    title: string;
  }[];
}
