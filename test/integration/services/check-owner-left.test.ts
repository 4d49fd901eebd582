import { describe, expect, it } from 'vitest';
import type { CheckRunView } from '../../../shared/check/plan';
import type { Finding, RuleSummary } from '../../../shared/check/types';
import type { Control } from '../../../shared/domain/controls';
import { dispatch } from '../../../electron/services/dispatch';
import { type Workbench } from '../../../electron/services/workbench';
import { newWorkbench, TYPE2_JAN_JUN } from '../../helpers/vault';

// control-owner-left on a real vault: people entered through people.create, owners typed on controls through
// controls.update, the check run through check.run. A Type II vault for January to June 2026, seen on 10 July 2026.

const RULE = 'control-owner-left';

async function call<T>(wb: Workbench, name: string, input: unknown): Promise<T> {
  const result = await dispatch(wb, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function check(wb: Workbench, asOf?: string): Promise<{ findings: Finding[]; summary: RuleSummary }> {
  const run = await call<CheckRunView>(wb, 'check.run', asOf ? { asOf } : {});
  return {
    findings: run.result.findings.filter((f) => f.ruleId === RULE),
    summary: run.result.rules.find((r) => r.id === RULE)!,
  };
}

async function person(wb: Workbench, name: string, endDate: string | null = null): Promise<{ id: number }> {
  const email = `${name.toLowerCase().replace(/\s+/g, '.')}@acme.ai`;
  return call(wb, 'people.create', { name, email, startDate: '2024-02-05', endDate });
}

async function setOwner(wb: Workbench, c: Control, owner: string): Promise<void> {
  const { id, name, description, ownerRole, frequency, type, mode, status } = c;
  await call(wb, 'controls.update', { id, name, description, ownerRole, owner, frequency, type, mode, status });
}

/** A fresh vault and the first few controls in scope (Security), by ID. */
async function setup(): Promise<{ wb: Workbench; controls: Control[] }> {
  const wb = newWorkbench({ now: '2026-07-10T09:00:00Z', init: TYPE2_JAN_JUN });
  const all = await call<Control[]>(wb, 'controls.list', {});
  const controls = all.filter((c) => c.inScope && c.notApplicableReason === null).slice(0, 5);
  expect(controls).toHaveLength(5);
  // The library assigns no owner by name: only the owners set below can match the register.
  expect(all.every((c) => c.owner === '')).toBe(true);
  return { wb, controls };
}

describe('control-owner-left on a real vault', () => {
  it('flags an in-scope control whose owner left before the as-of date, matched by name in any case or spacing', async () => {
    const { wb, controls } = await setup();
    const [owned, reassigned] = controls as [Control, Control];
    await person(wb, 'Julia Costa', '2026-05-15');
    await person(wb, 'Grace Whitfield');
    await setOwner(wb, owned, '  julia   COSTA ');
    await setOwner(wb, reassigned, 'Julia Costa');

    const { findings, summary } = await check(wb);
    expect(findings.map((f) => f.key)).toEqual([`${RULE}:${owned.id}`, `${RULE}:${reassigned.id}`]);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      area: 'controls',
      message: `Control ${owned.id} (${owned.name}) is owned by Julia Costa, who left on 2026-05-15.`,
      fix: 'Open the control and assign a current owner: the person who performs it now.',
      link: { area: 'controls', sub: owned.id, label: `Control ${owned.id}` },
    });
    // The control's own criteria that are in scope (Security only here: the CC series).
    expect([...findings[0]!.criteria].sort()).toEqual(owned.criteria.filter((k) => k.startsWith('CC')).sort());
    expect(findings[0]!.criteria.length).toBeGreaterThan(0);
    expect(summary).toMatchObject({ severity: 'warning', area: 'controls', checked: 2, failed: 2, skipped: null });

    // On her last day she has left; the day before, she had not.
    expect((await check(wb, '2026-05-15')).findings).toHaveLength(2);
    expect((await check(wb, '2026-05-14')).findings).toEqual([]);

    // Assigning a current owner clears the finding for that control.
    await setOwner(wb, reassigned, 'grace whitfield');
    const after = await check(wb);
    expect(after.findings.map((f) => f.key)).toEqual([`${RULE}:${owned.id}`]);
    expect(after.summary).toMatchObject({ checked: 2, failed: 1 });
    wb.closeVault();
  });

  it('passes an active owner, an owner leaving after the as-of date, a control marked not applicable and a rehire', async () => {
    const { wb, controls } = await setup();
    const [active, leaving, notApplicable, rehired, unknown] = controls as [
      Control,
      Control,
      Control,
      Control,
      Control,
    ];
    await person(wb, 'Grace Whitfield');
    await person(wb, 'Oliver Grant', '2026-08-31');
    await person(wb, 'Noah Fischer', '2026-03-31');
    // Left in March, came back in June: a new record under the same name, still here.
    await person(wb, 'Ines Duarte', '2026-03-01');
    await call(wb, 'people.create', { name: 'Ines Duarte', email: 'ines.back@acme.ai', startDate: '2026-06-01' });
    await setOwner(wb, active, 'Grace Whitfield');
    await setOwner(wb, leaving, 'Oliver Grant');
    await setOwner(wb, notApplicable, 'Noah Fischer');
    await call(wb, 'controls.setApplicability', {
      id: notApplicable.id,
      notApplicable: true,
      reason: 'No physical office: the team works remotely and the cloud provider runs the data centres.',
    });
    await setOwner(wb, rehired, 'Ines Duarte');
    // An owner the register does not hold is not examined: nothing says whether they left.
    await setOwner(wb, unknown, 'Dana Price');

    const { findings, summary } = await check(wb);
    expect(findings).toEqual([]);
    // Examined: Grace's, Oliver's and Ines's controls; not the N/A one nor Dana Price's.
    expect(summary).toMatchObject({ checked: 3, failed: 0, skipped: null });

    // Once Oliver's end date has passed, his control is flagged; the N/A control still is not.
    const september = await check(wb, '2026-09-01');
    expect(september.findings.map((f) => f.message)).toEqual([
      `Control ${leaving.id} (${leaving.name}) is owned by Oliver Grant, who left on 2026-08-31.`,
    ]);
    wb.closeVault();
  });
});
