import type { Experiment } from '../../../shared/domain/changes';
import type { Db } from '../database';

/** A production change as stored (flags as numbers, as SQLite keeps them). */
export interface ChangeRow {
  id: number;
  title: string;
  description: string;
  ticketRef: string;
  author: string;
  reviewer: string;
  approver: string;
  approverIsAuthor: number;
  testEvidence: string;
  deployedOn: string | null;
  emergency: number;
  significant: number;
  significantDescription: string;
  createdAt: string;
  updatedAt: string;
}

export interface ChangeFields {
  title: string;
  description: string;
  ticketRef: string;
  author: string;
  reviewer: string;
  approver: string;
  testEvidence: string;
  deployedOn: string | null;
  emergency: boolean;
  significant: boolean;
  significantDescription: string;
}

const COLUMNS = `id, title, description, ticket_ref AS ticketRef, author, reviewer, approver,
  approver_is_author AS approverIsAuthor, test_evidence AS testEvidence, deployed_on AS deployedOn, emergency,
  significant, significant_description AS significantDescription, created_at AS createdAt, updated_at AS updatedAt`;
const KEYS = [
  'id',
  'title',
  'description',
  'ticketRef',
  'author',
  'reviewer',
  'approver',
  'approverIsAuthor',
  'testEvidence',
  'deployedOn',
  'emergency',
  'significant',
  'significantDescription',
  'createdAt',
  'updatedAt',
] as const;

function build(r: unknown[]): ChangeRow {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < KEYS.length; i++) row[KEYS[i]!] = r[i];
  return row as unknown as ChangeRow;
}

/** Newest deployment first; changes not deployed yet lead, as they still need attention. */
export function listChangeRows(db: Db): ChangeRow[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM change_record ORDER BY deployed_on IS NOT NULL, deployed_on DESC, id DESC`)
    .raw()
    .all() as unknown[][];
  return rows.map(build);
}

export function getChangeRow(db: Db, id: number): ChangeRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM change_record WHERE id = ?`).get(id) as ChangeRow | undefined;
}

