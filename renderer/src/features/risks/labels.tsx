import { Group, type MantineColor } from '@mantine/core';
import {
  RISK_ATTENTION_LABELS,
  RISK_LEVEL_LABELS,
  TREATMENT_LABELS,
  riskLevel,
  type RiskAttention,
  type RiskLevel,
  type Treatment,
} from '../../../../shared/domain/risks';
import { Label } from '../../components/labels';

export const LEVEL_COLORS: Record<RiskLevel, MantineColor> = {
  low: 'teal',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};

/** "High · 12": the band in words, the score as a number. */
export function ScoreLabel({ score, prefix }: { score: number | null; prefix?: string }) {
  if (score === null) {
    return (
      <Label color="gray" variant="outline" title="Not assessed yet">
        {prefix ? `${prefix}: not assessed` : 'Not assessed'}
      </Label>
    );
  }
  const level = riskLevel(score);
  return (
    <Label color={LEVEL_COLORS[level]} title={`Score ${score} of 25`}>
      {`${prefix ? `${prefix}: ` : ''}${RISK_LEVEL_LABELS[level]} · ${score}`}
    </Label>
  );
}

export function TreatmentLabel({ treatment }: { treatment: Treatment | null }) {
  return treatment ? (
    <Label color="indigo" variant="outline">
      {TREATMENT_LABELS[treatment]}
    </Label>
  ) : (
    <Label color="gray" variant="outline">
      Not decided
    </Label>
  );
}

/** What an auditor would question, one label per gap. */
export function AttentionLabels({ attention }: { attention: readonly RiskAttention[] }) {
  if (attention.length === 0) return <Label color="teal">Complete</Label>;
  return (
    <Group gap={4}>
      {attention.map((a) => (
        <Label key={a} color={a === 'review-overdue' || a === 'no-rationale' ? 'red' : 'yellow'}>
          {RISK_ATTENTION_LABELS[a]}
        </Label>
      ))}
    </Group>
  );
}
