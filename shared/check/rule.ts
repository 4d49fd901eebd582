import type { CheckContext } from './context';
import type { CheckArea, Finding, LinkTarget, RuleOutcome, Severity } from './types';

/** One self-check rule. Adding a rule is adding one module to shared/check/rules and listing it in rules/index.ts. */
export interface Rule {
  /** Stable: finding keys and the remediation plan depend on it. */
  id: string;
  title: string;
  severity: Severity;
  area: CheckArea;
  /** The criteria the rule relates to (findings may narrow this to the record's own criteria). */
  criteria: string[];
  /** What to do about a finding, in general terms. */
  fix: string;
  run(ctx: CheckContext): RuleOutcome;
}

/** A finding of this rule about one record. */
export function finding(
  rule: Pick<Rule, 'id' | 'title' | 'severity' | 'area' | 'criteria' | 'fix'>,
  record: string | number,
  message: string,
  link: LinkTarget,
  options: { criteria?: string[]; severity?: Severity; fix?: string } = {},
): Finding {
  return {
    key: `${rule.id}:${record}`,
    ruleId: rule.id,
    severity: options.severity ?? rule.severity,
    area: rule.area,
    title: rule.title,
    message,
    fix: options.fix ?? rule.fix,
    criteria: options.criteria ?? rule.criteria,
    link,
  };
}

/** The outcome of a rule over an area the vault does not hold yet. */
export function skipped(reason: string): RuleOutcome {
  return { checked: 0, findings: [], skipped: reason };
}

/** Whole months between two dates are awkward; rules compare against a date this many days back instead. */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000,
  );
}
