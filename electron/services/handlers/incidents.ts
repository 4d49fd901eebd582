import type { incidentOps } from '../../../shared/contract/ops/incidents';
import {
  addAction,
  addTimelineEntry,
  createIncident,
  exportIncidentsCsv,
  getIncident,
  listIncidents,
  removeAction,
  removeTimelineEntry,
  setIncidentStatus,
  updateAction,
  updateIncident,
} from '../incidents';
import type { HandlersFor } from './types';

export const incidentHandlers: HandlersFor<typeof incidentOps> = {
  'incidents.list': (input, wb) => listIncidents(wb.requireVault(), input),
  'incidents.get': (input, wb) => getIncident(wb.requireVault(), input.id),
  'incidents.create': (input, wb) => createIncident(wb.requireVault(), input),
  'incidents.update': (input, wb) => updateIncident(wb.requireVault(), input),
  'incidents.setStatus': (input, wb) => setIncidentStatus(wb.requireVault(), input),
  'incidents.addTimelineEntry': (input, wb) => addTimelineEntry(wb.requireVault(), input),
  'incidents.removeTimelineEntry': (input, wb) => removeTimelineEntry(wb.requireVault(), input.id),
  'incidents.addAction': (input, wb) => addAction(wb.requireVault(), input),
  'incidents.updateAction': (input, wb) => updateAction(wb.requireVault(), input),
  'incidents.removeAction': (input, wb) => removeAction(wb.requireVault(), input.id),
  'incidents.exportCsv': (input, wb) => exportIncidentsCsv(wb.requireVault(), input),
};
