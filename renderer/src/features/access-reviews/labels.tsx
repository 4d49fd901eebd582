import type { MantineColor } from '@mantine/core';
import {
  DECISION_LABELS,
  REVIEW_STATUS_LABELS,
  SYSTEM_REVIEW_STATE_LABELS,
  WINDOW_STATE_LABELS,
  type Decision,
  type ReviewStatus,
  type SystemReviewState,
  type WindowState,
} from '../../../../shared/domain/access-reviews';
import { Label } from '../../components/labels';

const STATE_COLORS: Record<SystemReviewState, MantineColor> = {
  'out-of-scope': 'gray',
  'never-reviewed': 'yellow',
  overdue: 'red',
  'due-soon': 'yellow',
  current: 'teal',
};

export function SystemStateLabel({ state, nextDue }: { state: SystemReviewState; nextDue?: string }) {
  return (
    <Label
      color={STATE_COLORS[state]}
      variant={state === 'out-of-scope' ? 'outline' : 'light'}
      title={nextDue ? `Next review due by ${nextDue}` : undefined}
    >
      {SYSTEM_REVIEW_STATE_LABELS[state]}
    </Label>
  );
}

const DECISION_COLORS: Record<Decision, MantineColor> = { keep: 'teal', revoke: 'red', 'change-role': 'orange' };

export function DecisionLabel({ decision }: { decision: Decision | null }) {
  return decision ? (
    <Label color={DECISION_COLORS[decision]}>{DECISION_LABELS[decision]}</Label>
  ) : (
    <Label color="gray" variant="outline">
      Undecided
    </Label>
  );
}

export function ReviewStatusLabel({ status }: { status: ReviewStatus }) {
  return <Label color={status === 'completed' ? 'teal' : 'blue'}>{REVIEW_STATUS_LABELS[status]}</Label>;
}

const WINDOW_COLORS: Record<WindowState, MantineColor> = {
  reviewed: 'teal',
  'in-progress': 'blue',
  missing: 'red',
  upcoming: 'gray',
};

export function WindowStateLabel({ state }: { state: WindowState }) {
  return (
    <Label color={WINDOW_COLORS[state]} variant={state === 'upcoming' ? 'outline' : 'light'}>
      {WINDOW_STATE_LABELS[state]}
    </Label>
  );
}
