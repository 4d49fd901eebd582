import type { riskOps } from '../../../shared/contract/ops/risks';
import type { HandlersFor } from './types';

export const riskHandlers: HandlersFor<typeof riskOps> = {};
