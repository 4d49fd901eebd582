import type { Acknowledgement, TrainingRecord } from '../../../shared/domain/people';
import type { Db } from '../database';

/** A person as stored. */
export interface PersonRow {
  id: number;
  name: string;
  email: string;
  role: string;
  startDate: string;
  endDate: string | null;
  backgroundCheckDate: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export type PersonFields = Omit<PersonRow, 'id' | 'createdAt' | 'updatedAt'>;

const COLUMNS = `id, name, email, role, start_date AS startDate, end_date AS endDate,
  background_check_date AS backgroundCheckDate, notes, created_at AS createdAt, updated_at AS updatedAt`;
const KEYS = [
  'id',
  'name',
  'email',
  'role',
  'startDate',
  'endDate',
  'backgroundCheckDate',
  'notes',
  'createdAt',
  'updatedAt',
] as const;

/**
 * Everyone, by name. Rows come back as arrays and are built here: for tens of
 * thousands of people that is several times faster than better-sqlite3
 * building each object.
 */
export function listPersonRows(db: Db): PersonRow[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM person ORDER BY name, id`).raw().all() as unknown[][];
  return rows.map((r) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < KEYS.length; i++) row[KEYS[i]!] = r[i];
    return row as unknown as PersonRow;
  });
}

export function getPersonRow(db: Db, id: number): PersonRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM person WHERE id = ?`).get(id) as PersonRow | undefined;
}

export function personIdByEmail(db: Db, email: string): number | undefined {
  return db.prepare('SELECT id FROM person WHERE email = ?').pluck().get(email) as number | undefined;
}

/** Every email on record (lower case) with its person, for imports. */
export function emailIndex(db: Db): Map<string, number> {
  const rows = db.prepare('SELECT lower(email), id FROM person').raw().all() as [string, number][];
  return new Map(rows);
}

export function existingPersonIds(db: Db, ids: readonly number[]): Set<number> {
  const found = new Set<number>();
  const stmt = db.prepare('SELECT id FROM person WHERE id = ?').pluck();
  for (const id of ids) if (stmt.get(id) !== undefined) found.add(id);
  return found;
}

export function insertPerson(db: Db, p: PersonFields, at: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO person (name, email, role, start_date, end_date, background_check_date, notes, created_at, updated_at)
         VALUES (@name, @email, @role, @startDate, @endDate, @backgroundCheckDate, @notes, @at, @at)`,
      )
      .run({ ...p, at }).lastInsertRowid,
  );
}

export function updatePerson(db: Db, id: number, p: PersonFields, at: string): void {
  db.prepare(
    `UPDATE person SET name = @name, email = @email, role = @role, start_date = @startDate, end_date = @endDate,
       background_check_date = @backgroundCheckDate, notes = @notes, updated_at = @at WHERE id = @id`,
  ).run({ ...p, id, at });
}

export function deletePerson(db: Db, id: number): void {
  db.prepare('DELETE FROM person WHERE id = ?').run(id);
}

/** Each person's latest training completion. */
export function lastTrainingByPerson(db: Db): Map<number, string> {
  const rows = db
    .prepare('SELECT person_id, max(completed_on) FROM training_record GROUP BY person_id')
    .raw()
    .all() as [number, string][];
  return new Map(rows);
}

/** How many live policies each person acknowledged at their live version. */
export function liveAcknowledgementsByPerson(db: Db): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT a.person_id, count(*) FROM policy_acknowledgement a
       JOIN policy_version v ON v.id = a.policy_version_id AND v.status = 'approved'
       GROUP BY a.person_id`,
    )
    .raw()
    .all() as [number, number][];
  return new Map(rows);
}

export interface LivePolicy {
  policyId: string;
  title: string;
  versionId: number;
  version: string;
}

/** The approved version in force of each policy. */
export function livePolicies(db: Db): LivePolicy[] {
  return db
    .prepare(
      `SELECT p.id AS policyId, p.title, v.id AS versionId, v.major || '.' || v.minor AS version
       FROM policy_version v JOIN policy p ON p.id = v.policy_id WHERE v.status = 'approved' ORDER BY p.title`,
    )
    .all() as LivePolicy[];
}

interface ApprovedVersion {
  id: number;
  version: string;
  title: string;
  status: string;
  approvedOn: string;
}

