import type { changeOps } from '../../../shared/contract/ops/changes';
import type { HandlersFor } from './types';

export const changeHandlers: HandlersFor<typeof changeOps> = {};
