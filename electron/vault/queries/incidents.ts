import type {
  CorrectiveAction,
  Incident,
  IncidentFields,
  IncidentListFilter,
  TimelineEntry,
} from '../../../shared/domain/incidents';
import { incidentRef } from '../../../shared/domain/incidents';
import type { Db } from '../database';

const COLUMNS = `id, title, severity, category, status, occurred_at, detected_at, resolved_at, owner, affected_systems,
  affected_clients, description, root_cause, postmortem, notification_required, notified_at, notified_to, significant,
  significant_reason, created_at, updated_at`;

type IncidentDbRow = [
  number,
  string,
  Incident['severity'],
  Incident['category'],
  Incident['status'],
  string,
  string,
  string | null,
  string,
  string,
  string,
  string,
  string,
  string,
  number,
  string | null,
  string,
  number,
  string | null,
  string,
  string,
];

function toIncident(r: IncidentDbRow): Incident {
  return {
    id: r[0],
    ref: incidentRef(r[0]),
    title: r[1],
    severity: r[2],
    category: r[3],
    status: r[4],
    occurredAt: r[5],
    detectedAt: r[6],
    resolvedAt: r[7],
    owner: r[8],
    affectedSystems: JSON.parse(r[9]) as string[],
    affectedClients: JSON.parse(r[10]) as string[],
    description: r[11],
    rootCause: r[12],
    postmortem: r[13],
    notificationRequired: r[14] === 1,
    notifiedAt: r[15],
    notifiedTo: r[16],
    significant: r[17] === 1,
    significantReason: r[18] ?? '',
    createdAt: r[19],
    updatedAt: r[20],
  };
}

export function getIncident(db: Db, id: number): Incident | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM incident WHERE id = ?`).raw().get(id) as IncidentDbRow | undefined;
  return row ? toIncident(row) : undefined;
}

/** The WHERE clause and parameters for a list filter; dates compare with the UTC day the incident occurred. */
function whereOf(filter: IncidentListFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  inList('i.status', filter.status);
  inList('i.severity', filter.severity);
  inList('i.category', filter.category);
  // occurred_at is ISO text: the day's first instant and the next day's first instant bound it without functions,
  // so the occurred_at index is used.
  if (filter.from) {
    clauses.push('i.occurred_at >= ?');
    params.push(`${filter.from}T00:00:00.000Z`);
  }
  if (filter.to) {
    clauses.push('i.occurred_at <= ?');
    params.push(`${filter.to}T23:59:59.999Z`);
  }
  if (filter.significantOnly) clauses.push('i.significant = 1');
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export interface IncidentListRow {
  id: number;
  title: string;
  severity: Incident['severity'];
  category: Incident['category'];
  status: Incident['status'];
  occurredAt: string;
  detectedAt: string;
  resolvedAt: string | null;
  owner: string;
  significant: boolean;
  hasRootCause: boolean;
  hasPostmortem: boolean;
  notificationRequired: boolean;
  notified: boolean;
  actions: number;
  openActions: number;
  overdueActions: number;
}

/** The list, newest first, with action counts aggregated in one pass (no query per incident). */
export function listIncidentRows(db: Db, filter: IncidentListFilter, today: string): IncidentListRow[] {
  const { sql, params } = whereOf(filter);
  const rows = db
    .prepare(
      `SELECT i.id, i.title, i.severity, i.category, i.status, i.occurred_at, i.detected_at, i.resolved_at, i.owner,
         i.significant, trim(i.root_cause) <> '', trim(i.postmortem) <> '', i.notification_required,
         i.notified_at IS NOT NULL, coalesce(a.total, 0), coalesce(a.open, 0), coalesce(a.overdue, 0)
       FROM incident i
       LEFT JOIN (
         SELECT incident_id, count(*) AS total, sum(completed_on IS NULL) AS open,
           sum(completed_on IS NULL AND due_date < ?) AS overdue
         FROM incident_action GROUP BY incident_id
       ) a ON a.incident_id = i.id
       ${sql}
       ORDER BY i.occurred_at DESC, i.id DESC`,
    )
    .raw()
    .all(today, ...params) as unknown[][];
  return rows.map((r) => ({
    id: r[0] as number,
    title: r[1] as string,
    severity: r[2] as Incident['severity'],
    category: r[3] as Incident['category'],
    status: r[4] as Incident['status'],
    occurredAt: r[5] as string,
    detectedAt: r[6] as string,
    resolvedAt: r[7] as string | null,
    owner: r[8] as string,
    significant: r[9] === 1,
    hasRootCause: r[10] === 1,
    hasPostmortem: r[11] === 1,
    notificationRequired: r[12] === 1,
    notified: r[13] === 1,
    actions: r[14] as number,
    openActions: r[15] as number,
    overdueActions: r[16] as number,
  }));
}

/** Full incidents in a period, oldest first, for the CSV population. */
export function incidentsForExport(db: Db, filter: IncidentListFilter): Incident[] {
  const { sql, params } = whereOf(filter);
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM incident i ${sql} ORDER BY i.occurred_at, i.id`)
    .raw()
    .all(...params) as IncidentDbRow[];
  return rows.map(toIncident);
}

