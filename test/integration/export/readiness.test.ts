import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPackage } from '../../../electron/services/export';
import { Workbench } from '../../../electron/services/workbench';
import { tempDir } from '../../helpers/tmp';
import { newWorkbench, TYPE2_JAN_JUN } from '../../helpers/vault';
import { call, DESCRIPTION } from './package-fixture';

// The DRAFT decision speaks for the export time, not for the clock of the computer that runs the export.

/**
 * A Type II vault (January to June 2026) with nothing left to block the export once its risk assessment of
 * 1 May is on record: every control and criterion is marked not applicable, the description is filled in and
 * the vault verified. Before 1 May, the missing assessment is a blocker.
 */
async function readyInMay(): Promise<string> {
  const wb = newWorkbench({ now: '2026-07-10T09:00:00Z', init: TYPE2_JAN_JUN });
  const file = wb.requireVault().path;
  await call(wb, 'description.update', DESCRIPTION);
  const db = wb.requireVault().db;
  db.prepare("UPDATE control SET not_applicable_reason = 'Not part of this test system at all.'").run();
  const criteria = db.prepare(
    "INSERT INTO criterion_exclusion (criterion_id, reason, updated_at) VALUES (?, 'Not part of this test system at all.', '2026-07-10T09:00:00Z')",
  );
  for (const c of await call<{ criterionId: string; inScope: boolean }[]>(wb, 'criteria.coverage', {})) {
    if (c.inScope) criteria.run(c.criterionId);
  }
  db.prepare(
    "INSERT INTO risk_assessment (completed_on, performed_by, risk_count, recorded_at) VALUES ('2026-05-01', 'Dana Price', 0, '2026-07-10T09:00:00Z')",
  ).run();
  await call(wb, 'vault.verify', {});
  wb.closeVault();
  return file;
}

async function exportWithClock(file: string, now: string, at: string, out: string) {
  const wb = new Workbench({
    recentFile: path.join(path.dirname(file), 'r.json'),
    vaultOptions: { now: () => new Date(now) },
  });
  wb.openVault(file);
  try {
    return await exportPackage(wb.requireVault(), { out, at });
  } finally {
    wb.closeVault();
  }
}

describe('DRAFT decision', () => {
  it('is the same for the same vault and export time, whatever day the export runs', async () => {
    const dir = tempDir('attest-readiness-');
    const file = await readyInMay();
    const march = '2026-03-15T09:00:00.000Z';

    // Exported "as of" 15 March: the assessment of 1 May had not happened, so the package is a draft,
    // whether the export runs in July or on 20 March.
    const july = await exportWithClock(file, '2026-07-10T09:00:00Z', march, path.join(dir, 'a.zip'));
    const early = await exportWithClock(file, '2026-03-20T09:00:00Z', march, path.join(dir, 'b.zip'));
    expect(july.draft).toBe(true);
    expect(july.draftReasons).toEqual([
      'The self-check as of 2026-03-15 finds 1 blocker: No risk assessment has been recorded',
    ]);
    expect(early.draftReasons).toEqual(july.draftReasons);
    expect(fs.readFileSync(path.join(dir, 'a.zip')).equals(fs.readFileSync(path.join(dir, 'b.zip')))).toBe(true);

    // Exported as of 1 July, after the period: nothing blocks it.
    const after = await exportWithClock(
      file,
      '2026-07-10T09:00:00Z',
      '2026-07-01T09:00:00.000Z',
      path.join(dir, 'c.zip'),
    );
    expect(after).toMatchObject({ draft: false, draftReasons: [] });
  });
});
