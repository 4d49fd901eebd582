import type { MantineColor } from '@mantine/core';
import {
  PERSON_STATUS_LABELS,
  TRAINING_STATE_LABELS,
  type PersonStatus,
  type TrainingState,
} from '../../../../shared/domain/people';
import { Label } from '../../components/labels';

const STATUS_COLORS: Record<PersonStatus, MantineColor> = { active: 'teal', starting: 'blue', left: 'gray' };

export function PersonStatusLabel({ status }: { status: PersonStatus }) {
  return (
    <Label color={STATUS_COLORS[status]} variant={status === 'left' ? 'outline' : 'light'}>
      {PERSON_STATUS_LABELS[status]}
    </Label>
  );
}

const TRAINING_COLORS: Record<TrainingState, MantineColor> = {
  current: 'teal',
  expired: 'red',
  never: 'orange',
  'not-applicable': 'gray',
};

const TRAINING_TITLES: Record<TrainingState, string> = {
  current: 'Completed security training within the last 12 months',
  expired: 'The last security training is more than 12 months old',
  never: 'No security training on record',
  'not-applicable': 'Has left: no training needed',
};

export function TrainingLabel({ state }: { state: TrainingState }) {
  return (
    <Label
      color={TRAINING_COLORS[state]}
      variant={state === 'not-applicable' ? 'outline' : 'light'}
      title={TRAINING_TITLES[state]}
    >
      {TRAINING_STATE_LABELS[state]}
    </Label>
  );
}
