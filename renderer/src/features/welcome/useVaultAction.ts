import { useCallback, useState } from 'react';
import type { ErrorShape, Result } from '../../../../shared/contract/errors';
import type { VaultInfo } from '../../../../shared/domain/vault';
import { toErrorShape } from '../../client';
import { useAppStore } from '../../store/app';

/**
 * Runs a create/open call, keeps its pending state and error, and adopts the
 * vault on success. The error stays until the next attempt or `clear`.
 */
export function useVaultAction() {
  const vaultOpened = useAppStore((s) => s.vaultOpened);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ErrorShape | null>(null);

  const run = useCallback(
    async (action: () => Promise<Result<VaultInfo>>): Promise<Result<VaultInfo>> => {
      setPending(true);
      setError(null);
      try {
        const result = await action();
        if (result.ok) vaultOpened(result.value);
        else setError(result.error);
        return result;
      } finally {
        setPending(false);
      }
    },
    [vaultOpened],
  );

  /** Shows a problem that happened before any call (e.g. the file dialog failed). */
  const fail = useCallback((problem: unknown) => setError(toErrorShape(problem)), []);

  return { run, pending, error, fail, clear: () => setError(null) };
}
