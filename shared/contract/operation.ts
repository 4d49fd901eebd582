import type { z } from 'zod';

export type OperationKind = 'read' | 'write';

/**
 * One operation of the contract: the schema its input must pass and, as a
 * phantom type, what it returns. Declared once; every door derives from it.
 */
export interface Operation<I extends z.ZodType, O> {
  readonly kind: OperationKind;
  readonly input: I;
  /** One line for the CLI and the docs. */
  readonly summary: string;
  /** Never set: carries the output type. */
  readonly output?: O;
}

function define(kind: OperationKind) {
  return <I extends z.ZodType>(input: I, summary: string) => ({
    returns: <O>(): Operation<I, O> => ({ kind, input, summary }),
  });
}

export const read = define('read');
export const write = define('write');
