import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Cuec } from '../../../shared/domain/cuecs';
import { SUGGESTED_CUECS } from '../../../shared/domain/cuecs';
import type { AttachResult } from '../../../shared/domain/evidence';
import type { Vendor } from '../../../shared/domain/vendors';
import { runCli } from '../../../electron/cli/main';
import { demoRisksVendors } from '../../../electron/services/demo-data/risks-vendors';
import { dispatch } from '../../../electron/services/dispatch';
import { tempDir } from '../../helpers/tmp';
import { Workbench } from '../../../electron/services/workbench';
import { listAudit } from '../../../electron/vault/audit';
import { newWorkbench, SAMPLE, tableCounts } from '../../helpers/vault';

/**
 * A workbench whose clock is pinned to a day, so what is stale or overdue does
 * not depend on when the test runs; opens the vault at `file` when it exists.
 */
function workbenchAt(day: string, file = path.join(tempDir(), 'test.attest')): Workbench {
  const wb = new Workbench({
    recentFile: path.join(tempDir(), 'recent.json'),
    vaultOptions: { now: () => new Date(`${day}T09:00:00Z`) },
  });
  if (fs.existsSync(file)) wb.openVault(file);
  else wb.createVault(file, SAMPLE);
  return wb;
}

async function call<T>(wb: Workbench, name: string, input: unknown): Promise<T> {
  const result = await dispatch(wb, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function refused(wb: Workbench, name: string, input: unknown) {
  const result = await dispatch(wb, name, input);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.error;
}

async function socReportEvidence(wb: Workbench): Promise<number> {
  const blob = await wb.requireVault().blobs.put(Readable.from([Buffer.from('%PDF-1.4 SOC 2 Type II report')]));
  const { item } = await call<AttachResult>(wb, 'evidence.attach', {
    sha256: blob.sha256,
    fileName: 'cloudly-soc2.pdf',
    meta: { title: 'Cloudly SOC 2 Type II report', type: 'vendor-report', controls: ['VM-03'] },
  });
  return item.id;
}

const cloud = (extra: Record<string, unknown> = {}) => ({
  name: 'Cloudly',
  service: 'Hosting for the model delivery platform',
  kind: 'cloud-infrastructure',
  dataShared: 'Client datasets, model artefacts, logs',
  dataClassification: 'client-restricted',
  criticality: 'critical',
  owner: 'Daniel Reyes',
  ...extra,
});

describe('vendors and subservice organizations', () => {
  it('records a carve-out subservice organization with its CSOCs, SOC 2 report, evidence and controls', async () => {
    const wb = workbenchAt('2026-06-01');
    const evidenceId = await socReportEvidence(wb);
    const vendor = await call<Vendor>(wb, 'vendors.create', {
      fields: cloud({
        subserviceMethod: 'carve-out',
        csocs: ['Physical access to data centres is restricted', 'Backups are replicated across regions'],
        socReportType: 'type2',
        socReceivedOn: '2026-01-15',
        socPeriodFrom: '2025-01-01',
        socPeriodTo: '2025-12-31',
        socReviewedOn: '2026-01-20',
        socExceptions: false,
        nextReview: '2999-01-01',
        evidence: [evidenceId],
        controls: ['VM-07', 'VM-03'],
      }),
    });
    expect(vendor).toMatchObject({
      subserviceMethod: 'carve-out',
      csocs: ['Physical access to data centres is restricted', 'Backups are replicated across regions'],
      socExceptions: false,
      evidence: [{ id: evidenceId, title: 'Cloudly SOC 2 Type II report' }],
    });
    expect(vendor.controls.map((c) => c.id)).toEqual(['VM-03', 'VM-07']);
    // Reviewed, current, with CSOCs and a future review: nothing to raise while the report is under a year old.
    expect(vendor.attention).toEqual([]);
    expect(listAudit(wb.requireVault().db, 1)[0]!.summary).toBe(
      'Added vendor Cloudly (critical, carve-out subservice organization)',
    );
    const file = wb.requireVault().path;
    wb.closeVault();

    // The report covers 2025; on 2026-12-31 it is a year past its period, and a day later it is stale.
    const lastDay = workbenchAt('2026-12-31', file);
    expect((await call<Vendor>(lastDay, 'vendors.get', { id: vendor.id })).attention).toEqual([]);
    lastDay.closeVault();
    const later = workbenchAt('2027-01-01', file);
    expect((await call<Vendor>(later, 'vendors.get', { id: vendor.id })).attention).toEqual(['report-stale']);
    expect((await call<Vendor[]>(later, 'vendors.list', {}))[0]!.attention).toEqual(['report-stale']);
    later.closeVault();

    // Removing the evidence item drops it from the vendor: nothing points at a removed file.
    const again = workbenchAt('2026-06-01', file);
    await call(again, 'evidence.remove', { id: evidenceId, reason: 'Wrong file' });
    expect((await call<Vendor>(again, 'vendors.get', { id: vendor.id })).evidence).toEqual([]);
    again.closeVault();
  });

  it('flags a critical vendor whose SOC 2 report was never reviewed, an overdue review, and missing CSOCs', async () => {
    const wb = workbenchAt('2026-06-01');
    const unreviewed = await call<Vendor>(wb, 'vendors.create', {
      fields: cloud({ socReceivedOn: '2026-02-01', nextReview: '2026-05-31' }),
    });
    expect(unreviewed.attention).toEqual(['review-overdue', 'report-not-reviewed']);
    // A report whose period ended over a year ago is stale even when it was reviewed.
    const stale = await call<Vendor>(wb, 'vendors.create', {
      fields: cloud({
        name: 'Old Report Hosting',
        socReportType: 'type2',
        socPeriodFrom: '2024-06-01',
        socPeriodTo: '2025-05-31',
        socReceivedOn: '2025-07-01',
        socReviewedOn: '2025-07-10',
        socExceptions: false,
        nextReview: '2026-06-01',
      }),
    });
    expect(stale.attention).toEqual(['report-stale']);
    const noReport = await call<Vendor>(wb, 'vendors.create', {
      fields: cloud({ name: 'ModelWorks API', kind: 'ai-provider', subserviceMethod: 'inclusive', owner: '' }),
    });
    expect(noReport.attention).toEqual(['no-review-date', 'no-owner', 'report-missing', 'no-csocs']);
    const lowRisk = await call<Vendor>(wb, 'vendors.create', {
      fields: cloud({
        name: 'Doodle Polls',
        kind: 'saas-tool',
        criticality: 'low',
        dataClassification: 'none',
        nextReview: '2999-01-01',
      }),
    });
    expect(lowRisk.attention).toEqual([]);
    wb.closeVault();
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const wb = newWorkbench();
    await call(wb, 'vendors.create', { fields: cloud() });
    const before = tableCounts(wb.requireVault());
    const cases: [unknown, string][] = [
      [{ fields: cloud({ name: '' }) }, 'fields.name'],
      [{ fields: cloud({ kind: 'bank' }) }, 'fields.kind'],
      [{ fields: cloud({ subserviceMethod: 'partial' }) }, 'fields.subserviceMethod'],
      [{ fields: cloud({ csocs: ['Encrypts disks'] }) }, 'fields.csocs'],
      [{ fields: cloud({ subserviceMethod: 'carve-out', csocs: [' '] }) }, 'fields.csocs.0'],
      [{ fields: cloud({ socPeriodFrom: '2026-01-01', socPeriodTo: '2025-01-01' }) }, 'fields.socPeriodTo'],
      [{ fields: cloud({ socReviewedOn: '2026-01-01' }) }, 'fields.socReceivedOn'],
      [{ fields: cloud({ socReceivedOn: '2026-02-01', socReviewedOn: '2026-01-01' }) }, 'fields.socReviewedOn'],
      [{ fields: cloud({ socExceptions: true }) }, 'fields.socReviewedOn'],
    ];
    for (const [input, path] of cases) {
      const error = await refused(wb, 'vendors.create', input);
      expect(error.code).toBe('invalid_input');
      expect(error.message.startsWith(`${path}:`), `${error.message} should name ${path}`).toBe(true);
    }
    const dup = await refused(wb, 'vendors.create', { fields: cloud({ name: 'CLOUDLY' }) });
    expect(dup).toMatchObject({ code: 'conflict', message: 'A vendor named CLOUDLY is already listed' });
    expect((await refused(wb, 'vendors.create', { fields: cloud({ name: 'X', evidence: [999] }) })).message).toBe(
      'No evidence item 999 in this vault',
    );
    expect(tableCounts(wb.requireVault())).toEqual(before);
    wb.closeVault();
  });

  it('updates a vendor with the change described in the audit trail, and removes it with a reason', async () => {
    const wb = newWorkbench();
    const v = await call<Vendor>(wb, 'vendors.create', { fields: cloud() });
    const updated = await call<Vendor>(wb, 'vendors.update', {
      id: v.id,
      fields: cloud({ criticality: 'high', subserviceMethod: 'carve-out', csocs: ['Keeps data centres secure'] }),
    });
    expect(updated.criticality).toBe('high');
    const summary = listAudit(wb.requireVault().db, 1)[0]!.summary;
    expect(summary).toContain('criticality: critical → high');
    expect(summary).toContain('subservice treatment: (none) → carve-out');
    await call(wb, 'vendors.remove', { id: v.id, reason: 'Migrated off Cloudly' });
    expect(await call<Vendor[]>(wb, 'vendors.list', {})).toEqual([]);
    expect(tableCounts(wb.requireVault()).vendor_csoc).toBe(0);
    wb.closeVault();
  });
});

describe('complementary user entity controls', () => {
  it('saves the list in order, edits in place, removes what was left out, and audits it', async () => {
    const wb = newWorkbench();
    expect(await call<Cuec[]>(wb, 'cuecs.list', {})).toEqual([]);
    const first = await call<Cuec[]>(wb, 'cuecs.save', { cuecs: SUGGESTED_CUECS.slice(0, 3) });
    expect(first.map((c) => c.text)).toEqual(SUGGESTED_CUECS.slice(0, 3).map((c) => c.text));
    expect(first[0]!.criteria.sort()).toEqual(['CC6.2', 'CC6.3']);

    const [a, b, c] = first as [Cuec, Cuec, Cuec];
    const second = await call<Cuec[]>(wb, 'cuecs.save', {
      cuecs: [
        { id: c.id, text: c.text, criteria: c.criteria },
        { id: a.id, text: 'Clients manage their own users and tell us when people leave.', criteria: ['CC6.2'] },
        { text: 'Clients review outputs before relying on them.', criteria: ['PI1.4'] },
      ],
    });
    expect(second.map((x) => x.id).slice(0, 2)).toEqual([c.id, a.id]);
    expect(second[1]!.criteria).toEqual(['CC6.2']);
    expect(second.some((x) => x.id === b.id)).toBe(false);
    expect(listAudit(wb.requireVault().db, 1)[0]!.summary).toBe(
      'Complementary user entity controls saved: 3 in the list (1 added, 1 changed, 1 removed)',
    );
    wb.closeVault();
  });

  it('refuses an empty control, an unknown criterion or CUEC id, and changes nothing', async () => {
    const wb = newWorkbench();
    await call(wb, 'cuecs.save', { cuecs: [{ text: 'Clients keep keys secret', criteria: ['CC6.1'] }] });
    const before = tableCounts(wb.requireVault());
    expect((await refused(wb, 'cuecs.save', { cuecs: [{ text: '  ' }] })).message).toMatch(/^cuecs\.0\.text:/);
    expect((await refused(wb, 'cuecs.save', { cuecs: [{ text: 'x', criteria: ['CC9.9'] }] })).message).toMatch(
      /^cuecs\.0\.criteria\.0: Unknown criterion CC9\.9/,
    );
    expect((await refused(wb, 'cuecs.save', { cuecs: [{ id: 999, text: 'x' }] })).message).toBe(
      'cuecs.0.id: No CUEC 999 in this vault',
    );
    expect(tableCounts(wb.requireVault())).toEqual(before);
    wb.closeVault();
  });
});

describe('attest vendors', () => {
  it('lists vendors and CUECs and exits 1 naming key vendors with assurance gaps', async () => {
    process.env.ATTEST_HOME = tempDir();
    const wb = newWorkbench();
    const file = wb.requireVault().path;
    demoRisksVendors(wb.requireVault(), 'small');
    wb.closeVault();
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
    expect(await runCli(['vendors', file], io)).toBe(1);
    const text = out.join('\n');
    expect(text).toContain(`10 vendors, 2 subservice organizations; ${SUGGESTED_CUECS.length} CUECs`);
    expect(text).toContain('problem: Vectorvault: soc 2 report not reviewed');
    expect(text).toContain('problem: Tessellate Labelling: review overdue; no soc 2 report on file');
    expect(text).not.toMatch(/problem: (Stratus|Larkspur|Chatter)/);
  });
});
