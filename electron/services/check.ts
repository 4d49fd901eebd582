import { performance } from 'node:perf_hooks';
import type { z } from 'zod';
import { runCheck } from '../../shared/check/engine';
import type {
  CheckRunSummary,
  CheckRunView,
  CheckSettings,
  PlanItem,
  planAssignSchema,
  settingsSetSchema,
} from '../../shared/check/plan';
import { DEFAULT_SAMPLE_SIZES, SAMPLE_FREQUENCIES } from '../../shared/check/sample-sizes';
import type { CheckResult } from '../../shared/check/types';
import { AppError } from '../../shared/contract/errors';
import * as q from '../vault/queries/check';
import type { Vault } from '../vault/vault';
import { loadSnapshot, sampleSizes } from './check-snapshot';
import { plural } from '../../shared/words';

/** Runs kept in the vault; older ones are dropped so the file does not grow with every click. */
const KEPT_RUNS = 200;

/** Loads the snapshot and runs the rules without storing anything (for the export's DRAFT decision too). */
export function evaluate(vault: Vault, asOf: string = vault.today()): { result: CheckResult; durationMs: number } {
  const started = performance.now();
  const result = runCheck(loadSnapshot(vault, asOf));
  return { result, durationMs: performance.now() - started };
}

/**
 * Runs the self-check as of a date (today by default) and stores the run, so
 * the dashboard can show the trend. The export uses it to decide on a DRAFT
 * watermark: any blocker in `result.counts.blocker` means not ready.
 */
export function runSelfCheck(vault: Vault, asOf: string = vault.today()): CheckRunView {
  const { result, durationMs } = evaluate(vault, asOf);
  return vault.write('check.run', (tx) => {
    const id = q.insertRun(vault.db, result, tx.at, durationMs);
    vault.db.prepare('DELETE FROM check_run WHERE id <= ?').run(id - KEPT_RUNS);
    const { blocker, warning, advice } = result.counts;
    tx.audit(
      'check',
      String(id),
      `Self-check as of ${asOf}: score ${result.score.overall}, ${plural(blocker, 'blocker')}, ${plural(warning, 'warning')}, ${advice} advice`,
    );
    return { id, ranAt: tx.at, durationMs: Math.round(durationMs), result, plan: planFor(vault, result) };
  });
}

function planFor(vault: Vault, result: CheckResult): Record<string, PlanItem> {
  const keys = new Set(result.findings.map((f) => f.key));
  return Object.fromEntries(
    q
      .planRows(vault.db)
      .filter((r) => keys.has(r.findingKey))
      .map((r) => [r.findingKey, r]),
  );
}

export function latestRun(vault: Vault): CheckRunView | null {
  const row = q.latestRun(vault.db);
  if (!row) return null;
  const result = JSON.parse(row.result) as CheckResult;
  return { id: row.id, ranAt: row.ranAt, durationMs: row.durationMs, result, plan: planFor(vault, result) };
}

export function runHistory(vault: Vault, limit: number): CheckRunSummary[] {
  return q.recentRuns(vault.db, limit);
}

/** Assigns a finding of the latest run; a key the latest run does not hold is refused. */
export function assignFinding(vault: Vault, input: z.output<typeof planAssignSchema>): PlanItem {
  return vault.write('check.assign', (tx) => {
    const latest = latestRun(vault);
    const found = latest?.result.findings.find((f) => f.key === input.key);
    if (!found)
      throw new AppError('not_found', `No finding ${input.key} in the latest self-check; run the self-check again`);
    const before = q.getPlanRow(vault.db, input.key);
    const item = {
      findingKey: input.key,
      owner: input.owner,
      dueDate: input.dueDate,
      note: input.note,
      updatedAt: tx.at,
    };
    q.upsertPlanRow(vault.db, item);
    tx.audit(
      'remediation',
      input.key,
      before
        ? `Remediation of "${found.message}" now ${input.owner}, due ${input.dueDate} (was ${before.owner}, due ${before.dueDate})`
        : `Remediation of "${found.message}" assigned to ${input.owner}, due ${input.dueDate}`,
    );
    return item;
  });
}

export function unassignFinding(vault: Vault, key: string): null {
  return vault.write('check.unassign', (tx) => {
    if (!q.deletePlanRow(vault.db, key))
      throw new AppError('not_found', `Finding ${key} is not in the remediation plan`);
    tx.audit('remediation', key, `Removed ${key} from the remediation plan`);
    return null;
  });
}

export function checkSettings(vault: Vault): CheckSettings {
  return { sampleSizes: sampleSizes(vault), defaults: DEFAULT_SAMPLE_SIZES };
}

export function setCheckSettings(vault: Vault, input: z.output<typeof settingsSetSchema>): CheckSettings {
  return vault.write('check.setSettings', (tx) => {
    const before = sampleSizes(vault);
    const changed: string[] = [];
    for (const f of SAMPLE_FREQUENCIES) {
      const size = input.sampleSizes[f];
      q.setSampleSize(vault.db, f, size === DEFAULT_SAMPLE_SIZES[f] ? null : size);
      if (before[f] !== size) changed.push(`${f} ${before[f]} → ${size}`);
    }
    tx.audit(
      'check',
      'settings',
      changed.length ? `Sample sizes: ${changed.join(', ')}` : 'Sample sizes saved unchanged',
    );
    return checkSettings(vault);
  });
}
