import { riskRegisterProblems, type Risk, type RiskAssessment } from '../../../shared/domain/risks';
import { dispatch } from '../../services/dispatch';
import { parse, requirePositional } from '../args';
import { cliWorkbench } from '../context';
import { EXIT, unwrap, type CliIo } from '../io';

export const RISKS_USAGE = 'attest risks <vault> [--json]';

/** The register and its last assessment; exit 1 when the register has problems an auditor would raise. */
export async function risksCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const file = requirePositional(positionals, 0, 'vault path');
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: file }));
    const risks = unwrap(await dispatch(wb, 'risks.list', {})) as Risk[];
    const assessments = unwrap(await dispatch(wb, 'risks.assessments', {})) as RiskAssessment[];
    const last = assessments[0] ?? null;
    const problems = riskRegisterProblems(risks, last, wb.requireVault().today());
    if (values.json) {
      io.out(JSON.stringify({ risks, lastAssessment: last, problems }));
      return problems.length ? EXIT.problems : EXIT.ok;
    }
    for (const r of risks) {
      const residual = r.residualScore === null ? '  -' : String(r.residualScore).padStart(3);
      io.out(
        `${r.ref.padEnd(6)} ${String(r.inherentScore).padStart(3)} ${residual}  ${(r.treatment ?? 'undecided').padEnd(10)} ${(r.owner || '-').padEnd(18)} ${r.title}`,
      );
    }
    io.out(
      `${risks.length} risks; last complete assessment ${last ? `${last.completedOn} by ${last.performedBy}` : 'never recorded'}`,
    );
    for (const p of problems) io.out(`problem: ${p}`);
    return problems.length ? EXIT.problems : EXIT.ok;
  } finally {
    wb.closeVault();
  }
}
