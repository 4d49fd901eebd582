import type { z } from 'zod';
import { AppError } from '../../shared/contract/errors';
import { toCsv } from '../../shared/csv';
import {
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_STATUS_LABELS,
  incidentGaps,
  incidentRef,
  type correctiveActionAddSchema,
  type correctiveActionUpdateSchema,
  type IncidentCsvExport,
  type IncidentDetail,
  type IncidentFields,
  type IncidentListFilter,
  type IncidentSummary,
  type incidentStatusSchema,
  type timelineEntrySchema,
} from '../../shared/domain/incidents';
import { existingControlIds } from '../vault/queries/controls';
import { getEngagement } from '../vault/queries/engagement';
import * as q from '../vault/queries/incidents';
import type { Vault } from '../vault/vault';

export function listIncidents(vault: Vault, filter: IncidentListFilter = {}): IncidentSummary[] {
  return q.listIncidentRows(vault.db, filter, vault.today()).map((r) => ({
    id: r.id,
    ref: incidentRef(r.id),
    title: r.title,
    severity: r.severity,
    category: r.category,
    status: r.status,
    occurredAt: r.occurredAt,
    detectedAt: r.detectedAt,
    resolvedAt: r.resolvedAt,
    owner: r.owner,
    significant: r.significant,
    hasPostmortem: r.hasPostmortem,
    actions: r.actions,
    openActions: r.openActions,
    overdueActions: r.overdueActions,
    gaps: incidentGaps(r),
  }));
}

export function getIncident(vault: Vault, id: number): IncidentDetail {
  const incident = q.getIncident(vault.db, id);
  if (!incident) throw new AppError('not_found', `No incident ${incidentRef(id)} in this vault`);
  const timeline = q.timelineOf(vault.db, id);
  const actions = q.actionsOf(vault.db, id, vault.today());
  const gaps = incidentGaps({
    status: incident.status,
    severity: incident.severity,
    significant: incident.significant,
    hasRootCause: incident.rootCause.trim() !== '',
    hasPostmortem: incident.postmortem.trim() !== '',
    notificationRequired: incident.notificationRequired,
    notified: incident.notifiedAt !== null,
    actions: actions.length,
    overdueActions: actions.filter((a) => a.overdue).length,
  });
  return { ...incident, timeline, actions, gaps };
}

function requireIncident(vault: Vault, id: number) {
  const incident = q.getIncident(vault.db, id);
  if (!incident) throw new AppError('not_found', `No incident ${incidentRef(id)} in this vault`);
  return incident;
}

/** Resolution is a fact of the incident: status open/contained means it is not resolved yet. */
function normalise(f: IncidentFields): IncidentFields {
  return f.status === 'open' || f.status === 'contained' ? { ...f, resolvedAt: null } : f;
}

export function createIncident(vault: Vault, fields: IncidentFields): IncidentDetail {
  return vault.write('incidents.create', (tx) => {
    const id = q.insertIncident(vault.db, normalise(fields), tx.at);
    tx.audit(
      'incident',
      String(id),
      `Logged ${incidentRef(id)} "${fields.title}" (${fields.severity}, ${INCIDENT_CATEGORY_LABELS[fields.category]})`,
    );
    return getIncident(vault, id);
  });
}

const FIELD_NAMES: Partial<Record<keyof IncidentFields, string>> = {
  title: 'title',
  severity: 'severity',
  category: 'category',
  status: 'status',
  occurredAt: 'occurred',
  detectedAt: 'detected',
  resolvedAt: 'resolved',
  owner: 'owner',
  rootCause: 'root cause',
  postmortem: 'post-mortem',
  significant: 'significant',
  significantReason: 'significance reason',
  notificationRequired: 'notification required',
  notifiedAt: 'notified',
  notifiedTo: 'notified to',
  description: 'description',
  affectedSystems: 'affected systems',
  affectedClients: 'affected clients',
};

