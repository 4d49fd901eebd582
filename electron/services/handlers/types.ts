import type { OperationName, OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Workbench } from '../workbench';

export type Handler<K extends OperationName> = (
  input: ParsedInputOf<K>,
  wb: Workbench,
) => OutputOf<K> | Promise<OutputOf<K>>;

/** The handlers of one area's operations (one module per area, like shared/contract/ops). */
export type HandlersFor<Ops> = { readonly [K in keyof Ops & OperationName]: Handler<K> };

/** One handler per operation; a missing one is a compile error. */
export type Handlers = HandlersFor<Record<OperationName, unknown>>;
