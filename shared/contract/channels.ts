import type { OperationName } from './index';

/**
 * The operation names as a plain list, for the preload: importing the
 * contract itself would bundle zod and the whole criteria catalog into it.
 * The type check below fails to compile if an operation is missing here.
 */
export const OPERATION_NAME_LIST = [
  'app.info',
  'vault.create',
  'vault.createDemo',
  'vault.open',
  'vault.close',
  'vault.recent',
  'engagement.get',
  'engagement.update',
  'engagement.setCategories',
  'criteria.coverage',
  'criteria.setExclusion',
  'controls.list',
  'controls.get',
  'controls.create',
  'controls.update',
  'controls.setMappings',
  'controls.setApplicability',
  'policies.list',
  'policies.get',
  'policies.templates',
  'policies.createFromTemplate',
  'policies.create',
  'policies.saveDraft',
  'policies.startDraft',
  'policies.submitForReview',
  'policies.returnToDraft',
  'policies.approve',
  'policies.update',
  'policies.setControls',
  'policies.diff',
  'policies.import',
  'policies.export',
  'evidence.list',
  'evidence.get',
  'evidence.attach',
  'evidence.update',
  'evidence.remove',
  'evidence.compact',
  'evidence.periodCoverage',
  'evidence.due',
  'vault.verify',
  'vault.lastVerification',
  'audit.list',
  // incidents operations
  // access-reviews operations
  // risks operations
  // vendors operations
  // people operations
  // changes operations
  // check operations
  // export operations
] as const satisfies readonly OperationName[];

type Missing = Exclude<OperationName, (typeof OPERATION_NAME_LIST)[number]>;
const everyOperationListed: [Missing] extends [never] ? true : Missing = true;
void everyOperationListed;

/** The IPC channel of an operation: one channel per operation, never a catch-all. */
export const CHANNELS = Object.fromEntries(OPERATION_NAME_LIST.map((name) => [name, `attest:${name}`])) as {
  readonly [K in OperationName]: `attest:${K}`;
};
