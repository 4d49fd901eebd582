import type {
  SnapshotAccessReview,
  SnapshotChange,
  SnapshotIncident,
  SnapshotLeaverAccount,
  SnapshotPerson,
  SnapshotRisk,
  SnapshotRiskAssessment,
  SnapshotSystem,
  SnapshotVendor,
} from '../../../shared/check/types';
import { isSecurityTraining } from '../../../shared/check/rules/training-current';
import type { Db } from '../database';

// The registers kept by other areas (incidents, access reviews, risks, vendors, people, changes), read for the
// self-check in one query each. Integer flags become booleans here so the rules stay plain.

/**
 * Incidents with their last update as of `asOf`: the latest timeline entry dated on or before it, else when the
 * incident happened. The record's own updated_at is not used (an import or an edit of the title touches it
 * without anyone working the incident), and entries dated after `asOf` had not been written yet on that date.
 */
export function snapshotIncidents(db: Db, asOf: string): SnapshotIncident[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.title, i.status, i.occurred_at,
         (SELECT max(at) FROM incident_timeline t WHERE t.incident_id = i.id AND substr(t.at, 1, 10) <= ?),
         i.root_cause, i.postmortem, i.significant, coalesce(i.significant_reason, '')
       FROM incident i`,
    )
    .raw()
    .all(asOf) as [number, string, SnapshotIncident['status'], string, string | null, string, string, number, string][];
  return rows.map(([id, title, status, occurredAt, timeline, rootCause, postmortem, significant, reason]) => ({
    id,
    title,
    status,
    occurredAt,
    lastUpdate: timeline ?? occurredAt,
    rootCause,
    postmortem,
    significant: significant === 1,
    significantReason: reason,
  }));
}

export function snapshotSystems(db: Db): SnapshotSystem[] {
  const rows = db.prepare('SELECT id, name, in_scope, review_frequency FROM access_system').raw().all() as [
    number,
    string,
    number,
    SnapshotSystem['reviewFrequency'],
  ][];
  return rows.map(([id, name, inScope, reviewFrequency]) => ({ id, name, inScope: inScope === 1, reviewFrequency }));
}

/** Reviews with their count of open remediations (revoke or change-role decisions not yet carried out). */
export function snapshotAccessReviews(db: Db): SnapshotAccessReview[] {
  const open = new Map(
    db
      .prepare(
        `SELECT review_id, count(*) FROM access_review_account
         WHERE decision IN ('revoke', 'change-role') AND remediated_on IS NULL GROUP BY review_id`,
      )
      .raw()
      .all() as [number, number][],
  );
  const rows = db.prepare('SELECT id, system_id, review_date, status FROM access_review').raw().all() as [
    number,
    number,
    string,
    string,
  ][];
  return rows.map(([id, systemId, reviewDate, status]) => ({
    id,
    systemId,
    reviewDate,
    completed: status === 'completed',
    openRemediations: open.get(id) ?? 0,
  }));
}

/** Every review entry of a person who has left, matched on email (review accounts are stored lower-cased). */
export function snapshotLeaverAccounts(db: Db): SnapshotLeaverAccount[] {
  const rows = db
    .prepare(
      `SELECT p.id, a.review_id, a.decision FROM person p
       JOIN access_review_account a ON a.email = lower(p.email)
       WHERE p.end_date IS NOT NULL`,
    )
    .raw()
    .all() as [number, number, SnapshotLeaverAccount['decision']][];
  return rows.map(([personId, reviewId, decision]) => ({ personId, reviewId, decision }));
}

export function snapshotRiskAssessments(db: Db): SnapshotRiskAssessment[] {
  return (db.prepare('SELECT completed_on FROM risk_assessment').pluck().all() as string[]).map((completedOn) => ({
    completedOn,
  }));
}

export function snapshotRisks(db: Db): SnapshotRisk[] {
  const rows = db.prepare('SELECT id, title, inherent_score, residual_score, treatment FROM risk').raw().all() as [
    number,
    string,
    number,
    number | null,
    SnapshotRisk['treatment'],
  ][];
  return rows.map(([id, title, inherentScore, residualScore, treatment]) => ({
    id,
    title,
    inherentScore,
    residualScore,
    treatment,
  }));
}

export function snapshotVendors(db: Db): SnapshotVendor[] {
  const rows = db
    .prepare(
      `SELECT v.id, v.name, v.criticality, v.subservice_method, v.last_reviewed,
         (SELECT count(*) FROM vendor_csoc c WHERE c.vendor_id = v.id), v.soc_reviewed_on
       FROM vendor v`,
    )
    .raw()
    .all() as [
    number,
    string,
    SnapshotVendor['criticality'],
    SnapshotVendor['subserviceMethod'],
    string | null,
    number,
    string | null,
  ][];
  return rows.map(([id, name, criticality, subserviceMethod, lastReviewed, csocs, socReviewedOn]) => ({
    id,
    name,
    criticality,
    subserviceMethod,
    lastReviewed,
    csocs,
    socReviewedOn,
  }));
}

/**
 * People with their latest security-awareness training on or before `asOf`. Training records name only a course,
 * so the course title decides what counts (isSecurityTraining): a model-training course is not security training.
 */
export function snapshotPeople(db: Db, asOf: string): SnapshotPerson[] {
  const latest = new Map<number, string>();
  const records = db
    .prepare('SELECT person_id, course, completed_on FROM training_record WHERE completed_on <= ?')
    .raw()
    .all(asOf) as [number, string, string][];
  for (const [personId, course, completedOn] of records) {
    if (!isSecurityTraining(course)) continue;
    const seen = latest.get(personId);
    if (seen === undefined || completedOn > seen) latest.set(personId, completedOn);
  }
  const rows = db.prepare('SELECT id, name, start_date, end_date FROM person').raw().all() as [
    number,
    string,
    string,
    string | null,
  ][];
  return rows.map(([id, name, startDate, endDate]) => ({
    id,
    name,
    startDate,
    endDate,
    lastTrainingOn: latest.get(id) ?? null,
  }));
}

export function snapshotChanges(db: Db): SnapshotChange[] {
  const rows = db
    .prepare('SELECT id, title, author, approver, deployed_on FROM change_record WHERE deployed_on IS NOT NULL')
    .raw()
    .all() as [number, string, string, string, string | null][];
  return rows.map(([id, title, author, approver, deployedOn]) => ({ id, title, author, approver, deployedOn }));
}
