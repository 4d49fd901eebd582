import { accessReviewHandlers } from './handlers/access-reviews';
import { changeHandlers } from './handlers/changes';
import { checkHandlers } from './handlers/check';
import { coreHandlers } from './handlers/core';
import { evidenceHandlers } from './handlers/evidence';
import { exportHandlers } from './handlers/export';
import { incidentHandlers } from './handlers/incidents';
import { peopleHandlers } from './handlers/people';
import { policyHandlers } from './handlers/policies';
import { riskHandlers } from './handlers/risks';
import { scopeHandlers } from './handlers/scope';
import type { Handlers } from './handlers/types';
import { vendorHandlers } from './handlers/vendors';

export type { Handler, Handlers } from './handlers/types';

/** Every area's handlers; `Handlers` makes a missing one a compile error. */
export const handlers: Handlers = {
  ...coreHandlers,
  ...scopeHandlers,
  ...policyHandlers,
  ...evidenceHandlers,
  ...incidentHandlers,
  ...accessReviewHandlers,
  ...riskHandlers,
  ...vendorHandlers,
  ...peopleHandlers,
  ...changeHandlers,
  ...checkHandlers,
  ...exportHandlers,
};
