import type { incidentOps } from '../../../shared/contract/ops/incidents';
import type { HandlersFor } from './types';

export const incidentHandlers: HandlersFor<typeof incidentOps> = {};
