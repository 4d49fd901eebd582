import { CATEGORY_IDS } from '../catalog/categories';
import { CRITERIA } from '../catalog/criteria';
import type { CheckContext } from './context';
import type { Rule } from './rule';
import type { CheckScore, RuleOutcome, Severity } from './types';

/**
 * How the readiness score is computed (0-100, higher is readier):
 *
 * 1. Each rule that examined something has a pass rate: the share of the
 *    records it examined that produced no finding (1 - findings / examined).
 *    Rules that examined nothing (an area not kept yet, a Type II rule on a
 *    Type I engagement) take no part.
 * 2. Rules weigh by severity (blocker 5, warning 2, advice 1) times
 *    1 + log2(records examined): a rule over a thousand controls counts more
 *    than one about the single engagement record, but not a thousand times more.
 * 3. Overall = 100 x the weighted mean of the pass rates, rounded down to one
 *    decimal, so a single fix shows as progress and a single open blocker keeps
 *    the score below 100.
 * 4. Per criterion: the mean weighted by severity alone, over the rules that examined
 *    records related to the criterion (controls mapped to it, policies behind
 *    those controls, or the rule's own criteria), counting only the findings
 *    that relate to it. Every in-scope criterion is examined at least by the
 *    coverage rule.
 * 5. Per category: the mean of its in-scope criteria's scores, rounded down to one decimal.
 */
export const SEVERITY_WEIGHT: Record<Severity, number> = { blocker: 5, warning: 2, advice: 1 };

export function computeScore(ctx: CheckContext, outcomes: readonly { rule: Rule; outcome: RuleOutcome }[]): CheckScore {
  let weighted = 0;
  let weights = 0;
  const perCriterion = new Map<string, { weighted: number; weights: number }>();
  for (const { rule, outcome } of outcomes) {
    if (outcome.checked === 0) continue;
    const w = SEVERITY_WEIGHT[rule.severity];
    const overallWeight = w * (1 + Math.log2(outcome.checked));
    weighted += overallWeight * passRate(outcome.findings.length, outcome.checked);
    weights += overallWeight;

    const examined =
      outcome.checkedByCriterion ??
      new Map([...criteriaOfOutcome(rule, outcome)].map((k) => [k, outcome.checked] as const));
    const failed = new Map<string, number>();
    for (const f of outcome.findings) for (const k of f.criteria) failed.set(k, (failed.get(k) ?? 0) + 1);
    for (const [k, n] of examined) {
      if (n === 0) continue;
      const acc = perCriterion.get(k) ?? { weighted: 0, weights: 0 };
      acc.weighted += w * passRate(failed.get(k) ?? 0, n);
      acc.weights += w;
      perCriterion.set(k, acc);
    }
  }
  const byCriterion: Record<string, number> = {};
  const categoryScores = new Map<string, number[]>();
  for (const criterion of CRITERIA) {
    if (!ctx.scope.has(criterion.category)) continue;
    const acc = perCriterion.get(criterion.id);
    const score = acc && acc.weights > 0 ? percent(acc.weighted / acc.weights) : 100;
    byCriterion[criterion.id] = score;
    const list = categoryScores.get(criterion.category) ?? [];
    list.push(score);
    categoryScores.set(criterion.category, list);
  }
  return {
    overall: weights > 0 ? percent(weighted / weights) : 100,
    byCategory: CATEGORY_IDS.filter((c) => categoryScores.has(c)).map((category) => {
      const list = categoryScores.get(category)!;
      return { category, score: oneDecimal(list.reduce((a, b) => a + b, 0) / list.length), criteria: list.length };
    }),
    byCriterion,
  };
}

function passRate(failed: number, checked: number): number {
  return Math.max(0, 1 - failed / checked);
}

function percent(rate: number): number {
  return oneDecimal(rate * 100);
}

/** Rounded down to one decimal; float noise must not turn a perfect 100 into 99.9. */
function oneDecimal(value: number): number {
  return Math.floor(value * 10 + 1e-6) / 10;
}

/** A rule without per-criterion counts examines its own criteria and any its findings name. */
function criteriaOfOutcome(rule: Rule, outcome: RuleOutcome): Set<string> {
  const set = new Set(rule.criteria);
  for (const f of outcome.findings) for (const k of f.criteria) set.add(k);
  return set;
}
