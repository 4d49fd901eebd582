import { z } from 'zod';
import {
  correctiveActionAddSchema,
  correctiveActionUpdateSchema,
  incidentCreateSchema,
  incidentExportSchema,
  incidentListSchema,
  incidentStatusSchema,
  incidentUpdateSchema,
  timelineEntrySchema,
  type IncidentCsvExport,
  type IncidentDetail,
  type IncidentSummary,
} from '../../domain/incidents';
import { read, write } from '../operation';

const id = z.object({ id: z.number().int().positive() }).strict();

/** Incidents: the log, timelines, corrective actions and post-mortems. */
export const incidentOps = {
  'incidents.list': read(
    incidentListSchema,
    'Incidents, newest first, filtered by status, severity, category and the period they occurred in',
  ).returns<IncidentSummary[]>(),
  'incidents.get': read(id, 'One incident with its timeline and corrective actions').returns<IncidentDetail>(),
  'incidents.create': write(incidentCreateSchema, 'Log an incident').returns<IncidentDetail>(),
  'incidents.update': write(incidentUpdateSchema, "Change an incident's record").returns<IncidentDetail>(),
  'incidents.setStatus': write(
    incidentStatusSchema,
    'Move an incident to open, contained, resolved or closed; the change is added to its timeline',
  ).returns<IncidentDetail>(),
  'incidents.addTimelineEntry': write(
    timelineEntrySchema,
    "Add a dated entry to an incident's timeline",
  ).returns<IncidentDetail>(),
  'incidents.removeTimelineEntry': write(id, 'Remove a timeline entry entered by mistake').returns<IncidentDetail>(),
  'incidents.addAction': write(
    correctiveActionAddSchema,
    'Add a corrective action with an owner and due date, optionally linked to a control',
  ).returns<IncidentDetail>(),
  'incidents.updateAction': write(
    correctiveActionUpdateSchema,
    'Change a corrective action or record its completion',
  ).returns<IncidentDetail>(),
  'incidents.removeAction': write(id, 'Remove a corrective action entered by mistake').returns<IncidentDetail>(),
  'incidents.exportCsv': read(
    incidentExportSchema,
    'The incident population of a period as CSV (the audit period by default), for the auditor to sample from',
  ).returns<IncidentCsvExport>(),
} as const;
