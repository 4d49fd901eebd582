import type { checkOps } from '../../../shared/contract/ops/check';
import type { HandlersFor } from './types';

export const checkHandlers: HandlersFor<typeof checkOps> = {};