/** An approved (live or superseded) version of a policy: only those can be acknowledged. */
export function approvedVersion(db: Db, policyId: string, version: string | undefined): ApprovedVersion | undefined {
  const base = `SELECT v.id, v.major || '.' || v.minor AS version, p.title, v.status, v.approved_on AS approvedOn
    FROM policy_version v
    JOIN policy p ON p.id = v.policy_id WHERE v.policy_id = ?`;
  return (
    version === undefined
      ? db.prepare(`${base} AND v.status = 'approved'`).get(policyId)
      : db
          .prepare(`${base} AND v.status IN ('approved', 'superseded') AND v.major || '.' || v.minor = ?`)
          .get(policyId, version)
  ) as ApprovedVersion | undefined;
}

export function trainingOf(db: Db, personId: number): TrainingRecord[] {
  return db
    .prepare(
      `SELECT id, person_id AS personId, course, completed_on AS completedOn FROM training_record
       WHERE person_id = ? ORDER BY completed_on DESC, id DESC`,
    )
    .all(personId) as TrainingRecord[];
}

export function acknowledgementsOf(db: Db, personId: number): Acknowledgement[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.person_id AS personId, v.policy_id AS policyId, p.title AS policyTitle,
         v.major || '.' || v.minor AS version, a.acknowledged_on AS acknowledgedOn, v.status = 'approved' AS current
       FROM policy_acknowledgement a JOIN policy_version v ON v.id = a.policy_version_id
       JOIN policy p ON p.id = v.policy_id
       WHERE a.person_id = ? ORDER BY p.title, v.major DESC, v.minor DESC`,
    )
    .all(personId) as (Omit<Acknowledgement, 'current'> & { current: number })[];
  return rows.map((r) => ({ ...r, current: r.current === 1 }));
}

export function insertTraining(db: Db): (personId: number, course: string, completedOn: string, at: string) => void {
  const stmt = db.prepare(
    'INSERT INTO training_record (person_id, course, completed_on, created_at) VALUES (?, ?, ?, ?)',
  );
  return (personId, course, completedOn, at) => void stmt.run(personId, course, completedOn, at);
}

export function getTraining(db: Db, id: number): (TrainingRecord & { personName: string }) | undefined {
  return db
    .prepare(
      `SELECT t.id, t.person_id AS personId, t.course, t.completed_on AS completedOn, p.name AS personName
       FROM training_record t JOIN person p ON p.id = t.person_id WHERE t.id = ?`,
    )
    .get(id) as (TrainingRecord & { personName: string }) | undefined;
}

export function deleteTraining(db: Db, id: number): void {
  db.prepare('DELETE FROM training_record WHERE id = ?').run(id);
}

/** Records acknowledgements; one already on record for that person and version is kept as it was. */
export function insertAcknowledgement(
  db: Db,
): (personId: number, versionId: number, acknowledgedOn: string, at: string) => boolean {
  const stmt = db.prepare(
    `INSERT OR IGNORE INTO policy_acknowledgement (person_id, policy_version_id, acknowledged_on, created_at)
     VALUES (?, ?, ?, ?)`,
  );
  return (personId, versionId, acknowledgedOn, at) => stmt.run(personId, versionId, acknowledgedOn, at).changes > 0;
}

export function getAcknowledgement(
  db: Db,
  id: number,
): { id: number; personName: string; policyTitle: string; version: string } | undefined {
  return db
    .prepare(
      `SELECT a.id, p.name AS personName, pol.title AS policyTitle, v.major || '.' || v.minor AS version
       FROM policy_acknowledgement a JOIN person p ON p.id = a.person_id
       JOIN policy_version v ON v.id = a.policy_version_id JOIN policy pol ON pol.id = v.policy_id
       WHERE a.id = ?`,
    )
    .get(id) as { id: number; personName: string; policyTitle: string; version: string } | undefined;
}

export function deleteAcknowledgement(db: Db, id: number): void {
  db.prepare('DELETE FROM policy_acknowledgement WHERE id = ?').run(id);
}

/** People who joined (start date) or left (end date) within the period, by date then name. */
export function populationRows(db: Db, which: 'hires' | 'terminations', from: string, to: string): PersonRow[] {
  const column = which === 'hires' ? 'start_date' : 'end_date';
  return db
    .prepare(`SELECT ${COLUMNS} FROM person WHERE ${column} BETWEEN ? AND ? ORDER BY ${column}, name, id`)
    .all(from, to) as PersonRow[];
}
