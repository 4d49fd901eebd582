import type { accessReviewOps } from '../../../shared/contract/ops/access-reviews';
import type { HandlersFor } from './types';

export const accessReviewHandlers: HandlersFor<typeof accessReviewOps> = {};
