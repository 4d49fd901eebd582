import { buildContext } from './context';
import type { Rule } from './rule';
import { RULES } from './rules';
import { computeScore } from './score';
import type { CheckResult, CheckSnapshot, Finding, RuleOutcome, Severity } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { blocker: 0, warning: 1, advice: 2 };

/** Runs every rule over the snapshot: pure, so the same snapshot always gives the same result. */
export function runCheck(snapshot: CheckSnapshot, rules: readonly Rule[] = RULES): CheckResult {
  const ctx = buildContext(snapshot);
  const outcomes: { rule: Rule; outcome: RuleOutcome }[] = rules.map((rule) => ({ rule, outcome: rule.run(ctx) }));
  const findings: Finding[] = outcomes.flatMap((o) => o.outcome.findings);
  // Blockers first, then in rule order; the sort is stable, so each rule keeps the order it walked its records in
  // (controls by ID, incidents by number), and thousands of findings sort without comparing their keys.
  const ruleOrder = new Map(rules.map((r, i) => [r.id, i]));
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || ruleOrder.get(a.ruleId)! - ruleOrder.get(b.ruleId)!,
  );
  const counts = { blocker: 0, warning: 0, advice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return {
    asOf: snapshot.asOf,
    score: computeScore(ctx, outcomes),
    counts,
    findings,
    rules: outcomes.map(({ rule, outcome }) => ({
      id: rule.id,
      title: rule.title,
      severity: rule.severity,
      area: rule.area,
      criteria: rule.criteria,
      checked: outcome.checked,
      failed: outcome.findings.length,
      skipped: outcome.skipped ?? null,
    })),
  };
}
