import { Group, type MantineColor } from '@mantine/core';
import {
  CRITICALITY_LABELS,
  SUBSERVICE_METHOD_LABELS,
  VENDOR_ATTENTION_LABELS,
  type Criticality,
  type SubserviceMethod,
  type VendorAttention,
} from '../../../../shared/domain/vendors';
import { Label } from '../../components/labels';

export const CRITICALITY_COLORS: Record<Criticality, MantineColor> = {
  low: 'gray',
  medium: 'blue',
  high: 'orange',
  critical: 'red',
};

export function CriticalityLabel({ criticality }: { criticality: Criticality }) {
  return <Label color={CRITICALITY_COLORS[criticality]}>{CRITICALITY_LABELS[criticality]}</Label>;
}

/** Subservice organizations and their treatment; `compact` (in tables) shows the treatment alone. */
export function SubserviceLabel({ method, compact = false }: { method: SubserviceMethod | null; compact?: boolean }) {
  if (!method) return null;
  return (
    <Label
      color="grape"
      variant="outline"
      title={`Subservice organization, ${SUBSERVICE_METHOD_LABELS[method].toLowerCase()}`}
    >
      {compact ? SUBSERVICE_METHOD_LABELS[method] : `Subservice · ${SUBSERVICE_METHOD_LABELS[method]}`}
    </Label>
  );
}

const SERIOUS: VendorAttention[] = ['review-overdue', 'report-not-reviewed', 'report-missing', 'no-csocs'];

export function VendorAttentionLabels({ attention }: { attention: readonly VendorAttention[] }) {
  if (attention.length === 0) return <Label color="teal">Complete</Label>;
  return (
    <Group gap={4}>
      {attention.map((a) => (
        <Label key={a} color={SERIOUS.includes(a) ? 'red' : 'yellow'}>
          {VENDOR_ATTENTION_LABELS[a]}
        </Label>
      ))}
    </Group>
  );
}
