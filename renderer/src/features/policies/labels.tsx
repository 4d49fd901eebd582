import type { MantineColor } from '@mantine/core';
import {
  POLICY_STATUS_LABELS,
  REVIEW_STATE_LABELS,
  type PolicyStatus,
  type ReviewState,
} from '../../../../shared/domain/policies';
import { Label } from '../../components/labels';

export const POLICY_STATUS_COLORS: Record<PolicyStatus, MantineColor> = {
  draft: 'blue',
  'in-review': 'orange',
  approved: 'teal',
  superseded: 'gray',
};

/** "Draft 1.1", "In review 1.1", "Approved 1.0": the state of a version, in words. */
export function PolicyStatusLabel({ status, version }: { status: PolicyStatus; version?: string }) {
  return (
    <Label color={POLICY_STATUS_COLORS[status]} variant={status === 'superseded' ? 'outline' : 'light'}>
      {version ? `${POLICY_STATUS_LABELS[status]} ${version}` : POLICY_STATUS_LABELS[status]}
    </Label>
  );
}

export const REVIEW_STATE_COLORS: Record<ReviewState, MantineColor> = {
  current: 'teal',
  'due-soon': 'yellow',
  overdue: 'red',
  'never-approved': 'gray',
};

const REVIEW_STATE_HINTS: Record<ReviewState, string> = {
  current: 'Approved, and the next review is more than a month away',
  'due-soon': 'The next review is due within a month',
  overdue: 'The review date has passed: review the policy and approve it again',
  'never-approved': 'No version of this policy has been approved yet',
};

/** Reviewed / Review due soon / Review overdue / Never approved. */
export function ReviewStateLabel({ state }: { state: ReviewState }) {
  return (
    <Label
      color={REVIEW_STATE_COLORS[state]}
      variant={state === 'never-approved' ? 'outline' : 'light'}
      title={REVIEW_STATE_HINTS[state]}
    >
      {REVIEW_STATE_LABELS[state]}
    </Label>
  );
}
