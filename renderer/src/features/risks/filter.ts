import { RISK_CATEGORY_LABELS, riskLevel, type Risk } from '../../../../shared/domain/risks';
import type { HeatBasis, HeatCell } from './view';

/** The likelihood and impact a risk sits at on the chosen basis; null when residual is not assessed. */
export function position(r: Risk, basis: HeatBasis): { likelihood: number; impact: number } | null {
  if (basis === 'inherent') return { likelihood: r.likelihood, impact: r.impact };
  return r.residualLikelihood === null || r.residualImpact === null
    ? null
    : { likelihood: r.residualLikelihood, impact: r.residualImpact };
}

export function inCell(r: Risk, cell: HeatCell): boolean {
  const p = position(r, cell.basis);
  return p !== null && p.likelihood === cell.likelihood && p.impact === cell.impact;
}

export function matchesSearch(r: Risk, search: string): boolean {
  if (!search) return true;
  const q = search.toLowerCase();
  return [
    r.ref,
    r.title,
    r.description,
    r.owner,
    r.treatmentRationale,
    RISK_CATEGORY_LABELS[r.category],
    ...r.controls.map((c) => c.id),
  ].some((v) => v.toLowerCase().includes(q));
}

/** The level the list filters on: residual when assessed, else inherent. */
export function currentLevel(r: Risk) {
  return riskLevel(r.residualScore ?? r.inherentScore);
}
