import type { ControlTemplate } from '../../../shared/catalog/types';
import type { Control, ControlFields } from '../../../shared/domain/controls';
import type { Db } from '../database';

/** A control as stored: JSON and integer columns not yet decoded, mappings apart. */
export type ControlRow = Omit<
  Control,
  'suggestedEvidence' | 'ai' | 'criteria' | 'categories' | 'inScope' | 'policies'
> & {
  suggestedEvidence: string;
  ai: 0 | 1;
};

const COLUMNS = `id, library_id AS libraryId, domain, name, description, owner_role AS ownerRole, owner,
  frequency, control_type AS type, mode, status, not_applicable_reason AS notApplicableReason,
  suggested_evidence AS suggestedEvidence, ai, created_at AS createdAt, updated_at AS updatedAt`;

export function listControlRows(db: Db): ControlRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM control ORDER BY id`).all() as ControlRow[];
}

export function getControlRow(db: Db, id: string): ControlRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM control WHERE id = ?`).get(id) as ControlRow | undefined;
}

/** Every mapping, grouped by control. */
export function mappingsByControl(db: Db): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const rows = db.prepare('SELECT control_id AS c, criterion_id AS k FROM control_criterion').all() as {
    c: string;
    k: string;
  }[];
  for (const { c, k } of rows) {
    const list = map.get(c);
    if (list) list.push(k);
    else map.set(c, [k]);
  }
  return map;
}

export function mappingsOf(db: Db, id: string): string[] {
  return db.prepare('SELECT criterion_id FROM control_criterion WHERE control_id = ?').pluck().all(id) as string[];
}

export function libraryIdsPresent(db: Db): Set<string> {
  return new Set(db.prepare('SELECT library_id FROM control WHERE library_id IS NOT NULL').pluck().all() as string[]);
}

export function insertFromLibrary(db: Db, t: ControlTemplate, at: string): void {
  db.prepare(
    `INSERT INTO control (id, library_id, domain, name, description, owner_role, frequency, control_type, mode,
       suggested_evidence, ai, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    t.id,
    t.id,
    t.domain,
    t.name,
    t.description,
    t.ownerRole,
    t.frequency,
    t.type,
    t.mode,
    JSON.stringify(t.suggestedEvidence),
    t.ai ? 1 : 0,
    at,
    at,
  );
  replaceMappings(db, t.id, t.criteria);
}

export function insertCustom(db: Db, id: string, f: ControlFields, at: string): void {
  db.prepare(
    `INSERT INTO control (id, library_id, domain, name, description, owner_role, owner, frequency, control_type, mode,
       status, created_at, updated_at)
     VALUES (?, NULL, 'Custom', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, f.name, f.description, f.ownerRole, f.owner, f.frequency, f.type, f.mode, f.status, at, at);
}

export function updateFields(db: Db, id: string, f: ControlFields, at: string): void {
  db.prepare(
    `UPDATE control SET name = ?, description = ?, owner_role = ?, owner = ?, frequency = ?, control_type = ?,
       mode = ?, status = ?, updated_at = ? WHERE id = ?`,
  ).run(f.name, f.description, f.ownerRole, f.owner, f.frequency, f.type, f.mode, f.status, at, id);
}

export function setNotApplicable(db: Db, id: string, reason: string | null, at: string): void {
  db.prepare('UPDATE control SET not_applicable_reason = ?, updated_at = ? WHERE id = ?').run(reason, at, id);
}

export function replaceMappings(db: Db, id: string, criteria: readonly string[]): void {
  db.prepare('DELETE FROM control_criterion WHERE control_id = ?').run(id);
  const insert = db.prepare('INSERT INTO control_criterion (control_id, criterion_id) VALUES (?, ?)');
  for (const k of criteria) insert.run(id, k);
}

export function touch(db: Db, id: string, at: string): void {
  db.prepare('UPDATE control SET updated_at = ? WHERE id = ?').run(at, id);
}

export function customIds(db: Db, prefix: string): string[] {
  return db.prepare('SELECT id FROM control WHERE id LIKE ?').pluck().all(`${prefix}-%`) as string[];
}

export function criterionExclusions(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT criterion_id AS k, reason FROM criterion_exclusion').all() as {
    k: string;
    reason: string;
  }[];
  return new Map(rows.map((r) => [r.k, r.reason]));
}

export function setCriterionExclusion(db: Db, criterionId: string, reason: string | null, at: string): void {
  if (reason === null) db.prepare('DELETE FROM criterion_exclusion WHERE criterion_id = ?').run(criterionId);
  else
    db.prepare(
      `INSERT INTO criterion_exclusion (criterion_id, reason, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (criterion_id) DO UPDATE SET reason = excluded.reason, updated_at = excluded.updated_at`,
    ).run(criterionId, reason, at);
}

/** Policies linked to each control, by title. */
export function policiesByControl(db: Db, controlId?: string): Map<string, { id: string; title: string }[]> {
  const rows = db
    .prepare(
      `SELECT pc.control_id AS c, p.id, p.title FROM policy_control pc JOIN policy p ON p.id = pc.policy_id
       ${controlId ? 'WHERE pc.control_id = ?' : ''} ORDER BY p.title COLLATE NOCASE`,
    )
    .all(...(controlId ? [controlId] : [])) as { c: string; id: string; title: string }[];
  const map = new Map<string, { id: string; title: string }[]>();
  for (const { c, id, title } of rows) {
    const list = map.get(c);
    if (list) list.push({ id, title });
    else map.set(c, [{ id, title }]);
  }
  return map;
}

/** Which of these control IDs the vault has, in the order given. */
export function existingControlIds(db: Db, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  const known = new Set(
    db
      .prepare(`SELECT id FROM control WHERE id IN (${ids.map(() => '?').join(', ')})`)
      .pluck()
      .all(...ids) as string[],
  );
  return ids.filter((id) => known.has(id));
}
