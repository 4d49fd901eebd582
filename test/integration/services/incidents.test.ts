import { describe, expect, it } from 'vitest';
import type { ErrorShape } from '../../../shared/contract/errors';
import { parseCsv } from '../../../shared/csv';
import type { IncidentCsvExport, IncidentDetail, IncidentSummary } from '../../../shared/domain/incidents';
import { dispatch } from '../../../electron/services/dispatch';
import type { Workbench } from '../../../electron/services/workbench';
import { newWorkbench, tableCounts } from '../../helpers/vault';

async function call<T>(wb: Workbench, name: string, input: unknown): Promise<T> {
  const result = await dispatch(wb, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function failure(wb: Workbench, name: string, input: unknown): Promise<ErrorShape> {
  const result = await dispatch(wb, name, input);
  if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
  return result.error;
}

const BASE = {
  title: 'Support bot repeated another client’s ticket text',
  severity: 'SEV2',
  category: 'ai-data-leakage',
  occurredAt: '2026-03-03T09:15:00Z',
  detectedAt: '2026-03-03T11:40:00+01:00',
  owner: 'Aisha Rahman',
  affectedSystems: ['Support assistant', 'Support assistant'],
  affectedClients: ['Northwind'],
  description: 'A retrieval index shared across clients returned another client’s snippet.',
};

describe('incidents', () => {
  it('logs an incident with normalised instants and reports what an auditor would ask about', async () => {
    const wb = newWorkbench();
    const created = await call<IncidentDetail>(wb, 'incidents.create', BASE);
    expect(created).toMatchObject({
      ref: `INC-${String(created.id).padStart(4, '0')}`,
      status: 'open',
      occurredAt: '2026-03-03T09:15:00.000Z',
      detectedAt: '2026-03-03T10:40:00.000Z',
      affectedSystems: ['Support assistant'],
      significant: false,
    });
    const resolved = await call<IncidentDetail>(wb, 'incidents.update', {
      id: created.id,
      fields: { ...BASE, status: 'closed', resolvedAt: '2026-03-03T15:00:00Z' },
    });
    expect(resolved.gaps).toEqual(['No root cause recorded', 'Closed without a post-mortem', 'No corrective action']);
    // The status move is written on the timeline by the service itself.
    expect(resolved.timeline.map((t) => t.entry)).toEqual(['Status changed from Open to Closed']);
    wb.closeVault();
  });

  it('refuses bad input by field and changes nothing', async () => {
    const wb = newWorkbench();
    const before = tableCounts(wb.requireVault());
    const early = await failure(wb, 'incidents.create', { ...BASE, detectedAt: '2026-03-02T00:00:00Z' });
    expect(early.code).toBe('invalid_input');
    expect(early.message).toMatch(/^detectedAt: Detection cannot be before/);
    const noReason = await failure(wb, 'incidents.create', { ...BASE, significant: true });
    expect(noReason.message).toMatch(/^significantReason:/);
    const closedNoDate = await failure(wb, 'incidents.create', { ...BASE, status: 'resolved' });
    expect(closedNoDate.message).toMatch(/^resolvedAt:/);
    const noZone = await failure(wb, 'incidents.create', { ...BASE, occurredAt: '2026-03-03T09:15' });
    expect(noZone.message).toMatch(/^occurredAt: Use a date and time with a time zone/);
    expect((await failure(wb, 'incidents.create', { ...BASE, severity: 'SEV0' })).message).toMatch(/^severity:/);
    expect(tableCounts(wb.requireVault())).toEqual(before);
    wb.closeVault();
  });

  it('keeps a timeline, corrective actions linked to controls, and a status history', async () => {
    const wb = newWorkbench();
    const incident = await call<IncidentDetail>(wb, 'incidents.create', BASE);
    const controls = await call<{ id: string }[]>(wb, 'controls.list', {});
    const controlId = controls[0]!.id;

    await call(wb, 'incidents.addTimelineEntry', {
      incidentId: incident.id,
      at: '2026-03-03T12:00:00Z',
      entry: 'Shared index disabled; per-client indexes rebuilt',
      author: 'Tomás Novak',
    });
    await call(wb, 'incidents.addTimelineEntry', {
      incidentId: incident.id,
      at: '2026-03-03T10:00:00Z',
      entry: 'Client reported the odd answer',
    });
    const withAction = await call<IncidentDetail>(wb, 'incidents.addAction', {
      incidentId: incident.id,
      description: 'Add a per-tenant filter test to the release checklist',
      owner: 'Tomás Novak',
      dueDate: '2026-03-20',
      controlId,
    });
    // The timeline reads in time order, whatever order entries were typed in.
    expect(withAction.timeline.map((t) => t.entry)).toEqual([
      'Client reported the odd answer',
      'Shared index disabled; per-client indexes rebuilt',
    ]);
    expect(withAction.actions[0]).toMatchObject({ controlId, owner: 'Tomás Novak', overdue: true });
    expect(withAction.gaps).toContain('1 corrective action overdue');

    const unknown = await failure(wb, 'incidents.addAction', {
      incidentId: incident.id,
      description: 'x',
      owner: 'y',
      dueDate: '2026-03-20',
      controlId: 'ZZ-99',
    });
    expect(unknown.code).toBe('not_found');

    const done = await call<IncidentDetail>(wb, 'incidents.updateAction', {
      id: withAction.actions[0]!.id,
      description: 'Add a per-tenant filter test to the release checklist',
      owner: 'Tomás Novak',
      dueDate: '2026-03-20',
      controlId,
      completedOn: '2026-03-18',
    });
    expect(done.actions[0]!.overdue).toBe(false);

    const contained = await call<IncidentDetail>(wb, 'incidents.setStatus', { id: incident.id, status: 'contained' });
    expect(contained.resolvedAt).toBeNull();
    const closed = await call<IncidentDetail>(wb, 'incidents.setStatus', {
      id: incident.id,
      status: 'closed',
      resolvedAt: '2026-03-03T16:00:00Z',
      note: 'Post-mortem reviewed with the client',
    });
    expect(closed).toMatchObject({ status: 'closed', resolvedAt: '2026-03-03T16:00:00.000Z' });
    expect(closed.timeline.at(-1)!.entry).toBe(
      'Status changed from Contained to Closed: Post-mortem reviewed with the client',
    );
    expect((await failure(wb, 'incidents.setStatus', { id: incident.id, status: 'closed' })).code).toBe('conflict');

    const audit = await call<{ operation: string }[]>(wb, 'audit.list', {});
    expect(audit.map((a) => a.operation)).toEqual(
      expect.arrayContaining(['incidents.create', 'incidents.addAction', 'incidents.setStatus']),
    );
    wb.closeVault();
  });

  it('keeps the status changes Attest wrote on the timeline; only entries people added can be removed', async () => {
    const wb = newWorkbench();
    const incident = await call<IncidentDetail>(wb, 'incidents.create', BASE);
    await call(wb, 'incidents.setStatus', { id: incident.id, status: 'contained', note: 'Index switched off' });
    await call(wb, 'incidents.update', {
      id: incident.id,
      fields: { ...BASE, status: 'resolved', resolvedAt: '2026-03-03T15:00:00Z' },
    });
    // A person may type the same words; what they type carries their own time, so it stays theirs to remove.
    const typed = await call<IncidentDetail>(wb, 'incidents.addTimelineEntry', {
      incidentId: incident.id,
      at: '2026-03-03T12:00:00Z',
      entry: 'Status changed from Open to Contained (noted by hand)',
    });
    expect(typed.timeline.map((t) => [t.entry, t.automatic])).toEqual([
      ['Status changed from Open to Contained (noted by hand)', false],
      ['Status changed from Open to Contained: Index switched off', true],
      ['Status changed from Contained to Resolved', true],
    ]);

    const before = tableCounts(wb.requireVault());
    for (const entry of typed.timeline.filter((t) => t.automatic)) {
      const refused = await failure(wb, 'incidents.removeTimelineEntry', { id: entry.id });
      expect(refused.code).toBe('conflict');
      expect(refused.message).toMatch(/written by Attest when the status changed.*cannot be removed/);
    }
    expect(tableCounts(wb.requireVault())).toEqual(before);

    const removed = await call<IncidentDetail>(wb, 'incidents.removeTimelineEntry', { id: typed.timeline[0]!.id });
    expect(removed.timeline.map((t) => t.entry)).toEqual([
      'Status changed from Open to Contained: Index switched off',
      'Status changed from Contained to Resolved',
    ]);
    wb.closeVault();
  });

  it('refuses a notification date without whom was notified, or before the incident began', async () => {
    const wb = newWorkbench();
    const before = tableCounts(wb.requireVault());
    const notified = { ...BASE, notificationRequired: true, notifiedAt: '2026-03-04T10:00:00Z' };
    const nobody = await failure(wb, 'incidents.create', { ...notified, notifiedTo: '  ' });
    expect(nobody.code).toBe('invalid_input');
    expect(nobody.message).toBe('notifiedTo: Say who was notified, or clear the notification date');
    const early = await failure(wb, 'incidents.create', {
      ...notified,
      notifiedTo: 'Northwind (account lead)',
      notifiedAt: '2026-03-03T09:00:00Z',
    });
    expect(early.message).toBe('notifiedAt: The notification cannot be before the incident began');
    expect(tableCounts(wb.requireVault())).toEqual(before);

    // The same rules on an edit, and the stored record stays as it was.
    const created = await call<IncidentDetail>(wb, 'incidents.create', { ...notified, notifiedTo: 'Northwind' });
    const edit = await failure(wb, 'incidents.update', { id: created.id, fields: { ...notified, notifiedTo: '' } });
    expect(edit.message).toMatch(/^fields.notifiedTo: Say who was notified/);
    const stored = await call<IncidentDetail>(wb, 'incidents.get', { id: created.id });
    expect(stored).toMatchObject({ notifiedAt: '2026-03-04T10:00:00.000Z', notifiedTo: 'Northwind' });
    // Naming whom without a date yet is fine: the notification is still to be sent.
    await call(wb, 'incidents.update', {
      id: created.id,
      fields: { ...BASE, notificationRequired: true, notifiedTo: 'Northwind' },
    });
    wb.closeVault();
  });

  it('filters the list by status, severity, category and period', async () => {
    const wb = newWorkbench();
    const make = (over: Record<string, unknown>) => call<IncidentDetail>(wb, 'incidents.create', { ...BASE, ...over });
    await make({
      title: 'A',
      occurredAt: '2026-01-10T08:00:00Z',
      detectedAt: '2026-01-10T08:00:00Z',
      severity: 'SEV1',
    });
    await make({
      title: 'B',
      occurredAt: '2026-02-28T23:59:00Z',
      detectedAt: '2026-03-01T01:00:00Z',
      category: 'availability',
    });
    await make({
      title: 'C',
      occurredAt: '2026-03-01T00:00:00Z',
      detectedAt: '2026-03-01T00:00:00Z',
      status: 'resolved',
      resolvedAt: '2026-03-02T00:00:00Z',
      significant: true,
      significantReason: 'Client data exposed',
    });
    const titles = async (filter: Record<string, unknown>) =>
      (await call<IncidentSummary[]>(wb, 'incidents.list', filter)).map((i) => i.title);
    expect(await titles({})).toEqual(['C', 'B', 'A']);
    expect(await titles({ from: '2026-02-01', to: '2026-02-28' })).toEqual(['B']);
    expect(await titles({ severity: ['SEV1'] })).toEqual(['A']);
    expect(await titles({ category: ['availability', 'security'] })).toEqual(['B']);
    expect(await titles({ status: ['resolved', 'closed'] })).toEqual(['C']);
    expect(await titles({ significantOnly: true })).toEqual(['C']);
    expect((await failure(wb, 'incidents.list', { from: '2026-03-01', to: '2026-02-01' })).message).toMatch(/^to:/);
    wb.closeVault();
  });

  it('exports the population of a period as CSV an auditor can open safely', async () => {
    const wb = newWorkbench();
    await call(wb, 'incidents.create', {
      ...BASE,
      title: '=HYPERLINK("http://x")',
      occurredAt: '2026-02-01T10:00:00Z',
      detectedAt: '2026-02-01T10:00:00Z',
    });
    const inside = await call<IncidentDetail>(wb, 'incidents.create', BASE);
    await call(wb, 'incidents.addAction', {
      incidentId: inside.id,
      description: 'Split the index, per client',
      owner: 'Tomás Novak',
      dueDate: '2026-03-20',
    });
    await call(wb, 'incidents.create', {
      ...BASE,
      title: 'Later',
      occurredAt: '2026-05-01T10:00:00Z',
      detectedAt: '2026-05-01T10:00:00Z',
    });

    const out = await call<IncidentCsvExport>(wb, 'incidents.exportCsv', { from: '2026-01-01', to: '2026-03-31' });
    expect(out).toMatchObject({
      count: 2,
      from: '2026-01-01',
      to: '2026-03-31',
      fileName: 'incidents_2026-01-01_to_2026-03-31.csv',
    });
    expect(out.csv).toContain('\r\n');
    const rows = parseCsv(out.csv).rows.map((r) => r.cells);
    expect(rows[0]!.slice(0, 3)).toEqual(['Reference', 'Title', 'Severity']);
    expect(rows).toHaveLength(3);
    expect(rows[1]![1]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[2]![1]).toBe(BASE.title);
    expect(rows[2]![3]).toBe('AI: data leakage through a model');
    expect(rows[2]![17]).toBe('Split the index, per client (owner Tomás Novak, due 2026-03-20)');
    wb.closeVault();
  });
});
