import type { MantineColor } from '@mantine/core';
import type { CheckArea, Severity } from '../../../../shared/check/types';
import { Label } from '../../components/labels';

export const SEVERITY_LABELS: Record<Severity, string> = { blocker: 'Blocker', warning: 'Warning', advice: 'Advice' };
export const SEVERITY_PLURALS: Record<Severity, string> = {
  blocker: 'Blockers',
  warning: 'Warnings',
  advice: 'Advice',
};
export const SEVERITY_COLORS: Record<Severity, MantineColor> = { blocker: 'red', warning: 'orange', advice: 'blue' };

export const AREA_LABELS: Record<CheckArea, string> = {
  scope: 'Scope',
  controls: 'Controls',
  evidence: 'Evidence',
  policies: 'Policies',
  incidents: 'Incidents',
  'access-reviews': 'Access reviews',
  risks: 'Risks',
  vendors: 'Vendors',
  people: 'People',
  changes: 'Changes',
  description: 'System description',
  integrity: 'Integrity',
};

export function SeverityLabel({ severity }: { severity: Severity }) {
  return <Label color={SEVERITY_COLORS[severity]}>{SEVERITY_LABELS[severity]}</Label>;
}

/** A score's colour band: red below 50, orange below 80, teal from 80. */
export function scoreColor(score: number): MantineColor {
  return score >= 80 ? 'teal' : score >= 50 ? 'orange' : 'red';
}

/** A score as shown: one decimal, so that one fix shows as progress ("76.4"); 100 stays "100". */
export function formatScore(score: number): string {
  return score >= 100 ? '100' : score.toFixed(1);
}
