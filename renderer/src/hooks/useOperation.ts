import { useCallback, useEffect, useState } from 'react';
import type { InputOf, OperationName, OutputOf } from '../../../shared/contract';
import type { ErrorShape } from '../../../shared/contract/errors';
import { call } from '../client';

export type OperationState<T> =
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'failed'; data: T | null; error: ErrorShape };

/**
 * Runs a read operation when the component mounts (and again when its input
 * changes by value), and offers `reload`. Keeps the last data while reloading;
 * an answer that arrives after the component moved on is dropped.
 */
export function useOperation<K extends OperationName>(
  name: K,
  input: InputOf<K>,
): OperationState<OutputOf<K>> & { reload: () => void } {
  const [state, setState] = useState<OperationState<OutputOf<K>>>({ status: 'loading', data: null, error: null });
  const [generation, setGeneration] = useState(0);
  const serialized = JSON.stringify(input ?? {});

  useEffect(() => {
    let current = true;
    void call(name, JSON.parse(serialized) as InputOf<K>).then((result) => {
      if (!current) return;
      if (result.ok) setState({ status: 'ready', data: result.value, error: null });
      else setState((s) => ({ status: 'failed', data: s.data, error: result.error }));
    });
    return () => {
      current = false;
    };
  }, [name, serialized, generation]);

  const reload = useCallback(() => {
    setState((s) => ({ status: 'loading', data: s.data, error: null }));
    setGeneration((g) => g + 1);
  }, []);

  return { ...state, reload };
}
