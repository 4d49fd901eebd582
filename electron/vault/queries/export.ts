import type {
  ChangeEntry,
  CuecEntry,
  DerivedList,
  IncidentEntry,
  SubserviceEntry,
} from '../../../shared/domain/description';
import { CRITERIA_BY_ID } from '../../../shared/catalog/criteria';
import type { Db } from '../database';

// Read-only queries for the derived description sections and the package. The
// registers they read belong to other areas and may be missing from a vault
// made before those areas existed: a missing table means "no register", which
// the description says in words rather than implying there were no records.

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function unavailable<T>(): DerivedList<T> {
  return { available: false, rows: [] };
}

/** DC4: significant incidents that happened within [from, to] (Type I: from = null, everything up to the date). */
export function significantIncidents(db: Db, from: string | null, to: string): DerivedList<IncidentEntry> {
  if (!hasTable(db, 'incident')) return unavailable();
  const rows = db
    .prepare(
      `SELECT id, title, description, severity, status, substr(occurred_at, 1, 10) AS date,
         substr(resolved_at, 1, 10) AS resolvedOn, significant_reason AS reason, root_cause AS rootCause
       FROM incident
       WHERE significant = 1 AND substr(occurred_at, 1, 10) BETWEEN ? AND ?
       ORDER BY occurred_at, id`,
    )
    .all(from ?? '0000-01-01', to) as {
    id: number;
    title: string;
    description: string;
    severity: string;
    status: string;
    date: string;
    resolvedOn: string | null;
    reason: string | null;
    rootCause: string;
  }[];
  return {
    available: true,
    rows: rows.map((r) => ({
      ref: `INC-${r.id}`,
      title: r.title,
      description: r.description,
      date: r.date,
      severity: r.severity,
      effect: r.reason ?? '',
      resolvedOn: r.resolvedOn,
      cause: r.rootCause.trim(),
      status: r.status,
    })),
  };
}

/**
 * DC6: the complementary user entity controls, in their display order, that bear on the criteria in scope: a
 * CUEC related only to criteria of categories out of scope is left out, one related to no criterion stays,
 * and each lists only its in-scope criteria.
 */
export function cuecs(db: Db, categories: readonly string[]): DerivedList<CuecEntry> {
  if (!hasTable(db, 'cuec')) return unavailable();
  const scope = new Set(categories);
  const inScope = (criterion: string) => {
    const c = CRITERIA_BY_ID.get(criterion);
    return c !== undefined && scope.has(c.category);
  };
  const rows = db.prepare('SELECT id, text FROM cuec ORDER BY position, id').all() as { id: number; text: string }[];
  const criteria = new Map<number, string[]>();
  for (const c of db
    .prepare('SELECT cuec_id AS id, criterion_id AS criterion FROM cuec_criterion ORDER BY criterion_id')
    .all() as { id: number; criterion: string }[]) {
    const list = criteria.get(c.id);
    if (list) list.push(c.criterion);
    else criteria.set(c.id, [c.criterion]);
  }
  const kept = rows.filter((r) => {
    const related = criteria.get(r.id) ?? [];
    return related.length === 0 || related.some(inScope);
  });
  return {
    available: true,
    rows: kept.map((r, i) => ({
      ref: `CUEC-${i + 1}`,
      description: r.text,
      criteria: (criteria.get(r.id) ?? []).filter(inScope),
    })),
  };
}

/** DC7: vendors that run part of the system, with their treatment and expected controls (CSOCs). */
export function subserviceOrganizations(db: Db): DerivedList<SubserviceEntry> {
  if (!hasTable(db, 'vendor')) return unavailable();
  const vendors = db
    .prepare(
      `SELECT id, name, service, subservice_method AS treatment FROM vendor
       WHERE subservice_method IS NOT NULL ORDER BY name COLLATE NOCASE, id`,
    )
    .all() as { id: number; name: string; service: string; treatment: 'carve-out' | 'inclusive' }[];
  const csocs = db.prepare('SELECT text FROM vendor_csoc WHERE vendor_id = ? ORDER BY position').pluck();
  const criteria = db
    .prepare(
      `SELECT DISTINCT cc.criterion_id FROM vendor_control vc JOIN control_criterion cc ON cc.control_id = vc.control_id
       WHERE vc.vendor_id = ? ORDER BY cc.criterion_id`,
    )
    .pluck();
  return {
    available: true,
    rows: vendors.map((v) => ({
      name: v.name,
      service: v.service,
      treatment: v.treatment,
      csocs: csocs.all(v.id) as string[],
      criteria: criteria.all(v.id) as string[],
    })),
  };
}

/** DC9: significant changes to the system or its controls deployed within the period. */
export function significantChanges(db: Db, from: string, to: string): DerivedList<ChangeEntry> {
  if (!hasTable(db, 'change_record')) return unavailable();
  const rows = db
    .prepare(
      `SELECT id, title, ticket_ref AS ticket, deployed_on AS date, emergency, significant_description AS description
       FROM change_record WHERE significant = 1 AND deployed_on BETWEEN ? AND ? ORDER BY deployed_on, id`,
    )
    .all(from, to) as {
    id: number;
    title: string;
    ticket: string;
    date: string;
    emergency: number;
    description: string;
  }[];
  return {
    available: true,
    rows: rows.map((r) => ({
      ref: r.ticket.trim() || `CHG-${r.id}`,
      title: r.title,
      date: r.date,
      kind: r.emergency ? 'Emergency change' : 'Planned change',
      description: r.description,
    })),
  };
}

/** One evidence file in one control's folder; an item linked to three controls appears three times. */
export interface EvidenceFileRow {
  evidenceId: number;
  controlId: string | null;
  sha256: string;
  title: string;
  type: string;
  fileName: string;
  size: number;
  effectiveDate: string;
  collectedAt: string;
}

const FILE_KEYS = [
  'evidenceId',
  'controlId',
  'sha256',
  'title',
  'type',
  'fileName',
  'size',
  'effectiveDate',
  'collectedAt',
] as const;
const FILE_COLUMNS = `e.id, ec.control_id, e.blob_sha256, e.title, e.type, e.file_name, e.size, e.effective_date, e.collected_at`;

/**
 * Active evidence by control, then item; items linked to no control come last
 * with a null control. Rows come back as arrays (tens of thousands of them on a
 * large vault); reading the items in storage order and sorting measured faster here than
 * walking the link index and looking each item up.
 */
export function evidenceFiles(db: Db): EvidenceFileRow[] {
  const linked = db
    .prepare(
      `SELECT ${FILE_COLUMNS} FROM evidence e JOIN evidence_control ec ON ec.evidence_id = e.id
       WHERE e.deleted_at IS NULL ORDER BY ec.control_id, e.id`,
    )
    .raw()
    .all() as unknown[][];
  const unlinked = db
    .prepare(
      `SELECT ${FILE_COLUMNS.replace('ec.control_id', 'NULL')} FROM evidence e
       WHERE e.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM evidence_control ec WHERE ec.evidence_id = e.id)
       ORDER BY e.id`,
    )
    .raw()
    .all() as unknown[][];
  const rows: EvidenceFileRow[] = new Array(linked.length + unlinked.length);
  let i = 0;
  for (const r of [linked, unlinked]) {
    for (const values of r) {
      const row: Record<string, unknown> = {};
      for (let k = 0; k < FILE_KEYS.length; k++) row[FILE_KEYS[k]!] = values[k];
      rows[i++] = row as unknown as EvidenceFileRow;
    }
  }
  return rows;
}
