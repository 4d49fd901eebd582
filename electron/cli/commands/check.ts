import type { CheckRunView } from '../../../shared/check/plan';
import type { Finding, Severity } from '../../../shared/check/types';
import { isoDate } from '../../../shared/contract/primitives';
import { dispatch } from '../../services/dispatch';
import { parse, requirePositional } from '../args';
import { cliWorkbench } from '../context';
import { EXIT, unwrap, UsageError, type CliIo } from '../io';
import { plural } from '../../../shared/words';

export const CHECK_USAGE = 'attest check <vault> [--json] [--as-of DATE]';

const HEADINGS: Record<Severity, string> = { blocker: 'BLOCKERS', warning: 'WARNINGS', advice: 'ADVICE' };

function printHuman(run: CheckRunView, io: CliIo): void {
  const { result } = run;
  const { blocker, warning, advice } = result.counts;
  io.out(`Self-check as of ${result.asOf}: readiness ${result.score.overall.toFixed(1)}/100`);
  io.out(`  ${result.score.byCategory.map((c) => `${c.category} ${c.score.toFixed(1)}`).join(' · ')}`);
  io.out(`  ${plural(blocker, 'blocker')}, ${plural(warning, 'warning')}, ${advice} advice`);
  for (const severity of ['blocker', 'warning', 'advice'] as const) {
    const list: Finding[] = result.findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    io.out('');
    io.out(`${HEADINGS[severity]} (${list.length})`);
    for (const f of list) {
      const owner = run.plan[f.key];
      io.out(`  - ${f.message}${owner ? ` [${owner.owner}, due ${owner.dueDate}]` : ''}`);
      io.out(`      fix: ${f.fix} (${f.link.label})`);
    }
  }
  io.out('');
  io.out(blocker ? 'Not ready for the auditor: fix the blockers first.' : 'No blockers.');
}

/** Runs and stores a self-check; exit 1 while blockers remain, so a scheduled job can alert. */
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, 'as-of': { type: 'string' } });
  const vaultPath = requirePositional(positionals, 0, 'vault path');
  if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}"`);
  const asOf = values['as-of'];
  if (asOf !== undefined && !isoDate.safeParse(asOf).success)
    throw new UsageError(`--as-of must be a calendar date like 2026-06-30, got "${asOf}"`);
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: vaultPath }));
    const run = unwrap(await dispatch(wb, 'check.run', asOf ? { asOf } : {})) as CheckRunView;
    if (values.json) io.out(JSON.stringify({ ...run.result, runId: run.id, ranAt: run.ranAt, plan: run.plan }));
    else printHuman(run, io);
    return run.result.counts.blocker > 0 ? EXIT.problems : EXIT.ok;
  } finally {
    wb.closeVault();
  }
}
