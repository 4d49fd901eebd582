import type { peopleOps } from '../../../shared/contract/ops/people';
import type { HandlersFor } from './types';

export const peopleHandlers: HandlersFor<typeof peopleOps> = {};
