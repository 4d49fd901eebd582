import { useCallback, useState } from 'react';
import type { ErrorShape, Result } from '../../../../shared/contract/errors';
import type { PolicyDetail } from '../../../../shared/domain/policies';

export type PolicyActionName = 'submit' | 'return' | 'startMinor' | 'startMajor';

export interface PolicyAction {
  /** The action under way, if any. */
  busy: PolicyActionName | null;
  error: { action: PolicyActionName; error: ErrorShape } | null;
  run(action: PolicyActionName, work: () => Promise<Result<PolicyDetail>>): Promise<boolean>;
  clearError(): void;
}

/** Runs one workflow step at a time and keeps its error to show beside the button that failed. */
export function usePolicyAction(onDone: (policy: PolicyDetail) => void): PolicyAction {
  const [busy, setBusy] = useState<PolicyActionName | null>(null);
  const [error, setError] = useState<PolicyAction['error']>(null);

  const run = useCallback(
    async (action: PolicyActionName, work: () => Promise<Result<PolicyDetail>>) => {
      setBusy(action);
      setError(null);
      const result = await work();
      setBusy(null);
      if (result.ok) {
        onDone(result.value);
        return true;
      }
      setError({ action, error: result.error });
      return false;
    },
    [onDone],
  );

  return { busy, error, run, clearError: useCallback(() => setError(null), []) };
}
