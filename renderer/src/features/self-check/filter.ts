import type { PlanItem } from '../../../../shared/check/plan';
import type { CheckArea, Finding, Severity } from '../../../../shared/check/types';

export interface FindingFilter {
  severity: Severity | 'all';
  area: CheckArea | 'all';
  text: string;
  unassignedOnly: boolean;
}

export const NO_FILTER: FindingFilter = { severity: 'all', area: 'all', text: '', unassignedOnly: false };

/** The findings a filter keeps; the text matches the message, the fix, the rule and the linked record. */
export function filterFindings(
  findings: readonly Finding[],
  plan: Record<string, PlanItem>,
  filter: FindingFilter,
): Finding[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return findings.filter((f) => {
    if (filter.severity !== 'all' && f.severity !== filter.severity) return false;
    if (filter.area !== 'all' && f.area !== filter.area) return false;
    if (filter.unassignedOnly && plan[f.key]) return false;
    if (words.length === 0) return true;
    const haystack =
      `${f.message} ${f.fix} ${f.title} ${f.link.label} ${f.criteria.join(' ')} ${plan[f.key]?.owner ?? ''}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

export type ListEntry = { kind: 'group'; severity: Severity; count: number } | { kind: 'finding'; finding: Finding };

/** Findings under a heading per severity, blockers first (the engine already orders them). */
export function groupBySeverity(findings: readonly Finding[]): ListEntry[] {
  const out: ListEntry[] = [];
  for (const severity of ['blocker', 'warning', 'advice'] as const) {
    const list = findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    out.push({ kind: 'group', severity, count: list.length });
    for (const finding of list) out.push({ kind: 'finding', finding });
  }
  return out;
}
