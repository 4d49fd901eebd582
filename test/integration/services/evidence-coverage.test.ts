import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Control } from '../../../shared/domain/controls';
import type { AttachResult, ControlPeriodCoverage, DueItem } from '../../../shared/domain/evidence';
import { dispatch } from '../../../electron/services/dispatch';
import { Workbench } from '../../../electron/services/workbench';
import { tempDir } from '../../helpers/tmp';

async function call<T>(wb: Workbench, name: string, input: unknown): Promise<T> {
  const result = await dispatch(wb, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** A Type II vault for January to June 2026, seen on 1 July 2026. */
function typeTwo(): Workbench {
  const dir = tempDir();
  const wb = new Workbench({
    recentFile: path.join(dir, 'r.json'),
    vaultOptions: { now: () => new Date('2026-07-01T09:00:00Z') },
  });
  wb.createVault(path.join(dir, 'v.attest'), {
    orgName: 'Acme AI',
    systemName: 'S',
    reportType: 'type2',
    asOfDate: null,
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    categories: [],
  });
  return wb;
}

async function attach(wb: Workbench, control: string, effectiveDate: string, text: string) {
  const blob = await wb.requireVault().blobs.put(Readable.from([Buffer.from(text)]));
  await call(wb, 'evidence.attach', {
    sha256: blob.sha256,
    fileName: `${text}.txt`,
    meta: { title: text, type: 'other', controls: [control], effectiveDate },
  });
}

describe('period coverage and the evidence-due list', () => {
  it('shows which buckets of a Type II period have evidence for each recurring control', async () => {
    const wb = typeTwo();
    const controls = await call<Control[]>(wb, 'controls.list', {});
    const quarterly = controls.find((c) => c.frequency === 'quarterly')!;
    await attach(wb, quarterly.id, '2026-02-10', 'q1 review');
    await attach(wb, quarterly.id, '2026-03-30', 'q1 follow-up');
    const coverage = await call<ControlPeriodCoverage[]>(wb, 'evidence.periodCoverage', {});
    const row = coverage.find((c) => c.controlId === quarterly.id)!;
    expect(row.buckets.map((b) => [b.label, b.items])).toEqual([
      ['Q1 2026', 2],
      ['Q2 2026', 0],
    ]);
    expect(row.covered).toBe(1);
    // Continuous and per-event controls are evidenced by populations, not buckets.
    expect(coverage.every((c) => c.frequency !== 'continuous' && c.frequency !== 'per-event')).toBe(true);
    wb.closeVault();
  });

  it('lists what is overdue, missing, or due soon, most urgent first', async () => {
    const wb = typeTwo();
    const controls = await call<Control[]>(wb, 'controls.list', {});
    const quarterly = controls.filter((c) => c.frequency === 'quarterly');
    const monthly = controls.find((c) => c.frequency === 'monthly')!;
    await attach(wb, quarterly[0]!.id, '2026-03-01', 'old'); // valid until 1 June: overdue on 1 July
    await attach(wb, quarterly[1]!.id, '2026-04-05', 'recent'); // valid until 5 July: due this week
    await attach(wb, monthly.id, '2026-06-20', 'fresh'); // valid until 20 July: due this month
    const due = await call<DueItem[]>(wb, 'evidence.due', {});
    const state = (id: string) => due.find((d) => d.controlId === id)?.state;
    expect(state(quarterly[0]!.id)).toBe('overdue');
    expect(state(quarterly[1]!.id)).toBe('due-this-week');
    expect(state(monthly.id)).toBe('due-this-month');
    expect(due[0]!.state).toBe('overdue');
    expect(due.filter((d) => d.state === 'missing').length).toBe(
      controls.filter((c) => c.inScope && !c.notApplicableReason).length - 3,
    );
    wb.closeVault();
  });

  it('dates each control by its own frequency when one item speaks for a daily and an annual control', async () => {
    const wb = typeTwo();
    const controls = await call<Control[]>(wb, 'controls.list', {});
    const applicable = (c: Control) => c.inScope && c.notApplicableReason === null;
    const daily = controls.find((c) => c.frequency === 'daily' && applicable(c))!;
    const annual = controls.find((c) => c.frequency === 'annual' && applicable(c))!;
    const blob = await wb.requireVault().blobs.put(Readable.from([Buffer.from('daily log and annual review')]));
    const meta = {
      title: 'Log and review',
      type: 'other',
      controls: [daily.id, annual.id],
      effectiveDate: '2026-06-26',
    };
    const { item } = await call<AttachResult>(wb, 'evidence.attach', {
      sha256: blob.sha256,
      fileName: 'both.txt',
      meta,
    });
    // The item's own validUntil is the strictest control's: a day after its effective date.
    expect(item.validUntil).toBe('2026-06-27');
    const entry = (due: DueItem[], id: string) => due.find((d) => d.controlId === id);

    // Five days on, the daily control is overdue; the annual one is good until June 2027, so not listed.
    const due = await call<DueItem[]>(wb, 'evidence.due', {});
    expect(entry(due, daily.id)).toMatchObject({ state: 'overdue', lastEvidence: '2026-06-26', dueDate: '2026-06-27' });
    expect(entry(due, annual.id)).toBeUndefined();

    // An override holds for every control: both are due on it.
    await call(wb, 'evidence.update', { id: item.id, meta: { ...meta, validUntil: '2026-07-04' } });
    const overridden = await call<DueItem[]>(wb, 'evidence.due', {});
    for (const id of [daily.id, annual.id])
      expect(entry(overridden, id)).toMatchObject({
        state: 'due-this-week',
        lastEvidence: '2026-06-26',
        dueDate: '2026-07-04',
      });

    // An override already past makes the annual control overdue too, also in a list built afresh.
    await call(wb, 'evidence.update', { id: item.id, meta: { ...meta, validUntil: '2026-06-28' } });
    const file = wb.requireVault().path;
    wb.closeVault();
    wb.openVault(file);
    const past = await call<DueItem[]>(wb, 'evidence.due', {});
    for (const id of [daily.id, annual.id])
      expect(entry(past, id)).toMatchObject({ state: 'overdue', dueDate: '2026-06-28' });

    // Clearing the override brings each control back to its own frequency.
    await call(wb, 'evidence.update', { id: item.id, meta: { ...meta, validUntil: null } });
    const cleared = await call<DueItem[]>(wb, 'evidence.due', {});
    expect(entry(cleared, daily.id)).toMatchObject({ state: 'overdue', dueDate: '2026-06-27' });
    expect(entry(cleared, annual.id)).toBeUndefined();
    wb.closeVault();
  });
});
