import type { vendorOps } from '../../../shared/contract/ops/vendors';
import type { HandlersFor } from './types';

export const vendorHandlers: HandlersFor<typeof vendorOps> = {};