/** Changes deployed within the period, in deployment order. */
export function changesDeployedBetween(db: Db, from: string, to: string): ChangeRow[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM change_record WHERE deployed_on BETWEEN ? AND ? ORDER BY deployed_on, id`)
    .raw()
    .all(from, to) as unknown[][];
  return rows.map(build);
}

const flag = (b: boolean) => (b ? 1 : 0);

export function insertChange(db: Db): (c: ChangeFields, at: string) => number {
  const stmt = db.prepare(
    `INSERT INTO change_record (title, description, ticket_ref, author, reviewer, approver, test_evidence, deployed_on,
       emergency, significant, significant_description, created_at, updated_at)
     VALUES (@title, @description, @ticketRef, @author, @reviewer, @approver, @testEvidence, @deployedOn,
       @emergency, @significant, @significantDescription, @at, @at)`,
  );
  return (c, at) =>
    Number(stmt.run({ ...c, emergency: flag(c.emergency), significant: flag(c.significant), at }).lastInsertRowid);
}

export function updateChange(db: Db, id: number, c: ChangeFields, at: string): void {
  db.prepare(
    `UPDATE change_record SET title = @title, description = @description, ticket_ref = @ticketRef, author = @author,
       reviewer = @reviewer, approver = @approver, test_evidence = @testEvidence, deployed_on = @deployedOn,
       emergency = @emergency, significant = @significant, significant_description = @significantDescription,
       updated_at = @at
     WHERE id = @id`,
  ).run({ ...c, emergency: flag(c.emergency), significant: flag(c.significant), id, at });
}

export function deleteChange(db: Db, id: number): void {
  db.prepare('DELETE FROM change_record WHERE id = ?').run(id);
}

/** The change that already carries a ticket reference (case ignored), other than `except`. */
export function changeWithTicket(
  db: Db,
  ticketRef: string,
  except: number | null,
): { id: number; title: string } | undefined {
  return db
    .prepare(
      `SELECT id, title FROM change_record WHERE ticket_ref <> '' AND lower(ticket_ref) = lower(?) AND id IS NOT ?
       ORDER BY id LIMIT 1`,
    )
    .get(ticketRef, except) as { id: number; title: string } | undefined;
}

/** Ticket references already on record (lower case), for imports. */
export function ticketIndex(db: Db): Map<string, number> {
  const rows = db.prepare("SELECT lower(ticket_ref), id FROM change_record WHERE ticket_ref <> ''").raw().all() as [
    string,
    number,
  ][];
  return new Map(rows);
}

/** Every change's controls, in one pass for the list. */
export function controlsByChange(db: Db): Map<number, string[]> {
  const map = new Map<number, string[]>();
  const rows = db.prepare('SELECT change_id, control_id FROM change_control ORDER BY control_id').raw().all() as [
    number,
    string,
  ][];
  for (const [id, control] of rows) {
    const list = map.get(id);
    if (list) list.push(control);
    else map.set(id, [control]);
  }
  return map;
}

/** Changes with at least one linked evidence item still in the vault. */
export function changesWithEvidence(db: Db): Set<number> {
  const rows = db
    .prepare(
      `SELECT DISTINCT ce.change_id FROM change_evidence ce JOIN evidence e ON e.id = ce.evidence_id
       WHERE e.deleted_at IS NULL`,
    )
    .pluck()
    .all() as number[];
  return new Set(rows);
}

/** Every change's linked evidence items still in the vault, for the population file. */
export function evidenceIdsByChange(db: Db): Map<number, number[]> {
  const map = new Map<number, number[]>();
  const rows = db
    .prepare(
      `SELECT ce.change_id, ce.evidence_id FROM change_evidence ce
       JOIN evidence e ON e.id = ce.evidence_id WHERE e.deleted_at IS NULL ORDER BY ce.evidence_id`,
    )
    .raw()
    .all() as [number, number][];
  for (const [id, item] of rows) {
    const list = map.get(id);
    if (list) list.push(item);
    else map.set(id, [item]);
  }
  return map;
}

export function controlsOf(db: Db, id: number): string[] {
  return db
    .prepare('SELECT control_id FROM change_control WHERE change_id = ? ORDER BY control_id')
    .pluck()
    .all(id) as string[];
}

export function evidenceOf(db: Db, id: number): { id: number; title: string; effectiveDate: string }[] {
  return db
    .prepare(
      `SELECT e.id, e.title, e.effective_date AS effectiveDate FROM change_evidence ce
       JOIN evidence e ON e.id = ce.evidence_id WHERE ce.change_id = ? AND e.deleted_at IS NULL ORDER BY e.id`,
    )
    .all(id) as { id: number; title: string; effectiveDate: string }[];
}

/** Active evidence items among the ids. */
export function activeEvidenceIds(db: Db, ids: readonly number[]): Set<number> {
  const stmt = db.prepare('SELECT id FROM evidence WHERE id = ? AND deleted_at IS NULL').pluck();
  return new Set(ids.filter((id) => stmt.get(id) !== undefined));
}

export function replaceLinks(db: Db, id: number, controls: readonly string[], evidence: readonly number[]): void {
  db.prepare('DELETE FROM change_control WHERE change_id = ?').run(id);
  db.prepare('DELETE FROM change_evidence WHERE change_id = ?').run(id);
  const c = db.prepare('INSERT OR IGNORE INTO change_control (change_id, control_id) VALUES (?, ?)');
  for (const control of controls) c.run(id, control);
  const e = db.prepare('INSERT OR IGNORE INTO change_evidence (change_id, evidence_id) VALUES (?, ?)');
  for (const item of evidence) e.run(id, item);
}

const EXPERIMENT_COLUMNS = `id, what, who, tracked_in AS trackedIn, occurred_on AS occurredOn,
  created_at AS createdAt, updated_at AS updatedAt`;

export function listExperiments(db: Db): Experiment[] {
  return db
    .prepare(`SELECT ${EXPERIMENT_COLUMNS} FROM experiment ORDER BY occurred_on DESC, id DESC`)
    .all() as Experiment[];
}

export function getExperiment(db: Db, id: number): Experiment | undefined {
  return db.prepare(`SELECT ${EXPERIMENT_COLUMNS} FROM experiment WHERE id = ?`).get(id) as Experiment | undefined;
}

type ExperimentFields = Pick<Experiment, 'what' | 'who' | 'trackedIn' | 'occurredOn'>;

export function insertExperiment(db: Db): (e: ExperimentFields, at: string) => number {
  const stmt = db.prepare(
    `INSERT INTO experiment (what, who, tracked_in, occurred_on, created_at, updated_at)
     VALUES (@what, @who, @trackedIn, @occurredOn, @at, @at)`,
  );
  return (e, at) => Number(stmt.run({ ...e, at }).lastInsertRowid);
}

export function updateExperiment(db: Db, id: number, e: ExperimentFields, at: string): void {
  db.prepare(
    `UPDATE experiment SET what = @what, who = @who, tracked_in = @trackedIn, occurred_on = @occurredOn,
       updated_at = @at WHERE id = @id`,
  ).run({ ...e, id, at });
}

export function deleteExperiment(db: Db, id: number): void {
  db.prepare('DELETE FROM experiment WHERE id = ?').run(id);
}
