import {
  CONTROL_MODES,
  CONTROL_TYPES,
  FREQUENCIES,
  type ControlMode,
  type ControlType,
} from '../../../shared/catalog/types';
import { CONTROL_STATUSES, FREQUENCY_LABELS, STATUS_LABELS } from '../../../shared/domain/controls';

export const TYPE_LABELS: Record<ControlType, string> = {
  preventive: 'Preventive',
  detective: 'Detective',
  corrective: 'Corrective',
};

export const MODE_LABELS: Record<ControlMode, string> = {
  manual: 'Manual',
  automated: 'Automated',
};

export const FREQUENCY_OPTIONS = FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] }));
export const TYPE_OPTIONS = CONTROL_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] }));
export const MODE_OPTIONS = CONTROL_MODES.map((value) => ({ value, label: MODE_LABELS[value] }));
export const STATUS_OPTIONS = CONTROL_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));