/** Corrective actions per incident, for the export, in one query. */
export function actionsByIncident(
  db: Db,
): Map<
  number,
  { description: string; owner: string; dueDate: string; completedOn: string | null; controlId: string | null }[]
> {
  const map = new Map<
    number,
    { description: string; owner: string; dueDate: string; completedOn: string | null; controlId: string | null }[]
  >();
  const rows = db
    .prepare(
      'SELECT incident_id, description, owner, due_date, completed_on, control_id FROM incident_action ORDER BY id',
    )
    .raw()
    .all() as [number, string, string, string, string | null, string | null][];
  for (const [incidentId, description, owner, dueDate, completedOn, controlId] of rows) {
    const item = { description, owner, dueDate, completedOn, controlId };
    const list = map.get(incidentId);
    if (list) list.push(item);
    else map.set(incidentId, [item]);
  }
  return map;
}

function fieldParams(f: IncidentFields) {
  return [
    f.title,
    f.severity,
    f.category,
    f.status,
    f.occurredAt,
    f.detectedAt,
    f.resolvedAt,
    f.owner,
    JSON.stringify(f.affectedSystems),
    JSON.stringify(f.affectedClients),
    f.description,
    f.rootCause,
    f.postmortem,
    f.notificationRequired ? 1 : 0,
    f.notificationRequired ? f.notifiedAt : null,
    f.notifiedTo,
    f.significant ? 1 : 0,
    f.significant ? f.significantReason : null,
  ];
}

