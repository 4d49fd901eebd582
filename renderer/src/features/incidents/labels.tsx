import type { MantineColor } from '@mantine/core';
import {
  INCIDENT_STATUS_LABELS,
  INCIDENT_STATUS_MEANINGS,
  SEVERITY_DEFINITIONS,
  type IncidentStatus,
  type Severity,
} from '../../../../shared/domain/incidents';
import { Label } from '../../components/labels';

export const SEVERITY_COLORS: Record<Severity, MantineColor> = {
  SEV1: 'red',
  SEV2: 'orange',
  SEV3: 'yellow',
  SEV4: 'gray',
};

export const STATUS_COLORS: Record<IncidentStatus, MantineColor> = {
  open: 'red',
  contained: 'orange',
  resolved: 'blue',
  closed: 'teal',
};

/** SEV1…SEV4 in words and colour; the tooltip says what the level means. */
export function SeverityLabel({ severity }: { severity: Severity }) {
  return (
    <Label
      color={SEVERITY_COLORS[severity]}
      variant={severity === 'SEV4' ? 'outline' : 'light'}
      title={SEVERITY_DEFINITIONS[severity].meaning}
    >
      {SEVERITY_DEFINITIONS[severity].label}
    </Label>
  );
}

export function IncidentStatusLabel({ status }: { status: IncidentStatus }) {
  return (
    <Label color={STATUS_COLORS[status]} title={INCIDENT_STATUS_MEANINGS[status]}>
      {INCIDENT_STATUS_LABELS[status]}
    </Label>
  );
}

export function SignificantLabel({ reason }: { reason?: string }) {
  return (
    <Label color="grape" variant="outline" title={reason || 'Reported in the system description'}>
      Significant
    </Label>
  );
}
