import { link } from '../links';
import { finding, skipped, type Rule } from '../rule';

/** Scores from 10 (likelihood x impact, 1-5 each) are high or critical. */
export const HIGH_RISK_SCORE = 10;

/** A high residual risk without a decision on it (mitigate, accept, transfer, avoid) is unmanaged (CC3.2, CC9.1). */
export const riskTreatment: Rule = {
  id: 'risk-treatment',
  title: 'High residual risks have a treatment',
  severity: 'warning',
  area: 'risks',
  criteria: ['CC3.2', 'CC9.1'],
  fix: 'Decide how the risk is treated (mitigate, accept, transfer or avoid), say why, and link the controls that reduce it.',
  run(ctx) {
    const risks = ctx.snapshot.risks;
    if (!risks) return skipped('This vault keeps no risk register');
    // Until the residual risk is assessed, the inherent score stands for it.
    const high = risks.filter((r) => (r.residualScore ?? r.inherentScore) >= HIGH_RISK_SCORE);
    const findings = high
      .filter((r) => r.treatment === null)
      .map((r) =>
        finding(
          this,
          r.id,
          `Risk "${r.title}" scores ${r.residualScore ?? r.inherentScore}${r.residualScore === null ? ' (residual not assessed)' : ''} and has no treatment.`,
          link.record('risks', r.id, `Risk "${r.title}"`),
        ),
      );
    return { checked: high.length, findings };
  },
};
