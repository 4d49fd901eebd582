import { addDaysToDate } from '../../shared/domain/dates';
import { coveredUntil, type ControlPeriodCoverage, type DueItem, type DueState } from '../../shared/domain/evidence';
import { fillBuckets, periodBuckets, type Span } from '../../shared/domain/period-coverage';
import type { Vault } from '../vault/vault';
import { listControls } from './controls';
import { getEngagementOrFail } from './engagement';
import * as q from '../vault/queries/evidence';

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
 * applicable control in scope. A control is due when its evidence stops
 * speaking for it (coveredUntil: by its own frequency, not the strictest of
 * the controls an item shares, or by the item's override).
 */
export function evidenceDue(vault: Vault): DueItem[] {
  const today = vault.today();
  const controls = applicableInScope(vault);
  const reach = q.evidenceReachByControl(vault.db);
  const weekEnd = addDaysToDate(today, 7);
  const monthEnd = addDaysToDate(today, 30);
  const rank: Record<DueState, number> = { overdue: 0, missing: 1, 'due-this-week': 2, 'due-this-month': 3 };
  const out: DueItem[] = [];
  for (const control of controls) {
    const last = reach.get(control.id);
    const dueDate = last ? coveredUntil(last, control.frequency) : null;
    let state: DueState | null;
    if (dueDate === null) state = 'missing';
    else if (dueDate < today) state = 'overdue';
    else if (dueDate <= weekEnd) state = 'due-this-week';
    else if (dueDate <= monthEnd) state = 'due-this-month';
    else state = null;
    if (!state) continue;
    out.push({
      controlId: control.id,
      name: control.name,
      frequency: control.frequency,
      owner: control.owner || control.ownerRole,
      lastEvidence: last?.lastEffective ?? null,
      dueDate,
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