export function insertIncident(db: Db, f: IncidentFields, at: string): number {
  const info = db
    .prepare(
      `INSERT INTO incident (title, severity, category, status, occurred_at, detected_at, resolved_at, owner,
         affected_systems, affected_clients, description, root_cause, postmortem, notification_required, notified_at,
         notified_to, significant, significant_reason, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(...fieldParams(f), at, at);
  return Number(info.lastInsertRowid);
}

export function updateIncident(db: Db, id: number, f: IncidentFields, at: string): void {
  db.prepare(
    `UPDATE incident SET title = ?, severity = ?, category = ?, status = ?, occurred_at = ?, detected_at = ?,
       resolved_at = ?, owner = ?, affected_systems = ?, affected_clients = ?, description = ?, root_cause = ?,
       postmortem = ?, notification_required = ?, notified_at = ?, notified_to = ?, significant = ?,
       significant_reason = ?, updated_at = ?
     WHERE id = ?`,
  ).run(...fieldParams(f), at, id);
}

export function setIncidentStatus(
  db: Db,
  id: number,
  status: Incident['status'],
  resolvedAt: string | null,
  at: string,
): void {
  db.prepare('UPDATE incident SET status = ?, resolved_at = ?, updated_at = ? WHERE id = ?').run(
    status,
    resolvedAt,
    at,
    id,
  );
}

export function touchIncident(db: Db, id: number, at: string): void {
  db.prepare('UPDATE incident SET updated_at = ? WHERE id = ?').run(at, id);
}

type StoredEntry = Omit<TimelineEntry, 'automatic'> & { automatic: number };

const withKind = (e: StoredEntry): TimelineEntry => ({ ...e, automatic: e.automatic === 1 });

export function timelineOf(db: Db, incidentId: number): TimelineEntry[] {
  const rows = db
    .prepare(
      `SELECT id, incident_id AS incidentId, at, entry, author, created_at AS createdAt, automatic
       FROM incident_timeline WHERE incident_id = ? ORDER BY at, id`,
    )
    .all(incidentId) as StoredEntry[];
  return rows.map(withKind);
}

export function insertTimelineEntry(
  db: Db,
  e: { incidentId: number; at: string; entry: string; author: string; automatic?: boolean },
  createdAt: string,
): number {
  const info = db
    .prepare(
      'INSERT INTO incident_timeline (incident_id, at, entry, author, created_at, automatic) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(e.incidentId, e.at, e.entry, e.author, createdAt, e.automatic ? 1 : 0);
  return Number(info.lastInsertRowid);
}

export function getTimelineEntry(db: Db, id: number): TimelineEntry | undefined {
  const row = db
    .prepare(
      `SELECT id, incident_id AS incidentId, at, entry, author, created_at AS createdAt, automatic
       FROM incident_timeline WHERE id = ?`,
    )
    .get(id) as StoredEntry | undefined;
  return row ? withKind(row) : undefined;
}

export function deleteTimelineEntry(db: Db, id: number): void {
  db.prepare('DELETE FROM incident_timeline WHERE id = ?').run(id);
}

const ACTION_COLUMNS = `id, incident_id AS incidentId, description, owner, due_date AS dueDate,
  completed_on AS completedOn, control_id AS controlId, created_at AS createdAt, updated_at AS updatedAt`;

export function actionsOf(db: Db, incidentId: number, today: string): CorrectiveAction[] {
  const rows = db
    .prepare(`SELECT ${ACTION_COLUMNS} FROM incident_action WHERE incident_id = ? ORDER BY due_date, id`)
    .all(incidentId) as Omit<CorrectiveAction, 'overdue'>[];
  return rows.map((a) => ({ ...a, overdue: a.completedOn === null && a.dueDate < today }));
}

export function getAction(db: Db, id: number): Omit<CorrectiveAction, 'overdue'> | undefined {
  return db.prepare(`SELECT ${ACTION_COLUMNS} FROM incident_action WHERE id = ?`).get(id) as
    Omit<CorrectiveAction, 'overdue'> | undefined;
}

export interface ActionColumns {
  description: string;
  owner: string;
  dueDate: string;
  completedOn: string | null;
  controlId: string | null;
}

export function insertAction(db: Db, incidentId: number, a: ActionColumns, at: string): number {
  const info = db
    .prepare(
      `INSERT INTO incident_action (incident_id, description, owner, due_date, completed_on, control_id, created_at,
         updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(incidentId, a.description, a.owner, a.dueDate, a.completedOn, a.controlId, at, at);
  return Number(info.lastInsertRowid);
}

export function updateAction(db: Db, id: number, a: ActionColumns, at: string): void {
  db.prepare(
    `UPDATE incident_action SET description = ?, owner = ?, due_date = ?, completed_on = ?, control_id = ?,
       updated_at = ? WHERE id = ?`,
  ).run(a.description, a.owner, a.dueDate, a.completedOn, a.controlId, at, id);
}

export function deleteAction(db: Db, id: number): void {
  db.prepare('DELETE FROM incident_action WHERE id = ?').run(id);
}
