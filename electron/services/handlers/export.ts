import type { exportOps } from '../../../shared/contract/ops/export';
import type { HandlersFor } from './types';

export const exportHandlers: HandlersFor<typeof exportOps> = {};
