import { describe, expect, it } from 'vitest';
import { controlsForCategories } from '../../../shared/catalog/controls';
import type { Control } from '../../../shared/domain/controls';
import { dispatch } from '../../../electron/services/dispatch';
import { newWorkbench, tableCounts } from '../../helpers/vault';

async function call<T>(wb: ReturnType<typeof newWorkbench>, name: string, input: unknown): Promise<T> {
  const result = await dispatch(wb, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('control library in a vault', () => {
  it('seeds exactly the library controls for the categories in scope', async () => {
    const wb = newWorkbench(); // security + confidentiality
    const ids = (await call<Control[]>(wb, 'controls.list', {})).map((c) => c.id).sort();
    const expected = controlsForCategories(['security', 'confidentiality'])
      .map((c) => c.id)
      .sort();
    expect(ids).toEqual(expected);
    const privacyOnly = controlsForCategories(['privacy']).filter((c) => !expected.includes(c.id));
    expect(privacyOnly.length).toBeGreaterThan(0);
    expect(ids).not.toContain(privacyOnly[0]!.id);
    wb.closeVault();
  });

  it('adds the controls of a new category and keeps every user edit when scope changes', async () => {
    const wb = newWorkbench();
    const [first] = await call<Control[]>(wb, 'controls.list', {});
    const edited = await call<Control>(wb, 'controls.update', {
      id: first!.id,
      name: 'Our own wording',
      description: first!.description,
      ownerRole: 'CTO',
      owner: 'Priya Raman',
      frequency: 'quarterly',
      type: first!.type,
      mode: 'automated',
      status: 'implemented',
    });
    const confOnly = await call<Control>(wb, 'controls.create', {
      name: 'Client NDA register',
      description: 'Every client NDA is logged with its expiry.',
      ownerRole: 'Compliance Owner',
      owner: '',
      frequency: 'per-event',
      type: 'preventive',
      mode: 'manual',
      status: 'implemented',
      criteria: ['C1.1'],
    });
    expect(confOnly.inScope).toBe(true);
    await call(wb, 'controls.setApplicability', {
      id: confOnly.id,
      notApplicable: true,
      reason: 'No client data kept',
    });

    const { engagement, addedControls } = await call<{ engagement: { categories: string[] }; addedControls: string[] }>(
      wb,
      'engagement.setCategories',
      { categories: ['privacy'] },
    );
    // Security cannot be removed; confidentiality was dropped, privacy added.
    expect(engagement.categories).toEqual(['security', 'privacy']);
    expect(addedControls.length).toBeGreaterThan(0);

    const after = await call<Control[]>(wb, 'controls.list', {});
    const again = after.find((c) => c.id === first!.id)!;
    expect(again).toMatchObject({
      name: 'Our own wording',
      owner: 'Priya Raman',
      status: 'implemented',
      frequency: 'quarterly',
      mode: 'automated',
    });
    expect(again.updatedAt).toBe(edited.updatedAt);
    // The confidentiality control is still there, out of scope, with its N/A reason kept.
    const kept = after.find((c) => c.id === confOnly.id)!;
    expect(kept).toMatchObject({ inScope: false, notApplicableReason: 'No client data kept' });
    expect(after.length).toBeGreaterThan(addedControls.length);
    wb.closeVault();
  });

  it('rejects marking a control not applicable without a reason, and changes nothing', async () => {
    const wb = newWorkbench();
    const vault = wb.requireVault();
    const before = tableCounts(vault);
    for (const input of [
      { id: 'AC-01', notApplicable: true },
      { id: 'AC-01', notApplicable: true, reason: '   ' },
    ]) {
      const result = await dispatch(wb, 'controls.setApplicability', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!result.ok) expect(result.error.message).toMatch(/^reason:/);
    }
    expect(tableCounts(vault)).toEqual(before);
    expect((await call<Control>(wb, 'controls.get', { id: 'AC-01' })).notApplicableReason).toBeNull();
    wb.closeVault();
  });

  it('replaces mappings, refusing unknown criteria, and reflects them in coverage', async () => {
    const wb = newWorkbench();
    const bad = await dispatch(wb, 'controls.setMappings', { id: 'AC-01', criteria: ['CC9.9'] });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'criteria.0: Unknown criterion CC9.9' },
    });
    const empty = await dispatch(wb, 'controls.setMappings', { id: 'AC-01', criteria: [] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const missing = await dispatch(wb, 'controls.setMappings', { id: 'ZZ-99', criteria: ['CC1.1'] });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const control = await call<Control>(wb, 'controls.setMappings', { id: 'AC-01', criteria: ['C1.2', 'CC6.1'] });
    expect(control.criteria).toEqual(['CC6.1', 'C1.2']);
    await call(wb, 'controls.update', { ...pick(control), status: 'implemented' });
    const coverage = await call<{ criterionId: string; controls: { id: string }[]; state: string }[]>(
      wb,
      'criteria.coverage',
      {},
    );
    expect(coverage).toHaveLength(61);
    const c12 = coverage.find((c) => c.criterionId === 'C1.2')!;
    expect(c12.controls.map((c) => c.id)).toContain('AC-01');
    expect(c12.state).toBe('covered');
    expect(coverage.find((c) => c.criterionId === 'P1.1')!.state).toBe('out-of-scope');
    wb.closeVault();
  });

  it('shows a criterion with no applicable control as a gap, and accepts a reasoned exclusion', async () => {
    const wb = newWorkbench();
    const coverage = await call<{ criterionId: string; controls: { id: string }[] }[]>(wb, 'criteria.coverage', {});
    const cc64 = coverage.find((c) => c.criterionId === 'CC6.4')!;
    for (const { id } of cc64.controls) {
      await call(wb, 'controls.setApplicability', { id, notApplicable: true, reason: 'Fully remote; no office' });
    }
    const after = await call<{ criterionId: string; state: string }[]>(wb, 'criteria.coverage', {});
    expect(after.find((c) => c.criterionId === 'CC6.4')!.state).toBe('gap');
    const excluded = await call<{ state: string; notApplicableReason: string }>(wb, 'criteria.setExclusion', {
      criterionId: 'CC6.4',
      reason: 'No offices or data centres of our own; hosting provider carved out',
    });
    expect(excluded).toMatchObject({ state: 'not-applicable' });
    wb.closeVault();
  });

  it('adds a custom control with the next free CU ID and refuses a taken ID', async () => {
    const wb = newWorkbench();
    const fields = {
      name: 'Weekly prompt library review',
      description: 'The ML Lead reviews changes to shared prompt templates each week.',
      ownerRole: 'ML Lead',
      owner: '',
      frequency: 'weekly',
      type: 'detective',
      mode: 'manual',
      status: 'in-progress',
      criteria: ['PI1.3'],
    };
    const a = await call<Control>(wb, 'controls.create', fields);
    const b = await call<Control>(wb, 'controls.create', fields);
    expect([a.id, b.id]).toEqual(['CU-01', 'CU-02']);
    expect(a).toMatchObject({ libraryId: null, domain: 'Custom', inScope: false });
    const taken = await dispatch(wb, 'controls.create', { ...fields, id: 'AC-01' });
    expect(taken).toMatchObject({ ok: false, error: { code: 'conflict' } });
    wb.closeVault();
  });
});

function pick(c: Control) {
  const { id, name, description, ownerRole, owner, frequency, type, mode, status } = c;
  return { id, name, description, ownerRole, owner, frequency, type, mode, status };
}
