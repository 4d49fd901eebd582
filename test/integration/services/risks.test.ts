import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AddStartersResult, Risk, RiskAssessment } from '../../../shared/domain/risks';
import { STARTER_RISKS } from '../../../shared/domain/risk-starters';
import { dispatch } from '../../../electron/services/dispatch';
import { runCli } from '../../../electron/cli/main';
import { seedLibrary } from '../../../electron/services/controls';
import { Workbench } from '../../../electron/services/workbench';
import { listAudit } from '../../../electron/vault/audit';
import { migrate } from '../../../electron/vault/migrations/runner';
import { openDatabase } from '../../../electron/vault/database';
import { tempDir } from '../../helpers/tmp';
import { newWorkbench, tableCounts } from '../../helpers/vault';
import { demoRisksVendors } from '../../../electron/services/demo-data/risks-vendors';
import { addMonthsToDate } from '../../../shared/domain/dates';
import type { Vendor } from '../../../shared/domain/vendors';

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

const fields = (extra: Record<string, unknown> = {}) => ({
  title: 'Client data pasted into a public chatbot',
  category: 'client-data',
  likelihood: 4,
  impact: 4,
  ...extra,
});

describe('risk register', () => {
  it('adds a risk with computed scores, links controls, and lists what an auditor would question', async () => {
    const wb = newWorkbench();
    const risk = await call<Risk>(wb, 'risks.create', { fields: fields({ controls: ['GV-09'] }) });
    expect(risk).toMatchObject({
      ref: `R-0${risk.id}`,
      inherentScore: 16,
      residualScore: null,
      treatment: null,
      controls: [{ id: 'GV-09', name: 'Acceptable use of AI tools' }],
    });
    expect(risk.attention).toEqual(['no-owner', 'no-residual', 'no-treatment', 'not-reviewed']);

    const today = wb.requireVault().today();
    const updated = await call<Risk>(wb, 'risks.update', {
      id: risk.id,
      fields: fields({
        residualLikelihood: 2,
        residualImpact: 4,
        treatment: 'mitigate',
        treatmentRationale: 'Approved AI tools only, with training',
        owner: 'Grace Whitfield',
        lastReviewed: today,
        nextReview: '',
        controls: ['GV-09', 'HR-04'],
      }),
    });
    expect(updated.residualScore).toBe(8);
    expect(updated.nextReview).toBeNull();
    expect(updated.attention).toEqual([]);
    expect(updated.controls.map((c) => c.id)).toEqual(['GV-09', 'HR-04']);
    const entry = listAudit(wb.requireVault().db, 1)[0]!;
    expect(entry).toMatchObject({ operation: 'risks.update', entity: 'risk', entityId: updated.ref });
    expect(entry.summary).toContain('residual likelihood: (none) → 2');
    expect(entry.summary).toContain('linked HR-04');
    wb.closeVault();
  });

  it('flags a mitigated risk without controls, an accepted one without rationale, and an overdue review', async () => {
    const wb = newWorkbench();
    const mitigated = await call<Risk>(wb, 'risks.create', {
      fields: fields({ residualLikelihood: 1, residualImpact: 1, treatment: 'mitigate', treatmentRationale: 'x' }),
    });
    expect(mitigated.attention).toContain('no-controls');
    const accepted = await call<Risk>(wb, 'risks.create', {
      fields: fields({
        residualLikelihood: 3,
        residualImpact: 4,
        treatment: 'accept',
        owner: 'Maya',
        lastReviewed: '2024-01-01',
        nextReview: '2025-01-01',
      }),
    });
    expect(accepted.attention).toEqual(['no-rationale', 'review-overdue']);
    wb.closeVault();
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const wb = newWorkbench();
    const before = tableCounts(wb.requireVault());
    const cases: [unknown, string][] = [
      [{ fields: fields({ likelihood: 6 }) }, 'fields.likelihood'],
      [{ fields: fields({ title: '  ' }) }, 'fields.title'],
      [{ fields: fields({ residualLikelihood: 2 }) }, 'fields.residualImpact'],
      [{ fields: fields({ residualLikelihood: 5, residualImpact: 5 }) }, 'fields.residualImpact'],
      [{ fields: fields({ treatment: 'ignore' }) }, 'fields.treatment'],
      [{ fields: fields({ lastReviewed: '2026-05-01', nextReview: '2026-04-01' }) }, 'fields.nextReview'],
      [{ fields: fields({ nextReview: '2026-02-30' }) }, 'fields.nextReview'],
    ];
    for (const [input, path] of cases) {
      const error = await refused(wb, 'risks.create', input);
      expect(error.code).toBe('invalid_input');
      expect(error.message.startsWith(`${path}:`), `${error.message} should name ${path}`).toBe(true);
    }
    const unknown = await refused(wb, 'risks.create', { fields: fields({ controls: ['ZZ-99'] }) });
    expect(unknown).toMatchObject({ code: 'not_found', message: 'No control ZZ-99 in this vault' });
    expect(tableCounts(wb.requireVault())).toEqual(before);
    expect((await refused(wb, 'risks.get', { id: 404 })).code).toBe('not_found');
    wb.closeVault();
  });

  it('adopts the starter risks once, with library controls the vault has, and never twice', async () => {
    const wb = newWorkbench();
    const first = await call<AddStartersResult>(wb, 'risks.addStarters', {});
    expect(first.added).toHaveLength(STARTER_RISKS.length);
    const titles = first.added.map((r) => r.title);
    for (const topic of [
      'tampered',
      'poisoned',
      'prompt injection',
      'training',
      'prompts',
      'AI provider',
      'Key-person',
    ]) {
      expect(
        titles.some((t) => t.includes(topic)),
        topic,
      ).toBe(true);
    }
    const poisoning = first.added.find((r) => r.starterKey === 'data-poisoning')!;
    expect(poisoning.controls.map((c) => c.id)).toContain('DA-01');
    expect(poisoning.treatment).toBeNull(); // the owner decides
    expect(listAudit(wb.requireVault().db, 1)[0]!.summary).toBe(
      `Added ${STARTER_RISKS.length} starter risks to the register`,
    );

    const again = await call<AddStartersResult>(wb, 'risks.addStarters', {});
    expect(again.added).toEqual([]);
    expect(again.skipped).toHaveLength(STARTER_RISKS.length);
    expect(await call<Risk[]>(wb, 'risks.list', {})).toHaveLength(STARTER_RISKS.length);
    expect((await refused(wb, 'risks.addStarters', { keys: ['nope'] })).message).toContain('unknown starter risk nope');
    wb.closeVault();
  });

  it('records a completed risk assessment with date and assessor, marking the register reviewed', async () => {
    const wb = newWorkbench();
    expect(
      (await refused(wb, 'risks.recordAssessment', { completedOn: '2026-01-10', performedBy: 'Grace' })).code,
    ).toBe('conflict');
    await call(wb, 'risks.addStarters', { keys: ['key-person', 'data-poisoning'] });
    const today = wb.requireVault().today();
    const future = await refused(wb, 'risks.recordAssessment', { completedOn: '2999-01-01', performedBy: 'Grace' });
    expect(future.message).toMatch(/^completedOn:/);
    expect((await refused(wb, 'risks.recordAssessment', { completedOn: today, performedBy: '' })).message).toMatch(
      /^performedBy:/,
    );

    const assessment = await call<RiskAssessment>(wb, 'risks.recordAssessment', {
      completedOn: today,
      performedBy: 'Grace Whitfield and Maya Okafor',
      notes: 'Annual workshop',
    });
    expect(assessment).toMatchObject({
      completedOn: today,
      riskCount: 2,
      performedBy: 'Grace Whitfield and Maya Okafor',
    });
    const risks = await call<Risk[]>(wb, 'risks.list', {});
    for (const r of risks) {
      expect(r.lastReviewed).toBe(today);
      expect(r.nextReview! > today).toBe(true);
      expect(r.attention).not.toContain('not-reviewed');
    }
    const entry = listAudit(wb.requireVault().db, 1)[0]!;
    expect(entry).toMatchObject({ operation: 'risks.recordAssessment', entity: 'risk-assessment' });
    expect(entry.summary).toContain(`on ${today} by Grace Whitfield and Maya Okafor`);
    expect((await call<RiskAssessment[]>(wb, 'risks.assessments', {}))[0]!.id).toBe(assessment.id);
    wb.closeVault();
  });

  it('removes a risk only with a reason, which the audit trail keeps', async () => {
    const wb = newWorkbench();
    const risk = await call<Risk>(wb, 'risks.create', { fields: fields({ controls: ['GV-09'] }) });
    expect((await refused(wb, 'risks.remove', { id: risk.id, reason: ' ' })).message).toMatch(/^reason:/);
    await call(wb, 'risks.remove', { id: risk.id, reason: 'Merged into R-02' });
    expect(await call<Risk[]>(wb, 'risks.list', {})).toEqual([]);
    expect(listAudit(wb.requireVault().db, 1)[0]!.summary).toContain('Merged into R-02');
    wb.closeVault();
  });

  it('offers the starter risks to a vault written at format 5 once it is migrated', async () => {
    const file = path.join(tempDir(), 'v5.attest');
    const db = openDatabase(file, { create: true });
    migrate(db, { target: 5 });
    db.prepare(
      `INSERT INTO engagement (id, org_name, system_name, report_type, as_of_date, updated_at)
       VALUES (1, 'Old Vault Ltd', 'Platform', 'type1', '2026-06-30', 'x')`,
    ).run();
    seedLibrary(db, ['security'], '2026-01-01T00:00:00.000Z');
    db.close();
    const wb = new Workbench({ recentFile: path.join(tempDir(), 'recent.json') });
    wb.openVault(file);
    const result = await call<AddStartersResult>(wb, 'risks.addStarters', {});
    expect(result.added.length).toBe(STARTER_RISKS.length);
    expect(result.added.find((r) => r.starterKey === 'account-takeover')!.controls.map((c) => c.id)).toContain('AC-02');
    wb.closeVault();
  });

  it('the demo holds an assessed register with one high residual risk lacking a rationale, assessed ~10 months ago', async () => {
    const wb = newWorkbench();
    demoRisksVendors(wb.requireVault(), 'small');
    const risks = await call<Risk[]>(wb, 'risks.list', {});
    expect(risks.length).toBe(STARTER_RISKS.length + 1);
    const highWithout = risks.filter((r) => (r.residualScore ?? 0) >= 10 && r.attention.includes('no-rationale'));
    expect(highWithout.map((r) => r.starterKey)).toEqual(['ai-provider-failure']);
    const [last] = await call<RiskAssessment[]>(wb, 'risks.assessments', {});
    expect(last!.completedOn).toBe(addMonthsToDate(wb.requireVault().today(), -10));
    const vendors = await call<Vendor[]>(wb, 'vendors.list', {});
    expect(vendors.length).toBe(10);
    const carveOuts = vendors.filter((v) => v.subserviceMethod === 'carve-out');
    expect(carveOuts.map((v) => v.kind).sort()).toEqual(['ai-provider', 'cloud-infrastructure']);
    for (const v of carveOuts) expect(v.csocs.length).toBeGreaterThan(0);
    expect(
      vendors.filter((v) => v.criticality === 'critical' && v.attention.includes('report-not-reviewed')),
    ).toHaveLength(1);
    expect(vendors.filter((v) => v.attention.includes('review-overdue'))).toHaveLength(1);
    expect((await call<unknown[]>(wb, 'cuecs.list', {})).length).toBeGreaterThan(4);
    wb.closeVault();
  });

  it('attest risks lists the register and exits 1 naming what an auditor would raise', async () => {
    process.env.ATTEST_HOME = tempDir();
    const wb = newWorkbench();
    const file = wb.requireVault().path;
    demoRisksVendors(wb.requireVault(), 'small');
    wb.closeVault();
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
    expect(await runCli(['risks', file], io)).toBe(1);
    const text = out.join('\n');
    expect(text).toContain(`${STARTER_RISKS.length + 1} risks; last complete assessment`);
    expect(text).toMatch(
      /problem: R-\d+ "Third-party AI provider outage or change": high risk whose treatment has no rationale/,
    );
    out.length = 0;
    expect(await runCli(['risks', file, '--json'], io)).toBe(1);
    const json = JSON.parse(out[0]!) as { risks: Risk[]; problems: string[] };
    expect(json.risks).toHaveLength(STARTER_RISKS.length + 1);
    expect(json.problems).toHaveLength(1);
    expect(await runCli(['risks'], io)).toBe(2);
  });
});
