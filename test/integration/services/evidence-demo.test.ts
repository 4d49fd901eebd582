import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ControlPeriodCoverage, EvidenceSummary, VerificationReport } from '../../../shared/domain/evidence';
import { dispatch } from '../../../electron/services/dispatch';
import { Workbench } from '../../../electron/services/workbench';
import { listAudit } from '../../../electron/vault/audit';
import { tempDir } from '../../helpers/tmp';

async function call<T>(wb: Workbench, name: string, input: unknown): Promise<T> {
  const result = await dispatch(wb, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function demo(size: 'small' | 'large'): Promise<Workbench> {
  const dir = tempDir();
  const wb = new Workbench({ recentFile: path.join(dir, 'recent.json') });
  await call(wb, 'vault.createDemo', { path: path.join(dir, 'demo.attest'), size });
  return wb;
}

describe('the demo vault’s evidence', () => {
  it('has the mix a real agency has: gaps in the period, stale items, a duplicate and a removal', async () => {
    const wb = await demo('small');
    const items = await call<EvidenceSummary[]>(wb, 'evidence.list', {});
    expect(items.length).toBeGreaterThan(40);
    const freshness = new Set(items.map((i) => i.freshness));
    expect([...freshness].sort()).toEqual(['current', 'expired', 'expiring']);
    // Every kind of preview has a file to show.
    const extensions = new Set(items.map((i) => i.fileName.split('.').pop()));
    for (const ext of ['pdf', 'png', 'csv', 'json', 'md', 'txt']) expect(extensions, ext).toContain(ext);

    const coverage = await call<ControlPeriodCoverage[]>(wb, 'evidence.periodCoverage', {});
    const covered = (id: string) => {
      const row = coverage.find((c) => c.controlId === id)!;
      return `${row.covered}/${row.buckets.length}`;
    };
    expect(covered('OP-03')).toBe('5/6');
    expect(covered('BC-08')).toBe('6/6');
    expect(covered('AC-05')).toBe('2/3');

    // The vendor report attached twice is one item speaking for both controls.
    const vendor = items.filter((i) => i.fileName === 'cloud-provider-soc2-review.pdf');
    expect(vendor).toHaveLength(1);
    expect(vendor[0]!.controls).toEqual(['VM-03', 'VM-04']);

    const audit = listAudit(wb.requireVault().db, 2000);
    expect(
      audit.some((a) => a.summary.startsWith('Removed "Vulnerability scan (staging)": This is the staging scan')),
    ).toBe(true);
    expect(items.some((i) => i.title === 'Vulnerability scan (staging)')).toBe(false);
    expect(await call<VerificationReport>(wb, 'vault.verify', {})).toMatchObject({ ok: true });
    wb.closeVault();
  });

  it('holds 50,000 items at benchmark scale, each a real file that verifies', async () => {
    const wb = await demo('large');
    const items = await call<EvidenceSummary[]>(wb, 'evidence.list', {});
    expect(items).toHaveLength(50_000);
    expect(new Set(items.map((i) => i.controls[0])).size).toBeGreaterThan(500);
    const report = await call<VerificationReport>(wb, 'vault.verify', {});
    expect(report).toMatchObject({ ok: true });
    expect(report.blobsChecked).toBeGreaterThan(50_000);
    wb.closeVault();
  });
});
