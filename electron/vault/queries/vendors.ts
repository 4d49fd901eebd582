import type {
  Criticality,
  DataClass,
  SocReportType,
  SubserviceMethod,
  VendorFields,
  VendorKind,
} from '../../../shared/domain/vendors';
import type { Db } from '../database';

export interface VendorRow {
  id: number;
  name: string;
  service: string;
  kind: VendorKind;
  dataShared: string;
  dataClassification: DataClass;
  criticality: Criticality;
  owner: string;
  subserviceMethod: SubserviceMethod | null;
  socReportType: SocReportType | null;
  socReceivedOn: string | null;
  socPeriodFrom: string | null;
  socPeriodTo: string | null;
  socReviewedOn: string | null;
  socExceptions: 0 | 1 | null;
  socNotes: string;
  lastReviewed: string | null;
  nextReview: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `id, name, service, kind, data_shared AS dataShared, data_classification AS dataClassification,
  criticality, owner, subservice_method AS subserviceMethod, soc_report_type AS socReportType,
  soc_received_on AS socReceivedOn, soc_period_from AS socPeriodFrom, soc_period_to AS socPeriodTo,
  soc_reviewed_on AS socReviewedOn, soc_exceptions AS socExceptions, soc_notes AS socNotes,
  last_reviewed AS lastReviewed, next_review AS nextReview, notes, created_at AS createdAt, updated_at AS updatedAt`;

export function listVendorRows(db: Db): VendorRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM vendor ORDER BY name COLLATE NOCASE`).all() as VendorRow[];
}

export function getVendorRow(db: Db, id: number): VendorRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM vendor WHERE id = ?`).get(id) as VendorRow | undefined;
}

export function vendorIdByName(db: Db, name: string): number | undefined {
  return db.prepare('SELECT id FROM vendor WHERE name = ?').pluck().get(name) as number | undefined;
}

type Stored = Omit<VendorFields, 'controls' | 'evidence' | 'csocs'>;

function values(f: Stored): unknown[] {
  return [
    f.name,
    f.service,
    f.kind,
    f.dataShared,
    f.dataClassification,
    f.criticality,
    f.owner,
    f.subserviceMethod,
    f.socReportType,
    f.socReceivedOn,
    f.socPeriodFrom,
    f.socPeriodTo,
    f.socReviewedOn,
    f.socExceptions === null ? null : f.socExceptions ? 1 : 0,
    f.socNotes,
    f.lastReviewed,
    f.nextReview,
    f.notes,
  ];
}

export function insertVendor(db: Db, f: Stored, at: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO vendor (name, service, kind, data_shared, data_classification, criticality, owner,
           subservice_method, soc_report_type, soc_received_on, soc_period_from, soc_period_to, soc_reviewed_on,
           soc_exceptions, soc_notes, last_reviewed, next_review, notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...values(f), at, at).lastInsertRowid,
  );
}

export function updateVendor(db: Db, id: number, f: Stored, at: string): void {
  db.prepare(
    `UPDATE vendor SET name = ?, service = ?, kind = ?, data_shared = ?, data_classification = ?, criticality = ?,
       owner = ?, subservice_method = ?, soc_report_type = ?, soc_received_on = ?, soc_period_from = ?,
       soc_period_to = ?, soc_reviewed_on = ?, soc_exceptions = ?, soc_notes = ?, last_reviewed = ?, next_review = ?,
       notes = ?, updated_at = ?
     WHERE id = ?`,
  ).run(...values(f), at, id);
}

export function deleteVendor(db: Db, id: number): void {
  db.prepare('DELETE FROM vendor WHERE id = ?').run(id);
}

function grouped<V>(rows: ({ v: number } & V)[]): Map<number, V[]> {
  const map = new Map<number, V[]>();
  for (const { v, ...rest } of rows) {
    const list = map.get(v);
    if (list) list.push(rest as unknown as V);
    else map.set(v, [rest as unknown as V]);
  }
  return map;
}

const only = (vendorId?: number) => (vendorId === undefined ? '' : 'WHERE x.vendor_id = ?');
const args = (vendorId?: number) => (vendorId === undefined ? [] : [vendorId]);

export function csocsByVendor(db: Db, vendorId?: number): Map<number, { text: string }[]> {
  return grouped(
    db
      .prepare(`SELECT x.vendor_id AS v, x.text FROM vendor_csoc x ${only(vendorId)} ORDER BY x.vendor_id, x.position`)
      .all(...args(vendorId)) as { v: number; text: string }[],
  );
}

export function controlsByVendor(db: Db, vendorId?: number): Map<number, { id: string; name: string }[]> {
  return grouped(
    db
      .prepare(
        `SELECT x.vendor_id AS v, c.id, c.name FROM vendor_control x JOIN control c ON c.id = x.control_id
         ${only(vendorId)} ORDER BY c.id`,
      )
      .all(...args(vendorId)) as { v: number; id: string; name: string }[],
  );
}

/** Linked evidence items that have not been removed. */
export function evidenceByVendor(db: Db, vendorId?: number): Map<number, { id: number; title: string }[]> {
  return grouped(
    db
      .prepare(
        `SELECT x.vendor_id AS v, e.id, e.title FROM vendor_evidence x JOIN evidence e ON e.id = x.evidence_id
         ${vendorId === undefined ? 'WHERE' : `${only(vendorId)} AND`} e.deleted_at IS NULL ORDER BY e.id`,
      )
      .all(...args(vendorId)) as { v: number; id: number; title: string }[],
  );
}

export function replaceCsocs(db: Db, vendorId: number, csocs: readonly string[]): void {
  db.prepare('DELETE FROM vendor_csoc WHERE vendor_id = ?').run(vendorId);
  const insert = db.prepare('INSERT INTO vendor_csoc (vendor_id, position, text) VALUES (?, ?, ?)');
  csocs.forEach((text, i) => insert.run(vendorId, i, text));
}

export function replaceVendorControls(db: Db, vendorId: number, controls: readonly string[]): void {
  db.prepare('DELETE FROM vendor_control WHERE vendor_id = ?').run(vendorId);
  const insert = db.prepare('INSERT INTO vendor_control (vendor_id, control_id) VALUES (?, ?)');
  for (const c of controls) insert.run(vendorId, c);
}

export function replaceVendorEvidence(db: Db, vendorId: number, evidence: readonly number[]): void {
  db.prepare('DELETE FROM vendor_evidence WHERE vendor_id = ?').run(vendorId);
  const insert = db.prepare('INSERT INTO vendor_evidence (vendor_id, evidence_id) VALUES (?, ?)');
  for (const e of evidence) insert.run(vendorId, e);
}

/** Which of these evidence ids exist and are not removed. */
export function activeEvidenceIds(db: Db, ids: readonly number[]): Set<number> {
  if (ids.length === 0) return new Set();
  return new Set(
    db
      .prepare(`SELECT id FROM evidence WHERE deleted_at IS NULL AND id IN (${ids.map(() => '?').join(', ')})`)
      .pluck()
      .all(...ids) as number[],
  );
}
