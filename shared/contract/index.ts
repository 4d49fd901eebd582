import type { z } from 'zod';
import type { Result } from './errors';
import type { Operation } from './operation';
import { accessReviewOps } from './ops/access-reviews';
import { changeOps } from './ops/changes';
import { checkOps } from './ops/check';
import { coreOps } from './ops/core';
import { evidenceOps } from './ops/evidence';
import { exportOps } from './ops/export';
import { incidentOps } from './ops/incidents';
import { peopleOps } from './ops/people';
import { policyOps } from './ops/policies';
import { riskOps } from './ops/risks';
import { scopeOps } from './ops/scope';
import { vendorOps } from './ops/vendors';

/**
 * Every operation Attest offers, declared once (one module per area under
 * ops/). The Electron IPC bridge, the browser host and the CLI all dispatch
 * through this table, and the handler table in electron/services is typed
 * from it, so a missing handler fails to compile.
 */
export const contract = {
  ...coreOps,
  ...scopeOps,
  ...policyOps,
  ...evidenceOps,
  ...incidentOps,
  ...accessReviewOps,
  ...riskOps,
  ...vendorOps,
  ...peopleOps,
  ...changeOps,
  ...checkOps,
  ...exportOps,
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;

type AnyOperation = Operation<z.ZodType, unknown>;
export type InputOf<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends OperationName> = Contract[K] extends Operation<z.ZodType, infer O> ? O : never;

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export function operation(name: OperationName): AnyOperation {
  return contract[name] as AnyOperation;
}

export { CHANNELS } from './channels';

/** What every door offers the renderer: call an operation, get an envelope back. */
export interface AttestClient {
  call<K extends OperationName>(name: K, input: InputOf<K>): Promise<Result<OutputOf<K>>>;
}
