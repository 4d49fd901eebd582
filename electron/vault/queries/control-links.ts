import type { Treatment } from '../../../shared/domain/risks';
import type { Criticality, SubserviceMethod, VendorKind } from '../../../shared/domain/vendors';
import type { Db } from '../database';

/**
 * Read-only look-ups of the records that point at one control. Each runs on the
 * link table's (control_id, …) index, so a control page stays fast in a large vault.
 */

export interface LinkedRiskRow {
  id: number;
  title: string;
  inherentScore: number;
  residualScore: number | null;
  treatment: Treatment | null;
}

export function risksForControl(db: Db, controlId: string): LinkedRiskRow[] {
  return db
    .prepare(
      `SELECT r.id, r.title, r.inherent_score AS inherentScore, r.residual_score AS residualScore, r.treatment
       FROM risk_control rc JOIN risk r ON r.id = rc.risk_id
       WHERE rc.control_id = ?
       ORDER BY coalesce(r.residual_score, r.inherent_score) DESC, r.id`,
    )
    .all(controlId) as LinkedRiskRow[];
}

export interface LinkedVendorRow {
  id: number;
  name: string;
  kind: VendorKind;
  criticality: Criticality;
  subserviceMethod: SubserviceMethod | null;
  nextReview: string | null;
}

export function vendorsForControl(db: Db, controlId: string): LinkedVendorRow[] {
  return db
    .prepare(
      `SELECT v.id, v.name, v.kind, v.criticality, v.subservice_method AS subserviceMethod, v.next_review AS nextReview
       FROM vendor_control vc JOIN vendor v ON v.id = vc.vendor_id
       WHERE vc.control_id = ?
       ORDER BY CASE v.criticality WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END,
                v.name COLLATE NOCASE`,
    )
    .all(controlId) as LinkedVendorRow[];
}

export interface LinkedActionRow {
  id: number;
  description: string;
  dueDate: string;
  completedOn: string | null;
  incidentId: number;
  incidentTitle: string;
}

export function actionsForControl(db: Db, controlId: string): LinkedActionRow[] {
  return db
    .prepare(
      `SELECT a.id, a.description, a.due_date AS dueDate, a.completed_on AS completedOn,
              i.id AS incidentId, i.title AS incidentTitle
       FROM incident_action a JOIN incident i ON i.id = a.incident_id
       WHERE a.control_id = ?
       ORDER BY a.completed_on IS NOT NULL, a.due_date, a.id`,
    )
    .all(controlId) as LinkedActionRow[];
}

export interface LinkedChangeRow {
  id: number;
  title: string;
  ticketRef: string;
  approver: string;
  approverIsAuthor: number;
  deployedOn: string | null;
  emergency: number;
  significant: number;
}

export function changesForControl(db: Db, controlId: string): LinkedChangeRow[] {
  return db
    .prepare(
      `SELECT c.id, c.title, c.ticket_ref AS ticketRef, c.approver, c.approver_is_author AS approverIsAuthor,
              c.deployed_on AS deployedOn, c.emergency, c.significant
       FROM change_control cc JOIN change_record c ON c.id = cc.change_id
       WHERE cc.control_id = ?
       ORDER BY c.deployed_on IS NOT NULL, c.deployed_on DESC, c.id DESC`,
    )
    .all(controlId) as LinkedChangeRow[];
}

export interface LinkedCuecRow {
  id: number;
  position: number;
  text: string;
  /** The criteria this CUEC shares with the control, comma-separated. */
  criteria: string;
}

/** CUECs have no control link of their own: they meet a control on the criteria both map to. */
export function cuecsForControl(db: Db, controlId: string): LinkedCuecRow[] {
  return db
    .prepare(
      `SELECT u.id, u.position, u.text, group_concat(uc.criterion_id, ', ') AS criteria
       FROM control_criterion cc
       JOIN cuec_criterion uc ON uc.criterion_id = cc.criterion_id
       JOIN cuec u ON u.id = uc.cuec_id
       WHERE cc.control_id = ?
       GROUP BY u.id
       ORDER BY u.position, u.id`,
    )
    .all(controlId) as LinkedCuecRow[];
}
