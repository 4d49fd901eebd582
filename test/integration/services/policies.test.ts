import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportReport, PolicyDetail, PolicySummary } from '../../../shared/domain/policies';
import { dispatch } from '../../../electron/services/dispatch';
import type { Workbench } from '../../../electron/services/workbench';
import { Vault } from '../../../electron/vault/vault';
import { tempDir } from '../../helpers/tmp';
import { newWorkbench, tableCounts } from '../../helpers/vault';

async function call<T>(wb: Workbench, name: string, input: unknown): Promise<T> {
  const result = await dispatch(wb, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const APPROVAL = { approverName: 'Maya Okafor', approverTitle: 'CEO', approvedOn: '2026-01-15', note: 'Board meeting' };
const FIXTURES = path.join(__dirname, '../../fixtures/policies');

async function approvedPolicy(wb: Workbench): Promise<PolicyDetail> {
  const created = await call<PolicyDetail>(wb, 'policies.createFromTemplate', { templateId: 'access-control' });
  await call(wb, 'policies.submitForReview', { id: created.id });
  return call<PolicyDetail>(wb, 'policies.approve', { id: created.id, ...APPROVAL });
}

describe('policies', () => {
  it('fills a template with the organisation and links the controls it supports', async () => {
    const wb = newWorkbench();
    const p = await call<PolicyDetail>(wb, 'policies.createFromTemplate', { templateId: 'information-security' });
    expect(p.versions).toHaveLength(1);
    expect(p.versions[0]).toMatchObject({ version: '1.0', status: 'draft' });
    expect(p.versions[0]!.body).toContain('Acme AI');
    expect(p.versions[0]!.body).not.toContain('{{');
    expect(p.controls.length).toBeGreaterThan(0);
    expect(p.reviewState).toBe('never-approved');
    wb.closeVault();
  });

  it('keeps the approved text byte-identical and live while a new draft is edited', async () => {
    const wb = newWorkbench();
    const approved = await approvedPolicy(wb);
    const live = approved.versions[0]!;
    expect(live).toMatchObject({
      version: '1.0',
      status: 'approved',
      approverName: 'Maya Okafor',
      effectiveDate: '2026-01-15',
    });

    const edited = await call<PolicyDetail>(wb, 'policies.saveDraft', {
      id: approved.id,
      body: `${live.body}\n\n## Extra\n\nNew rule — café.`,
    });
    expect(edited.live).toMatchObject({ version: '1.0' });
    expect(edited.open).toMatchObject({ version: '1.1', status: 'draft' });
    const again = edited.versions.find((v) => v.version === '1.0')!;
    expect(again.body).toBe(live.body);
    expect(again.bodySha256).toBe(live.bodySha256);

    // The exported live text is the approved text, not the draft.
    const dir = tempDir();
    await call(wb, 'policies.export', { ids: [approved.id], format: 'md', dir });
    const exported = fs.readFileSync(path.join(dir, `${approved.id}-v1.0.md`), 'utf8');
    expect(exported.endsWith(live.body.endsWith('\n') ? live.body : `${live.body}\n`)).toBe(true);
    expect(exported).not.toContain('New rule');

    // Approving 1.1 supersedes 1.0, whose text still stays as it was.
    await call(wb, 'policies.submitForReview', { id: approved.id });
    const v11 = await call<PolicyDetail>(wb, 'policies.approve', {
      id: approved.id,
      ...APPROVAL,
      approvedOn: '2026-02-01',
    });
    expect(v11.live).toMatchObject({ version: '1.1' });
    expect(v11.versions.map((v) => `${v.version}:${v.status}`)).toEqual(['1.1:approved', '1.0:superseded']);
    expect(v11.versions[1]!.body).toBe(live.body);
    wb.closeVault();
  });

  it('refuses, in the database itself, any change to an approved version', async () => {
    const wb = newWorkbench();
    const p = await approvedPolicy(wb);
    const db = wb.requireVault().db;
    expect(() => db.prepare("UPDATE policy_version SET body = 'rewritten' WHERE policy_id = ?").run(p.id)).toThrow(
      /approved policy version cannot be changed/,
    );
    expect(() => db.prepare('DELETE FROM policy_version WHERE policy_id = ?').run(p.id)).toThrow(/cannot be deleted/);
    expect(() => db.prepare("UPDATE policy_version SET status = 'draft' WHERE policy_id = ?").run(p.id)).toThrow(
      /cannot be changed/,
    );
    wb.closeVault();
  });

  it('follows draft → in review → approved, and refuses steps out of order without writing', async () => {
    const wb = newWorkbench();
    const p = await call<PolicyDetail>(wb, 'policies.createFromTemplate', { templateId: 'code-of-conduct' });
    const before = tableCounts(wb.requireVault());
    expect(await dispatch(wb, 'policies.approve', { id: p.id, ...APPROVAL })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await call(wb, 'policies.submitForReview', { id: p.id });
    expect(await dispatch(wb, 'policies.saveDraft', { id: p.id, body: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const future = await dispatch(wb, 'policies.approve', { id: p.id, ...APPROVAL, approvedOn: '2999-01-01' });
    expect(future).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'approvedOn: The approval date cannot be in the future' },
    });
    const noName = await dispatch(wb, 'policies.approve', { id: p.id, ...APPROVAL, approverName: ' ' });
    expect(noName).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(tableCounts(wb.requireVault()).policy_version).toBe(before.policy_version);
    const back = await call<PolicyDetail>(wb, 'policies.returnToDraft', { id: p.id });
    expect(back.open).toMatchObject({ status: 'draft' });
    wb.closeVault();
  });

  it('shows a readable diff between two versions', async () => {
    const wb = newWorkbench();
    const p = await call<PolicyDetail>(wb, 'policies.create', {
      title: 'Clean desk',
      body: 'Line one\nLine two\nLine three\n',
    });
    await call(wb, 'policies.submitForReview', { id: p.id });
    await call(wb, 'policies.approve', { id: p.id, ...APPROVAL });
    await call(wb, 'policies.saveDraft', { id: p.id, body: 'Line one\nLine 2, reworded\nLine three\nLine four\n' });
    const diff = await call<{ kind: string; text: string }[]>(wb, 'policies.diff', {
      id: p.id,
      from: '1.0',
      to: '1.1',
    });
    expect(diff).toEqual([
      { kind: 'same', text: 'Line one' },
      { kind: 'removed', text: 'Line two' },
      { kind: 'added', text: 'Line 2, reworded' },
      { kind: 'same', text: 'Line three' },
      { kind: 'added', text: 'Line four' },
    ]);
    wb.closeVault();
  });

  it('marks a review overdue once the cadence has passed since approval', async () => {
    const dir = tempDir();
    const { Workbench } = await import('../../../electron/services/workbench');
    const wb = new Workbench({
      recentFile: path.join(dir, 'r.json'),
      vaultOptions: { now: () => new Date('2027-03-01T12:00:00Z') },
    });
    wb.createVault(path.join(dir, 'v.attest'), {
      orgName: 'Acme AI',
      systemName: 'S',
      reportType: 'type1',
      asOfDate: '2026-12-31',
      periodStart: null,
      periodEnd: null,
      categories: [],
    });
    await approvedPolicy(wb); // approved 2026-01-15, reviewed every 12 months
    const [summary] = await call<PolicySummary[]>(wb, 'policies.list', {});
    expect(summary).toMatchObject({ nextReviewDate: '2027-01-15', reviewState: 'overdue' });
    wb.closeVault();
  });

  it('imports a folder of mixed files: good ones land, each broken one is reported by name', async () => {
    const wb = newWorkbench();
    const files = fs
      .readdirSync(FIXTURES)
      .sort()
      .map((name) => ({ name, contentBase64: fs.readFileSync(path.join(FIXTURES, name)).toString('base64') }));
    const report = await call<ImportReport>(wb, 'policies.import', { files });
    expect(report.imported.map((i) => i.file).sort()).toEqual(['clean-desk.docx', 'remote-work.md', 'travel.markdown']);
    expect(report.failed.map((f) => f.file).sort()).toEqual([
      'broken-front-matter.md',
      'corrupt.docx',
      'empty.md',
      'notes.pdf',
    ]);
    const reason = (file: string) => report.failed.find((f) => f.file === file)!.error;
    expect(reason('broken-front-matter.md')).toMatch(/front matter is not valid YAML/);
    expect(reason('corrupt.docx')).toMatch(/could not be read as a Word document/);
    expect(reason('notes.pdf')).toMatch(/Markdown \(\.md\) and Word \(\.docx\)/);
    expect(reason('empty.md')).toMatch(/no policy text/);

    const remote = await call<PolicyDetail>(wb, 'policies.get', { id: 'remote-work-policy' });
    expect(remote).toMatchObject({
      title: 'Remote Work Policy',
      owner: 'Grace Whitfield',
      live: { version: '1.0', approvedOn: '2026-02-10', effectiveDate: '2026-03-01' },
    });
    expect(remote.versions[0]!.body).toContain('Zoë Łukasiewicz, naïve');
    expect(remote.versions[0]!.body).toContain('| Café | Yes, no client calls |');
    const docx = await call<PolicyDetail>(wb, 'policies.get', { id: 'clean-desk-and-screen-policy' });
    expect(docx.open).toMatchObject({ status: 'draft' });
    expect(docx.versions[0]!.body).toContain('Café Zoë’s shared studio — every day');
    expect(docx.versions[0]!.body).toContain('5–10 minutes');
    const travel = await call<PolicyDetail>(wb, 'policies.get', { id: 'travel-security-guideline' });
    expect(travel.versions[0]!.body.startsWith('## Purpose')).toBe(true);
    wb.closeVault();
  });

  it('round-trips Markdown export back through import with accents and dashes intact', async () => {
    const wb = newWorkbench();
    const body = '## Purpose\n\nCafé Zoë — Łódź naïve façade – “quotes” ‘single’ … 1–4 hours.\n';
    const p = await call<PolicyDetail>(wb, 'policies.create', { title: 'Naïve – test', body });
    await call(wb, 'policies.submitForReview', { id: p.id });
    await call(wb, 'policies.approve', { id: p.id, ...APPROVAL });
    const dir = tempDir();
    await call(wb, 'policies.export', { format: 'md', dir });
    const file = fs.readdirSync(dir)[0]!;
    const other = newWorkbench();
    const report = await call<ImportReport>(other, 'policies.import', {
      files: [{ name: file, contentBase64: fs.readFileSync(path.join(dir, file)).toString('base64') }],
    });
    expect(report.failed).toEqual([]);
    const back = await call<PolicyDetail>(other, 'policies.get', { id: report.imported[0]!.policyId });
    expect(back.title).toBe('Naïve – test');
    expect(back.versions[0]!.body).toBe(body);
    expect(back.live).toMatchObject({ approvedOn: '2026-01-15' });
    wb.closeVault();
    other.closeVault();
  });

  it('keeps policies when the vault is reopened (they are in the file, not in memory)', async () => {
    const wb = newWorkbench();
    const p = await approvedPolicy(wb);
    const file = wb.requireVault().path;
    wb.closeVault();
    const vault = Vault.open(file);
    expect(vault.db.prepare('SELECT status FROM policy_version WHERE policy_id = ?').pluck().get(p.id)).toBe(
      'approved',
    );
    vault.close();
  });
});

describe('policies and controls', () => {
  it('shows on a control the policies that support it', async () => {
    const wb = newWorkbench();
    const p = await call<PolicyDetail>(wb, 'policies.createFromTemplate', { templateId: 'access-control' });
    const [controlId] = p.controls;
    const control = await call<{ policies: { id: string; title: string }[] }>(wb, 'controls.get', { id: controlId });
    expect(control.policies).toEqual([{ id: p.id, title: p.title }]);
    await call(wb, 'policies.setControls', { id: p.id, controls: [] });
    const after = await call<{ policies: unknown[] }>(wb, 'controls.get', { id: controlId });
    expect(after.policies).toEqual([]);
    const unknown = await dispatch(wb, 'policies.setControls', { id: p.id, controls: ['ZZ-99'] });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'No control ZZ-99 in this vault' },
    });
    wb.closeVault();
  });
});
