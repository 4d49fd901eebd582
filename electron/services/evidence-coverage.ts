import { addDaysToDate } from '../../shared/domain/dates';
import type { ControlPeriodCoverage, DueItem, DueState } from '../../shared/domain/evidence';
import { fillBuckets, periodBuckets, type Span } from '../../shared/domain/period-coverage';
import type { Vault } from '../vault/vault';
import { listControls } from './controls';
import { getEngagementOrFail } from './engagement';
import * as q from '../vault/queries/evidence';
import { listEvidenceWithOverrides, validity } from './evidence-list';

function applicableInScope(vault: Vault) {
  return listControls(vault).filter((c) => c.inScope && c.notApplicableReason === null);
}

/**
 * Type II only: for each recurring control in scope, the buckets of the audit
 * period and how many evidence items speak for each (by effective date, or
 * every bucket of the range a population export covers).
 */
export function periodCoverage(vault: Vault): ControlPeriodCoverage[] {
  const engagement = getEngagementOrFail(vault);
  if (engagement.reportType !== 'type2' || !engagement.periodStart || !engagement.periodEnd) return [];
  const spansByControl = new Map<string, Span[]>();
  for (const [c, from, to] of q.controlEvidenceSpans(vault.db)) {
    // An open end counts as the other end's day; a reversed pair cannot be stored.
    const span = { from, to: to < from ? from : to };
    const list = spansByControl.get(c);
    if (list) list.push(span);
    else spansByControl.set(c, [span]);
  }
  const out: ControlPeriodCoverage[] = [];
  for (const control of applicableInScope(vault)) {
    const buckets = periodBuckets(engagement.periodStart, engagement.periodEnd, control.frequency);
    if (!buckets) continue;
    const filled = fillBuckets(buckets, spansByControl.get(control.id) ?? []);
    out.push({
      controlId: control.id,
      name: control.name,
      frequency: control.frequency,
      owner: control.owner || control.ownerRole,
      buckets: filled,
      covered: filled.filter((b) => b.items > 0).length,
    });
  }
  return out;
}

/**
 * What needs fresh evidence this month, most urgent first, for every
 * applicable control in scope. Each control's due date is how long its
 * longest-lasting item speaks for it: by that control's own frequency from the
 * item's effective date (not the item's validUntil, which the strictest of all
 * its linked controls decides), or the item's override when it has one.
 */
export function evidenceDue(vault: Vault): DueItem[] {
  const today = vault.today();
  const controls = applicableInScope(vault);
  const frequencies = new Map(controls.map((c) => [c.id, c.frequency]));
  const dates = validity(today);
  const latest = new Map<string, { effective: string; validUntil: string }>();
  const { items, overrides } = listEvidenceWithOverrides(vault);
  for (const item of items) {
    const override = overrides.get(item.id);
    for (const c of item.controls) {
      const frequency = frequencies.get(c);
      if (!frequency) continue; // out of scope or not applicable: never listed
      const validUntil = override ?? dates.until(item.effectiveDate, frequency);
      const seen = latest.get(c);
      if (!seen || validUntil > seen.validUntil) latest.set(c, { effective: item.effectiveDate, validUntil });
    }
  }
  const weekEnd = addDaysToDate(today, 7);
  const monthEnd = addDaysToDate(today, 30);
  const rank: Record<DueState, number> = { overdue: 0, missing: 1, 'due-this-week': 2, 'due-this-month': 3 };
  const out: DueItem[] = [];
  for (const control of controls) {
    const last = latest.get(control.id);
    let state: DueState | null;
    if (!last) state = 'missing';
    else if (last.validUntil < today) state = 'overdue';
    else if (last.validUntil <= weekEnd) state = 'due-this-week';
    else if (last.validUntil <= monthEnd) state = 'due-this-month';
    else state = null;
    if (!state) continue;
    out.push({
      controlId: control.id,
      name: control.name,
      frequency: control.frequency,
      owner: control.owner || control.ownerRole,
      lastEvidence: last?.effective ?? null,
      dueDate: last?.validUntil ?? null,
      state,
    });
  }
  return out.sort(
    (a, b) =>
      rank[a.state] - rank[b.state] ||
      (a.dueDate ?? '').localeCompare(b.dueDate ?? '') ||
      a.controlId.localeCompare(b.controlId),
  );
}
