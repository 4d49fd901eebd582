import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CheckRunSummary, CheckRunView, CheckSettings, PlanFile, PlanItem } from '../../../shared/check/plan';
import type { Control } from '../../../shared/domain/controls';
import { loadSnapshot } from '../../../electron/services/check-snapshot';
import { dispatch } from '../../../electron/services/dispatch';
import { type Workbench } from '../../../electron/services/workbench';
import { pageTexts } from '../export/pdf-tools';
import { newWorkbench, tableCounts, TYPE2_JAN_JUN } from '../../helpers/vault';
import { tempDir } from '../../helpers/tmp';

async function call<T>(wb: Workbench, name: string, input: unknown): Promise<T> {
  const result = await dispatch(wb, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** A Type II vault for January to June 2026, seen on 10 July 2026. */
function typeTwo(): Workbench {
  return newWorkbench({ now: '2026-07-10T09:00:00Z', init: TYPE2_JAN_JUN });
}

async function attach(wb: Workbench, control: string, effectiveDate: string, text: string) {
  const blob = await wb.requireVault().blobs.put(Readable.from([Buffer.from(text)]));
  await call(wb, 'evidence.attach', {
    sha256: blob.sha256,
    fileName: `${text}.txt`,
    meta: { title: text, type: 'other', controls: [control], effectiveDate },
  });
}

async function implement(wb: Workbench, c: Control, owner: string) {
  const { id, name, description, ownerRole, frequency, type, mode } = c;
  await call(wb, 'controls.update', {
    id,
    name,
    description,
    ownerRole,
    owner,
    frequency,
    type,
    mode,
    status: 'implemented',
  });
}

describe('self-check on a real vault', () => {
  it('loads the snapshot with a few queries: controls with criteria, evidence links, policies, verification', async () => {
    const wb = typeTwo();
    const controls = await call<Control[]>(wb, 'controls.list', {});
    const quarterly = controls.find((c) => c.frequency === 'quarterly')!;
    await implement(wb, quarterly, 'Dana Price');
    await attach(wb, quarterly.id, '2026-02-10', 'q1 review');
    await call(wb, 'vault.verify', {});
    const s = loadSnapshot(wb.requireVault(), '2026-07-10');
    expect(s.engagement).toMatchObject({ reportType: 'type2', periodStart: '2026-01-01', categories: ['security'] });
    expect(s.controls).toHaveLength(controls.length);
    expect(s.controls.find((c) => c.id === quarterly.id)).toMatchObject({
      owner: 'Dana Price',
      status: 'implemented',
      criteria: expect.arrayContaining(quarterly.criteria),
    });
    expect(s.evidence).toEqual([
      { controlId: quarterly.id, effectiveDate: '2026-02-10', validUntil: null, coversFrom: null, coversTo: null },
    ]);
    // An item with an override and a covered range comes back with them.
    const blob = await wb.requireVault().blobs.put(Readable.from([Buffer.from('population list')]));
    await call(wb, 'evidence.attach', {
      sha256: blob.sha256,
      fileName: 'population.csv',
      meta: {
        title: 'Population',
        type: 'system-export',
        controls: [quarterly.id],
        effectiveDate: '2026-01-05',
        coversFrom: '2026-01-01',
        coversTo: '2026-06-30',
        validUntil: '2026-12-31',
      },
    });
    expect(loadSnapshot(wb.requireVault(), '2026-07-10').evidence).toEqual(
      expect.arrayContaining([
        {
          controlId: quarterly.id,
          effectiveDate: '2026-01-05',
          validUntil: '2026-12-31',
          coversFrom: '2026-01-01',
          coversTo: '2026-06-30',
        },
      ]),
    );
    expect(s.verification).toMatchObject({ mismatches: 0, auditBrokenAt: null });
    expect(s.sampleSizes.daily).toBe(25);
    wb.closeVault();
  });

  it('reads the registers of other areas in the snapshot, and their rules flag what is wrong', async () => {
    const wb = typeTwo();
    const db = wb.requireVault().db;
    const at = '2026-07-01T09:00:00.000Z';
    db.prepare(
      `INSERT INTO incident (id, title, severity, category, status, occurred_at, detected_at, resolved_at, root_cause,
         postmortem, created_at, updated_at)
       VALUES (1, 'Leaked cache entry', 'SEV2', 'security', 'closed', ?, ?, ?, 'Cache key without tenant', '', ?, ?)`,
    ).run('2026-03-02T10:00:00.000Z', '2026-03-02T11:00:00.000Z', '2026-03-03T10:00:00.000Z', at, at);
    db.prepare(
      `INSERT INTO incident_timeline (incident_id, at, entry, author, created_at) VALUES (1, ?, 'Contained', 'Dana', ?)`,
    ).run('2026-07-05T10:00:00.000Z', at);
    db.prepare(
      `INSERT INTO access_system (id, name, review_frequency, created_at, updated_at) VALUES (1, 'GitHub', 'quarterly', ?, ?)`,
    ).run('2025-12-01T00:00:00.000Z', at);
    const review = db.prepare(
      `INSERT INTO access_review (id, system_id, period_start, period_end, reviewer, review_date, status, completed_at,
         snapshot_sha256, created_at, updated_at) VALUES (?, 1, '2026-01-01', '2026-03-31', 'Dana', ?, 'in-progress', NULL, NULL, ?, ?)`,
    );
    review.run(1, '2026-03-20', at, at);
    review.run(2, '2026-06-20', at, at);
    const account = db.prepare(
      `INSERT INTO access_review_account (review_id, email, decision, reason, remediated_on) VALUES (?, ?, ?, ?, ?)`,
    );
    account.run(1, 'noor@acme.ai', 'keep', '', null);
    account.run(2, 'noor@acme.ai', 'keep', '', null);
    account.run(2, 'old@acme.ai', 'revoke', 'Left', null);
    // Completed reviews are immutable: complete them once their accounts are in.
    db.prepare("UPDATE access_review SET status = 'completed', completed_at = ?, snapshot_sha256 = 'x'").run(at);
    const person = db.prepare(
      `INSERT INTO person (id, name, email, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, '2024-01-08', ?, ?, ?)`,
    );
    person.run(1, 'Noor Haddad', 'Noor@Acme.ai', '2026-04-10', at, at);
    person.run(2, 'Ada Moss', 'ada@acme.ai', null, at, at);
    db.prepare(
      `INSERT INTO training_record (person_id, course, completed_on, created_at) VALUES (2, 'Security basics', '2025-03-01', ?)`,
    ).run(at);
    db.prepare(
      `INSERT INTO risk (id, title, category, likelihood, impact, created_at, updated_at)
       VALUES (1, 'Provider outage', 'availability', 4, 4, ?, ?)`,
    ).run(at, at);
    db.prepare(
      `INSERT INTO vendor (id, name, kind, data_classification, criticality, subservice_method, created_at, updated_at)
       VALUES (1, 'Cloudform', 'cloud-infrastructure', 'client-restricted', 'critical', 'carve-out', ?, ?)`,
    ).run(at, at);
    db.prepare(
      `INSERT INTO change_record (id, title, author, approver, deployed_on, created_at, updated_at)
       VALUES (1, 'Rotate keys', 'Ravi Menon', 'RAVI MENON', '2026-04-02', ?, ?)`,
    ).run(at, at);

    const s = loadSnapshot(wb.requireVault(), '2026-07-10');
    expect(s.incidents).toEqual([
      expect.objectContaining({ id: 1, status: 'closed', lastUpdate: '2026-07-05T10:00:00.000Z', postmortem: '' }),
    ]);
    expect(s.systems).toEqual([{ id: 1, name: 'GitHub', inScope: true, reviewFrequency: 'quarterly' }]);
    expect(s.accessReviews!.find((r) => r.id === 2)).toMatchObject({ completed: true, openRemediations: 1 });
    expect(s.leaverAccounts).toEqual(
      expect.arrayContaining([
        { personId: 1, reviewId: 1, decision: 'keep' },
        { personId: 1, reviewId: 2, decision: 'keep' },
      ]),
    );
    expect(s.people!.find((p) => p.id === 2)).toMatchObject({ lastTrainingOn: '2025-03-01' });
    expect(s.risks).toEqual([
      { id: 1, title: 'Provider outage', inherentScore: 16, residualScore: null, treatment: null },
    ]);
    expect(s.riskAssessments).toEqual([]);
    expect(s.vendors).toEqual([expect.objectContaining({ csocs: 0, socReviewedOn: null, lastReviewed: null })]);
    expect(s.changes).toEqual([expect.objectContaining({ id: 1, approver: 'RAVI MENON' })]);
    expect(s.descriptionGaps).toContain('Services provided (DC1) is empty');

    const run = await call<CheckRunView>(wb, 'check.run', {});
    const keys = run.result.findings.map((f) => f.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'incident-closure:1',
        'access-review-closure:2',
        'leaver-access:1:1',
        'training-current:2',
        'risk-assessment:register',
        'risk-treatment:1',
        'vendor-review:1',
        'subservice-soc:1',
        'change-approval:1',
        'description-sections:services-provided-dc1-is-empty',
      ]),
    );
    expect(keys).not.toContain('access-review-cadence:1');
    expect(
      run.result.rules.every(
        (r) => r.skipped === null || r.id.startsWith('verification') || r.id === 'event-population',
      ),
    ).toBe(true);
    wb.closeVault();
  });

  it('stores each run; fixing a finding raises the score in the trend', async () => {
    const wb = typeTwo();
    const first = await call<CheckRunView>(wb, 'check.run', {});
    expect(first.result.asOf).toBe('2026-07-10');
    expect(first.result.counts.blocker).toBeGreaterThan(0);
    const controls = await call<Control[]>(wb, 'controls.list', {});
    const quarterly = controls.find((c) => c.frequency === 'quarterly' && c.inScope)!;
    const key = `control-implemented:${quarterly.id}`;
    expect(first.result.findings.map((f) => f.key)).toContain(key);

    await implement(wb, quarterly, 'Dana Price');
    await attach(wb, quarterly.id, '2026-02-10', 'q1 review');
    await attach(wb, quarterly.id, '2026-05-10', 'q2 review');
    const second = await call<CheckRunView>(wb, 'check.run', {});
    const keys = second.result.findings.map((f) => f.key);
    expect(keys).not.toContain(key);
    expect(keys).not.toContain(`control-evidence:${quarterly.id}`);
    expect(keys).not.toContain(`period-buckets:${quarterly.id}`);
    expect(second.result.score.overall).toBeGreaterThan(first.result.score.overall);

    const history = await call<CheckRunSummary[]>(wb, 'check.history', {});
    expect(history.map((h) => h.score)).toEqual([first.result.score.overall, second.result.score.overall]);
    const latest = await call<CheckRunView>(wb, 'check.latest', {});
    expect(latest.id).toBe(second.id);
    expect(latest.result.findings).toEqual(second.result.findings);

    // As of a date inside the period, later months are not gaps yet.
    const april = await call<CheckRunView>(wb, 'check.run', { asOf: '2026-04-15' });
    expect(april.result.asOf).toBe('2026-04-15');
    wb.closeVault();
  });

  it('keeps a remediation plan keyed by finding, refusing bad input and unknown findings without writing', async () => {
    const wb = typeTwo();
    const run = await call<CheckRunView>(wb, 'check.run', {});
    const blocker = run.result.findings.find((f) => f.severity === 'blocker')!;
    const before = tableCounts(wb.requireVault());

    const bad = await dispatch(wb, 'check.assign', { key: blocker.key, owner: ' ', dueDate: '2026-02-30' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid_input');
      expect(bad.error.message).toMatch(/owner|dueDate/);
    }
    const unknown = await dispatch(wb, 'check.assign', { key: 'nope:XX-01', owner: 'Dana', dueDate: '2026-08-01' });
    expect(unknown.ok ? null : unknown.error.code).toBe('not_found');
    expect(tableCounts(wb.requireVault())).toEqual(before);

    const item = await call<PlanItem>(wb, 'check.assign', {
      key: blocker.key,
      owner: 'Dana Price',
      dueDate: '2026-08-01',
      note: '=HYPERLINK("x")',
    });
    expect(item).toMatchObject({ owner: 'Dana Price', dueDate: '2026-08-01' });
    const latest = await call<CheckRunView>(wb, 'check.latest', {});
    expect(latest.plan[blocker.key]).toMatchObject({ owner: 'Dana Price' });
    // A re-run keeps the assignment while the finding persists.
    const again = await call<CheckRunView>(wb, 'check.run', {});
    expect(again.plan[blocker.key]).toMatchObject({ owner: 'Dana Price', dueDate: '2026-08-01' });

    const csv = await call<PlanFile>(wb, 'check.planCsv', {});
    expect(csv.fileName).toBe('remediation-plan-2026-07-10.csv');
    const lines = csv.content
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Severity,Area,Rule,Finding,Fix,Criteria,Opens,Owner,Due date,Note,Key');
    expect(lines).toHaveLength(again.result.findings.length + 1);
    const row = lines.find((l) => l.endsWith(`,${blocker.key}`))!;
    expect(row).toContain('Dana Price,2026-08-01');
    // A note that looks like a formula is kept as text for spreadsheets.
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);

    const pdf = await call<PlanFile>(wb, 'check.planPdf', {});
    const file = path.join(tempDir(), pdf.fileName);
    fs.writeFileSync(file, Buffer.from(pdf.content, 'base64'));
    const text = pageTexts(file).join('\n');
    expect(text).toContain('Acme AI: remediation plan');
    expect(text).toMatch(/Blockers \(\d+\)/);
    expect(text).toContain('Dana Price');
    expect(text).toContain('Unassigned');
    expect(text).toMatch(/Page 1 of \d+/);

    await call(wb, 'check.unassign', { key: blocker.key });
    expect((await call<CheckRunView>(wb, 'check.latest', {})).plan[blocker.key]).toBeUndefined();
    const gone = await dispatch(wb, 'check.unassign', { key: blocker.key });
    expect(gone.ok ? null : gone.error.code).toBe('not_found');
    wb.closeVault();
  });

  it('judges current evidence by each control’s own frequency, or by the override for every control', async () => {
    const wb = typeTwo();
    const controls = await call<Control[]>(wb, 'controls.list', {});
    const daily = controls.find((c) => c.frequency === 'daily' && c.inScope)!;
    const annual = controls.find((c) => c.frequency === 'annual' && c.inScope)!;
    await implement(wb, daily, 'Dana Price');
    await implement(wb, annual, 'Dana Price');
    const blob = await wb.requireVault().blobs.put(Readable.from([Buffer.from('daily log and annual review')]));
    const meta = {
      title: 'Log and review',
      type: 'other',
      controls: [daily.id, annual.id],
      effectiveDate: '2026-07-05',
    };
    const { item } = await call<{ item: { id: number } }>(wb, 'evidence.attach', {
      sha256: blob.sha256,
      fileName: 'both.txt',
      meta,
    });
    const evidenceFindings = async () =>
      (await call<CheckRunView>(wb, 'check.run', {})).result.findings.filter((f) =>
        [`control-evidence:${daily.id}`, `control-evidence:${annual.id}`].includes(f.key),
      );

    // Five days on, the daily control's evidence expired; the annual one's holds until July 2027.
    const plain = await evidenceFindings();
    expect(plain.map((f) => [f.key, f.severity])).toEqual([[`control-evidence:${daily.id}`, 'warning']]);
    expect(plain[0]!.message).toContain('expired on 2026-07-06');

    // An override still ahead keeps both current; one already past expires both.
    await call(wb, 'evidence.update', { id: item.id, meta: { ...meta, validUntil: '2026-07-20' } });
    expect(await evidenceFindings()).toEqual([]);
    await call(wb, 'evidence.update', { id: item.id, meta: { ...meta, validUntil: '2026-07-08' } });
    const past = await evidenceFindings();
    expect(past.map((f) => f.key).sort()).toEqual(
      [`control-evidence:${daily.id}`, `control-evidence:${annual.id}`].sort(),
    );
    for (const f of past) expect(f.message).toContain('expired on 2026-07-08');
    wb.closeVault();
  });

  it('takes the latest valid-until over all of a control’s items: a newer item’s short override does not expire an older one', async () => {
    const wb = typeTwo();
    const controls = await call<Control[]>(wb, 'controls.list', {});
    const annual = controls.find((c) => c.frequency === 'annual' && c.inScope)!;
    await implement(wb, annual, 'Dana Price');
    // The older item, without an override, holds by the annual frequency until 2027-05-04.
    await attach(wb, annual.id, '2026-05-04', 'annual review');
    const blob = await wb.requireVault().blobs.put(Readable.from([Buffer.from('interim note')]));
    const meta = { title: 'Interim note', type: 'other', controls: [annual.id], effectiveDate: '2026-07-01' };
    const { item } = await call<{ item: { id: number } }>(wb, 'evidence.attach', {
      sha256: blob.sha256,
      fileName: 'interim.txt',
      meta: { ...meta, validUntil: '2026-07-05' },
    });
    const key = `control-evidence:${annual.id}`;
    const keys = async (asOf?: string) =>
      (await call<CheckRunView>(wb, 'check.run', asOf ? { asOf } : {})).result.findings.map((f) => f.key);

    // The newer item's override passed on 2026-07-05, but the older item is current: no finding ...
    expect(await keys()).not.toContain(key);
    // ... as the due list agrees (neither overdue nor due soon).
    const due = await call<{ controlId: string }[]>(wb, 'evidence.due', {});
    expect(due.map((d) => d.controlId)).not.toContain(annual.id);
    // Once the older item's year is over too, the control's evidence has expired, on that date.
    const later = (await call<CheckRunView>(wb, 'check.run', { asOf: '2027-05-10' })).result.findings.find(
      (f) => f.key === key,
    );
    expect(later).toMatchObject({ severity: 'warning' });
    expect(later!.message).toContain('expired on 2027-05-04');
    // An override reaching further than the frequency still counts: the newer item now holds to 2027-06-30.
    await call(wb, 'evidence.update', { id: item.id, meta: { ...meta, validUntil: '2027-06-30' } });
    expect(await keys('2027-05-10')).not.toContain(key);
    wb.closeVault();
  });

  it('asks for a run before exporting a plan', async () => {
    const wb = typeTwo();
    const r = await dispatch(wb, 'check.planCsv', {});
    expect(r.ok ? null : r.error.code).toBe('not_found');
    wb.closeVault();
  });

  it('edits sample sizes per vault; the Type II rule uses them', async () => {
    const wb = typeTwo();
    const controls = await call<Control[]>(wb, 'controls.list', {});
    const quarterly = controls.find((c) => c.frequency === 'quarterly')!;
    await implement(wb, quarterly, 'Dana Price');
    await attach(wb, quarterly.id, '2026-02-10', 'q1 review');
    await attach(wb, quarterly.id, '2026-05-10', 'q2 review');
    const key = `sample-size:${quarterly.id}`;
    expect((await call<CheckRunView>(wb, 'check.run', {})).result.findings.map((f) => f.key)).not.toContain(key);

    const bad = await dispatch(wb, 'check.setSettings', {
      sampleSizes: { annual: 1, quarterly: 0, monthly: 2, weekly: 5, daily: 25 },
    });
    expect(bad.ok ? null : bad.error.message).toMatch(/sampleSizes\.quarterly/);
    const settings = await call<CheckSettings>(wb, 'check.setSettings', {
      sampleSizes: { annual: 1, quarterly: 3, monthly: 2, weekly: 5, daily: 25 },
    });
    expect(settings.sampleSizes.quarterly).toBe(3);
    expect(settings.defaults.quarterly).toBe(2);
    expect((await call<CheckSettings>(wb, 'check.settings', {})).sampleSizes.quarterly).toBe(3);
    const run = await call<CheckRunView>(wb, 'check.run', {});
    expect(run.result.findings.find((f) => f.key === key)?.message).toContain('the sample needs 3');
    wb.closeVault();
  });
});

