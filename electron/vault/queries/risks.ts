import type { RiskAssessment, RiskCategory, RiskFields, Treatment } from '../../../shared/domain/risks';
import type { Db } from '../database';

export interface RiskRow {
  id: number;
  starterKey: string | null;
  title: string;
  description: string;
  category: RiskCategory;
  likelihood: number;
  impact: number;
  inherentScore: number;
  residualLikelihood: number | null;
  residualImpact: number | null;
  residualScore: number | null;
  treatment: Treatment | null;
  treatmentRationale: string;
  owner: string;
  lastReviewed: string | null;
  nextReview: string | null;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `id, starter_key AS starterKey, title, description, category, likelihood, impact,
  inherent_score AS inherentScore, residual_likelihood AS residualLikelihood, residual_impact AS residualImpact,
  residual_score AS residualScore, treatment, treatment_rationale AS treatmentRationale, owner,
  last_reviewed AS lastReviewed, next_review AS nextReview, created_at AS createdAt, updated_at AS updatedAt`;

export function listRiskRows(db: Db): RiskRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM risk ORDER BY id`).all() as RiskRow[];
}

export function getRiskRow(db: Db, id: number): RiskRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM risk WHERE id = ?`).get(id) as RiskRow | undefined;
}

export function starterKeysPresent(db: Db): Set<string> {
  return new Set(db.prepare('SELECT starter_key FROM risk WHERE starter_key IS NOT NULL').pluck().all() as string[]);
}

type Stored = Omit<RiskFields, 'controls'>;

export function insertRisk(db: Db, f: Stored, starterKey: string | null, at: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO risk (starter_key, title, description, category, likelihood, impact, residual_likelihood,
           residual_impact, treatment, treatment_rationale, owner, last_reviewed, next_review, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        starterKey,
        f.title,
        f.description,
        f.category,
        f.likelihood,
        f.impact,
        f.residualLikelihood,
        f.residualImpact,
        f.treatment,
        f.treatmentRationale,
        f.owner,
        f.lastReviewed,
        f.nextReview,
        at,
        at,
      ).lastInsertRowid,
  );
}

export function updateRisk(db: Db, id: number, f: Stored, at: string): void {
  db.prepare(
    `UPDATE risk SET title = ?, description = ?, category = ?, likelihood = ?, impact = ?, residual_likelihood = ?,
       residual_impact = ?, treatment = ?, treatment_rationale = ?, owner = ?, last_reviewed = ?, next_review = ?,
       updated_at = ?
     WHERE id = ?`,
  ).run(
    f.title,
    f.description,
    f.category,
    f.likelihood,
    f.impact,
    f.residualLikelihood,
    f.residualImpact,
    f.treatment,
    f.treatmentRationale,
    f.owner,
    f.lastReviewed,
    f.nextReview,
    at,
    id,
  );
}

export function deleteRisk(db: Db, id: number): void {
  db.prepare('DELETE FROM risk WHERE id = ?').run(id);
}

/** Marks every risk reviewed on `date`, next review `next`, unless a later review is already recorded. */
export function markAllReviewed(db: Db, date: string, next: string, at: string): number {
  return db
    .prepare(
      `UPDATE risk SET last_reviewed = ?, next_review = max(coalesce(next_review, ''), ?), updated_at = ?
       WHERE last_reviewed IS NULL OR last_reviewed < ?`,
    )
    .run(date, next, at, date).changes;
}

/** Linked controls with their names, grouped by risk. */
export function controlsByRisk(db: Db, riskId?: number): Map<number, { id: string; name: string }[]> {
  const rows = db
    .prepare(
      `SELECT rc.risk_id AS r, c.id, c.name FROM risk_control rc JOIN control c ON c.id = rc.control_id
       ${riskId === undefined ? '' : 'WHERE rc.risk_id = ?'} ORDER BY c.id`,
    )
    .all(...(riskId === undefined ? [] : [riskId])) as { r: number; id: string; name: string }[];
  const map = new Map<number, { id: string; name: string }[]>();
  for (const { r, id, name } of rows) {
    const list = map.get(r);
    if (list) list.push({ id, name });
    else map.set(r, [{ id, name }]);
  }
  return map;
}

export function replaceRiskControls(db: Db, riskId: number, controls: readonly string[]): void {
  db.prepare('DELETE FROM risk_control WHERE risk_id = ?').run(riskId);
  const insert = db.prepare('INSERT INTO risk_control (risk_id, control_id) VALUES (?, ?)');
  for (const c of controls) insert.run(riskId, c);
}

export function riskCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM risk').pluck().get() as number;
}

const ASSESSMENT_COLUMNS = `id, completed_on AS completedOn, performed_by AS performedBy, notes, risk_count AS riskCount,
  recorded_at AS recordedAt`;

export function insertAssessment(db: Db, a: Omit<RiskAssessment, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO risk_assessment (completed_on, performed_by, notes, risk_count, recorded_at) VALUES (?, ?, ?, ?, ?)`,
      )
      .run(a.completedOn, a.performedBy, a.notes, a.riskCount, a.recordedAt).lastInsertRowid,
  );
}

export function listAssessments(db: Db): RiskAssessment[] {
  return db
    .prepare(`SELECT ${ASSESSMENT_COLUMNS} FROM risk_assessment ORDER BY completed_on DESC, id DESC`)
    .all() as RiskAssessment[];
}

export function getAssessment(db: Db, id: number): RiskAssessment {
  return db.prepare(`SELECT ${ASSESSMENT_COLUMNS} FROM risk_assessment WHERE id = ?`).get(id) as RiskAssessment;
}
