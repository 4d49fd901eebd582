import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../shared/domain/vault';
import type { Db } from './database';

export interface AuditInput {
  operation: string;
  entity: string;
  entityId: string;
  summary: string;
}

const GENESIS = '0'.repeat(64);

function entryHash(prevHash: string, seq: number, at: string, e: AuditInput): string {
  return createHash('sha256')
    .update(JSON.stringify([prevHash, seq, at, e.operation, e.entity, e.entityId, e.summary]))
    .digest('hex');
}

/** Appends one entry; call inside the write's transaction so both commit or neither. */
export function appendAudit(db: Db, at: string, entry: AuditInput): number {
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS;
  db.prepare(
    `INSERT INTO audit_log (seq, at, operation, entity, entity_id, summary, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    seq,
    at,
    entry.operation,
    entry.entity,
    entry.entityId,
    entry.summary,
    prevHash,
    entryHash(prevHash, seq, at, entry),
  );
  return seq;
}

export function listAudit(db: Db, limit: number, beforeSeq?: number): AuditEntry[] {
  return db
    .prepare(
      `SELECT seq, at, operation, entity, entity_id AS entityId, summary FROM audit_log
       WHERE seq < ? ORDER BY seq DESC LIMIT ?`,
    )
    .all(beforeSeq ?? Number.MAX_SAFE_INTEGER, limit) as AuditEntry[];
}

export interface AuditVerification {
  entries: number;
  /** The first entry whose chain does not hold, if any. */
  brokenAt: number | null;
}

/** Walks the chain; a row edited, removed or inserted out of band breaks it. */
export function verifyAudit(db: Db): AuditVerification {
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let entries = 0;
  const rows = db
    .prepare(
      'SELECT seq, at, operation, entity, entity_id AS entityId, summary, prev_hash AS prevHash, hash FROM audit_log ORDER BY seq',
    )
    .iterate() as IterableIterator<AuditEntry & { prevHash: string; hash: string }>;
  for (const row of rows) {
    entries += 1;
    if (
      row.seq !== expectedSeq ||
      row.prevHash !== prevHash ||
      entryHash(prevHash, row.seq, row.at, row) !== row.hash
    ) {
      return { entries, brokenAt: row.seq };
    }
    prevHash = row.hash;
    expectedSeq += 1;
  }
  return { entries, brokenAt: null };
}