export function updateIncident(vault: Vault, input: { id: number; fields: IncidentFields }): IncidentDetail {
  return vault.write('incidents.update', (tx) => {
    const before = requireIncident(vault, input.id);
    const next = normalise(input.fields);
    const changed = (Object.keys(FIELD_NAMES) as (keyof IncidentFields)[]).filter(
      (k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(next[k] ?? null),
    );
    q.updateIncident(vault.db, input.id, next, tx.at);
    if (before.status !== next.status) {
      q.insertTimelineEntry(
        vault.db,
        {
          incidentId: input.id,
          at: tx.at,
          entry: `Status changed from ${INCIDENT_STATUS_LABELS[before.status]} to ${INCIDENT_STATUS_LABELS[next.status]}`,
          author: '',
          automatic: true,
        },
        tx.at,
      );
    }
    tx.audit(
      'incident',
      String(input.id),
      changed.length
        ? `Changed ${incidentRef(input.id)}: ${changed.map((k) => FIELD_NAMES[k]).join(', ')}`
        : `Saved ${incidentRef(input.id)} with no changes`,
    );
    return getIncident(vault, input.id);
  });
}

/** A status move records itself on the timeline, so the incident's history reads without the audit trail. */
export function setIncidentStatus(vault: Vault, input: z.output<typeof incidentStatusSchema>): IncidentDetail {
  return vault.write('incidents.setStatus', (tx) => {
    const before = requireIncident(vault, input.id);
    const resolving = input.status === 'resolved' || input.status === 'closed';
    const resolvedAt = resolving ? (input.resolvedAt ?? before.resolvedAt ?? tx.at) : null;
    if (resolvedAt && resolvedAt < before.occurredAt) {
      throw new AppError('invalid_input', 'resolvedAt: Resolution cannot be before the incident began', {
        issues: [{ path: 'resolvedAt', message: 'Resolution cannot be before the incident began' }],
      });
    }
    if (input.status === before.status && resolvedAt === before.resolvedAt && !input.note) {
      throw new AppError('conflict', `${incidentRef(input.id)} is already ${INCIDENT_STATUS_LABELS[before.status]}`);
    }
    q.setIncidentStatus(vault.db, input.id, input.status, resolvedAt, tx.at);
    const move =
      input.status === before.status
        ? `Status confirmed as ${INCIDENT_STATUS_LABELS[input.status]}`
        : `Status changed from ${INCIDENT_STATUS_LABELS[before.status]} to ${INCIDENT_STATUS_LABELS[input.status]}`;
    q.insertTimelineEntry(
      vault.db,
      {
        incidentId: input.id,
        at: tx.at,
        entry: input.note ? `${move}: ${input.note}` : move,
        author: '',
        automatic: true,
      },
      tx.at,
    );
    tx.audit('incident', String(input.id), `${incidentRef(input.id)}: ${move}`);
    return getIncident(vault, input.id);
  });
}

export function addTimelineEntry(vault: Vault, input: z.output<typeof timelineEntrySchema>): IncidentDetail {
  return vault.write('incidents.addTimelineEntry', (tx) => {
    requireIncident(vault, input.incidentId);
    const id = q.insertTimelineEntry(vault.db, input, tx.at);
    q.touchIncident(vault.db, input.incidentId, tx.at);
    tx.audit('incident', String(input.incidentId), `${incidentRef(input.incidentId)}: timeline entry ${id} added`);
    return getIncident(vault, input.incidentId);
  });
}

export function removeTimelineEntry(vault: Vault, id: number): IncidentDetail {
  return vault.write('incidents.removeTimelineEntry', (tx) => {
    const entry = q.getTimelineEntry(vault.db, id);
    if (!entry) throw new AppError('not_found', `No timeline entry ${id} in this vault`);
    if (entry.automatic) {
      throw new AppError(
        'conflict',
        `Timeline entry ${id} ("${entry.entry.slice(0, 80)}") was written by Attest when the status changed; it is part of the incident's history and cannot be removed. Add an entry that explains the correction instead`,
      );
    }
    q.deleteTimelineEntry(vault.db, id);
    q.touchIncident(vault.db, entry.incidentId, tx.at);
    tx.audit(
      'incident',
      String(entry.incidentId),
      `${incidentRef(entry.incidentId)}: timeline entry of ${entry.at} removed ("${entry.entry.slice(0, 80)}")`,
    );
    return getIncident(vault, entry.incidentId);
  });
}

function requireControl(vault: Vault, controlId: string | null): void {
  if (controlId && existingControlIds(vault.db, [controlId]).length === 0) {
    throw new AppError('not_found', `No control ${controlId} in this vault`, {
      issues: [{ path: 'controlId', message: `No control ${controlId} in this vault` }],
    });
  }
}

export function addAction(vault: Vault, input: z.output<typeof correctiveActionAddSchema>): IncidentDetail {
  return vault.write('incidents.addAction', (tx) => {
    requireIncident(vault, input.incidentId);
    requireControl(vault, input.controlId);
    const id = q.insertAction(vault.db, input.incidentId, input, tx.at);
    q.touchIncident(vault.db, input.incidentId, tx.at);
    tx.audit(
      'incident',
      String(input.incidentId),
      `${incidentRef(input.incidentId)}: corrective action ${id} added for ${input.owner}, due ${input.dueDate}${input.controlId ? ` (control ${input.controlId})` : ''}`,
    );
    return getIncident(vault, input.incidentId);
  });
}

export function updateAction(vault: Vault, input: z.output<typeof correctiveActionUpdateSchema>): IncidentDetail {
  return vault.write('incidents.updateAction', (tx) => {
    const before = q.getAction(vault.db, input.id);
    if (!before) throw new AppError('not_found', `No corrective action ${input.id} in this vault`);
    requireControl(vault, input.controlId);
    q.updateAction(vault.db, input.id, input, tx.at);
    q.touchIncident(vault.db, before.incidentId, tx.at);
    const done = !before.completedOn && input.completedOn ? ` completed on ${input.completedOn}` : ' changed';
    tx.audit(
      'incident',
      String(before.incidentId),
      `${incidentRef(before.incidentId)}: corrective action ${input.id}${done}`,
    );
    return getIncident(vault, before.incidentId);
  });
}

export function removeAction(vault: Vault, id: number): IncidentDetail {
  return vault.write('incidents.removeAction', (tx) => {
    const before = q.getAction(vault.db, id);
    if (!before) throw new AppError('not_found', `No corrective action ${id} in this vault`);
    q.deleteAction(vault.db, id);
    q.touchIncident(vault.db, before.incidentId, tx.at);
    tx.audit(
      'incident',
      String(before.incidentId),
      `${incidentRef(before.incidentId)}: corrective action ${id} removed ("${before.description.slice(0, 80)}")`,
    );
    return getIncident(vault, before.incidentId);
  });
}

export const INCIDENT_CSV_HEADER = [
  'Reference',
  'Title',
  'Severity',
  'Category',
  'Status',
  'Occurred (UTC)',
  'Detected (UTC)',
  'Resolved (UTC)',
  'Owner',
  'Affected systems',
  'Affected clients',
  'Significant',
  'Why significant',
  'Notification required',
  'Notified (UTC)',
  'Notified to',
  'Root cause',
  'Corrective actions',
  'Open corrective actions',
  'Post-mortem written',
  'Description',
];

/**
 * The incident population of a period, one row per incident, oldest first: what an auditor samples from.
 * Without dates it uses the engagement's audit period (Type II), or every incident (Type I).
 */
export function exportIncidentsCsv(vault: Vault, range: { from?: string; to?: string }): IncidentCsvExport {
  const engagement = getEngagement(vault.db);
  const usePeriod = !range.from && !range.to && engagement?.reportType === 'type2';
  const from = range.from ?? (usePeriod ? (engagement?.periodStart ?? undefined) : undefined);
  const to = range.to ?? (usePeriod ? (engagement?.periodEnd ?? undefined) : undefined);
  const incidents = q.incidentsForExport(vault.db, { from, to });
  const actions = q.actionsByIncident(vault.db);
  const rows = incidents.map((i) => {
    const list = actions.get(i.id) ?? [];
    return [
      incidentRef(i.id),
      i.title,
      i.severity,
      INCIDENT_CATEGORY_LABELS[i.category],
      INCIDENT_STATUS_LABELS[i.status],
      i.occurredAt,
      i.detectedAt,
      i.resolvedAt,
      i.owner,
      i.affectedSystems.join('; '),
      i.affectedClients.join('; '),
      i.significant ? 'yes' : 'no',
      i.significantReason,
      i.notificationRequired ? 'yes' : 'no',
      i.notifiedAt,
      i.notifiedTo,
      i.rootCause,
      list
        .map(
          (a) =>
            `${a.description} (owner ${a.owner}, due ${a.dueDate}${a.controlId ? `, control ${a.controlId}` : ''}${a.completedOn ? `, done ${a.completedOn}` : ''})`,
        )
        .join('\n'),
      list.filter((a) => !a.completedOn).length,
      i.postmortem.trim() ? 'yes' : 'no',
      i.description,
    ];
  });
  const span = from || to ? `${from ?? 'start'}_to_${to ?? vault.today()}` : 'all';
  return {
    fileName: `incidents_${span}.csv`,
    from: from ?? null,
    to: to ?? null,
    count: incidents.length,
    csv: toCsv(INCIDENT_CSV_HEADER, rows, { bom: true }),
  };
}
