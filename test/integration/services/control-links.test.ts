import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ErrorShape } from '../../../shared/contract/errors';
import type { ControlLinks } from '../../../shared/domain/control-links';
import type { Control } from '../../../shared/domain/controls';
import type { IncidentDetail } from '../../../shared/domain/incidents';
import type { Risk } from '../../../shared/domain/risks';
import type { Vendor } from '../../../shared/domain/vendors';
import type { ChangeDetail, ChangeSummary } from '../../../shared/domain/changes';
import { dispatch } from '../../../electron/services/dispatch';
import { Workbench } from '../../../electron/services/workbench';
import { tempDir } from '../../helpers/tmp';
import { newWorkbench } from '../../helpers/vault';

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

/** Each group as [title, detail, attention, target] rows, so a failure shows what the page would show. */
function rows(links: ControlLinks, kind: string) {
  return links.groups
    .find((g) => g.kind === kind)!
    .links.map((l) => [l.title, l.detail, l.attention, `${l.target.area}/${l.target.sub}`]);
}

describe('records linked to a control', () => {
  it('lists the risks, vendors, incident actions, changes and CUECs that point at it, with where each lives', async () => {
    const wb = newWorkbench();
    const control = await call<Control>(wb, 'controls.get', { id: 'VM-07' });
    const all = await call<Control[]>(wb, 'controls.list', {});
    const otherCriterion = all.flatMap((c) => c.criteria).find((k) => !control.criteria.includes(k))!;

    const empty = await call<ControlLinks>(wb, 'controls.links', { id: control.id });
    expect(empty.total).toBe(0);
    expect(empty.groups.map((g) => g.kind)).toEqual(['risk', 'vendor', 'incident-action', 'change', 'cuec']);

    const treated = await call<Risk>(wb, 'risks.create', {
      fields: {
        title: 'Hosting provider outage takes delivery down',
        category: 'availability',
        likelihood: 3,
        impact: 5,
        residualLikelihood: 2,
        residualImpact: 4,
        treatment: 'mitigate',
        treatmentRationale: 'Multi-region backups',
        controls: [control.id],
      },
    });
    const unscored = await call<Risk>(wb, 'risks.create', {
      fields: { title: 'Vendor lock-in', category: 'third-party', likelihood: 2, impact: 2, controls: [control.id] },
    });
    // Linked to another control only: must not appear.
    await call<Risk>(wb, 'risks.create', {
      fields: { title: 'Unrelated risk', category: 'people', likelihood: 1, impact: 1, controls: ['GV-09'] },
    });
    const vendor = await call<Vendor>(wb, 'vendors.create', {
      fields: {
        name: 'Cloudly',
        service: 'Hosting for the model delivery platform',
        kind: 'cloud-infrastructure',
        dataShared: 'Client datasets',
        dataClassification: 'client-restricted',
        criticality: 'critical',
        owner: 'Daniel Reyes',
        subserviceMethod: 'carve-out',
        csocs: ['Backups are replicated across regions'],
        nextReview: '2020-01-01',
        controls: [control.id],
      },
    });
    const incident = await call<IncidentDetail>(wb, 'incidents.create', {
      title: 'Region outage delayed client deliveries',
      severity: 'SEV2',
      category: 'availability',
      occurredAt: '2026-03-03T09:15:00Z',
      detectedAt: '2026-03-03T09:40:00Z',
      owner: 'Sofia Lindqvist',
      description: 'Primary region unavailable for four hours.',
    });
    await call(wb, 'incidents.addAction', {
      incidentId: incident.id,
      description: 'Test restoring from the replica region',
      owner: 'Daniel Reyes',
      dueDate: '2020-02-01',
      controlId: control.id,
    });
    await call(wb, 'incidents.addAction', {
      incidentId: incident.id,
      description: 'Action with no control',
      owner: 'Daniel Reyes',
      dueDate: '2020-02-01',
    });
    const change = await call<ChangeDetail>(wb, 'changes.create', {
      title: 'Enable cross-region backup replication',
      ticketRef: 'OPS-88',
      author: 'Tomás Novak',
      approver: 'tomás novak',
      deployedOn: '2026-03-10',
      emergency: true,
      controls: [control.id],
    });
    await call(wb, 'cuecs.save', {
      cuecs: [
        { text: 'Clients keep their own copy of data they send us.', criteria: [control.criteria[0]] },
        { text: 'Clients review outputs before relying on them.', criteria: [otherCriterion] },
      ],
    });

    const links = await call<ControlLinks>(wb, 'controls.links', { id: control.id });
    expect(links.total).toBe(6);
    expect(rows(links, 'risk')).toEqual([
      [
        `R-0${treated.id} Hosting provider outage takes delivery down`,
        'Residual 8 (medium) · Mitigate',
        null,
        `risks/${treated.id}`,
      ],
      [
        `R-0${unscored.id} Vendor lock-in`,
        'Inherent 4 (low) · no treatment chosen',
        'Residual risk not assessed',
        `risks/${unscored.id}`,
      ],
    ]);
    expect(rows(links, 'vendor')).toEqual([
      [
        'Cloudly',
        'Critical criticality · Cloud infrastructure · subservice org (carve-out)',
        'Review overdue since 2020-01-01',
        `vendors/${vendor.id}`,
      ],
    ]);
    expect(rows(links, 'incident-action')).toEqual([
      [
        'Test restoring from the replica region',
        'Incident: Region outage delayed client deliveries · due 2020-02-01',
        'Overdue',
        `incidents/${incident.id}`,
      ],
    ]);
    expect(rows(links, 'change')).toEqual([
      [
        'OPS-88 Enable cross-region backup replication',
        'Deployed 2026-03-10 · emergency',
        'Approved by its author',
        `changes/${change.id}`,
      ],
    ]);
    expect(rows(links, 'cuec')).toEqual([
      ['Clients keep their own copy of data they send us.', `CUEC 1 · shares ${control.criteria[0]}`, null, 'scope/'],
    ]);

    // Unlinking on the other record's page removes it here.
    await call(wb, 'risks.update', {
      id: unscored.id,
      fields: { title: 'Vendor lock-in', category: 'third-party', likelihood: 2, impact: 2, controls: [] },
    });
    const after = await call<ControlLinks>(wb, 'controls.links', { id: control.id });
    expect(rows(after, 'risk').map((r) => r[0])).toEqual([
      `R-0${treated.id} Hosting provider outage takes delivery down`,
    ]);
    wb.closeVault();
  });

  it('refuses an unknown or malformed control id, naming it', async () => {
    const wb = newWorkbench();
    const missing = await failure(wb, 'controls.links', { id: 'ZZ-99' });
    expect(missing.code).toBe('not_found');
    expect(missing.message).toBe('No control ZZ-99 in this vault');
    const malformed = await failure(wb, 'controls.links', { id: 'vm7' });
    expect(malformed.code).toBe('invalid_input');
    expect(malformed.message).toMatch(/^id: Use an ID like AC-03/);
    wb.closeVault();
  });

  it('shows the demo vault’s links, matching what each area says it links to', async () => {
    const dir = tempDir();
    const wb = new Workbench({ recentFile: path.join(dir, 'recent.json') });
    await call(wb, 'vault.createDemo', { path: path.join(dir, 'demo.attest'), size: 'small' });
    const titles = (links: ControlLinks, kind: string) =>
      links.groups
        .find((g) => g.kind === kind)!
        .links.map((l) => l.title)
        .sort();

    const vm03 = await call<ControlLinks>(wb, 'controls.links', { id: 'VM-03' });
    const risks = await call<Risk[]>(wb, 'risks.list', {});
    const vendors = await call<Vendor[]>(wb, 'vendors.list', {});
    const backing = risks.filter((r) => r.controls.some((c) => c.id === 'VM-03'));
    expect(backing.length).toBeGreaterThan(0);
    expect(titles(vm03, 'risk')).toEqual(backing.map((r) => `R-${String(r.id).padStart(2, '0')} ${r.title}`).sort());
    const relying = vendors.filter((v) => v.controls.some((c) => c.id === 'VM-03'));
    expect(relying.length).toBeGreaterThan(1);
    expect(titles(vm03, 'vendor')).toEqual(relying.map((v) => v.name).sort());

    const cm01 = await call<ControlLinks>(wb, 'controls.links', { id: 'CM-01' });
    const changes = await call<ChangeSummary[]>(wb, 'changes.list', {});
    const touching = changes.filter((c) => c.controls.includes('CM-01'));
    expect(touching.length).toBeGreaterThan(1);
    expect(
      cm01.groups
        .find((g) => g.kind === 'change')!
        .links.map((l) => l.id)
        .sort((a, b) => a - b),
    ).toEqual(touching.map((c) => c.id).sort((a, b) => a - b));
    wb.closeVault();
  });
});
