import type { AttestClient, InputOf, OperationName, OutputOf } from '../../../shared/contract';
import { HTTP_ROUTES } from '../../../shared/contract/bridge';
import type { Result } from '../../../shared/contract/errors';
import { asResult } from './errors';

/**
 * The client of the loopback browser host. Authentication is a cookie the
 * host set when the launch URL was opened, so nothing special is sent here.
 * The host answers with a Result envelope whatever the HTTP status.
 */
export function createHttpClient(baseUrl = '', fetchImpl: typeof fetch = (...args) => fetch(...args)): AttestClient {
  return {
    async call<K extends OperationName>(name: K, input: InputOf<K>): Promise<Result<OutputOf<K>>> {
      let response: Response;
      try {
        response = await fetchImpl(`${baseUrl}${HTTP_ROUTES.operation}${encodeURIComponent(name)}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch (error) {
        return {
          ok: false,
          error: {
            code: 'internal',
            message:
              'Attest could not reach its local host. Check that `attest serve` is still running, then try again.',
            details: { cause: error instanceof Error ? error.message : String(error) },
          },
        };
      }

      let body: unknown;
      try {
        body = await response.json();
      } catch {
        body = undefined;
      }
      const result = asResult(body);
      if (result) return result as Result<OutputOf<K>>;
      return {
        ok: false,
        error: {
          code: response.status === 401 || response.status === 403 ? 'unauthorized' : 'internal',
          message:
            `The local host answered ${response.status} ${response.statusText || ''}`.trim() +
            ' without a readable reply.',
          details: { status: response.status },
        },
      };
    },
  };
}