describe('self-check on the demo vault', () => {
  it('shows the mix of findings a real agency a few months in would get, across every area', async () => {
    const wb = newWorkbench({ now: '2026-12-04T09:00:00Z' });
    await call(wb, 'vault.createDemo', { path: path.join(tempDir(), 'demo.attest'), size: 'small' });
    const { result } = await call<CheckRunView>(wb, 'check.run', {});

    // Blockers, warnings and advice all appear, from many rules and several areas, but far from everything fails.
    expect(result.counts.blocker).toBeGreaterThan(0);
    expect(result.counts.warning).toBeGreaterThan(0);
    expect(result.counts.advice).toBeGreaterThan(0);
    const rules = new Set(result.findings.map((f) => f.ruleId));
    expect(rules.size).toBeGreaterThanOrEqual(12);
    const areas = new Set(result.findings.map((f) => f.area));
    expect(areas.size).toBeGreaterThanOrEqual(6);
    expect(result.score.overall).toBeGreaterThan(40);
    expect(result.score.overall).toBeLessThan(90);

    // The demo's planted gaps are each found, naming their record.
    const messages = result.findings.map((f) => f.message);
    expect(messages).toContainEqual(
      expect.stringMatching(/^Control OP-14 .* not applicable with only "No disposals yet"/),
    );
    expect(result.findings.some((f) => f.ruleId === 'change-approval')).toBe(true);
    expect(result.findings.some((f) => f.ruleId === 'period-buckets')).toBe(true);
    expect(result.findings.some((f) => f.ruleId === 'access-review-cadence')).toBe(true);
    expect(result.findings.some((f) => f.ruleId === 'incident-closure')).toBe(true);
    expect(messages).toContainEqual(
      'Control CM-04 (Branch protection and pipeline-only deployment) is owned by Oliver Grant, who left on 2026-07-21.',
    );
    // The reasoned exclusion of physical access is accepted: no advice on CC6.4.
    expect(result.findings.some((f) => f.key === 'not-applicable-reasons:criterion:CC6.4')).toBe(false);
  });
});
