import type { AttestClient, InputOf, OperationName, OutputOf } from '../../../shared/contract';
import type { AttestBridge } from '../../../shared/contract/bridge';
import type { Result } from '../../../shared/contract/errors';
import { unwrap } from './errors';
import { createHttpClient } from './http';

declare global {
  interface Window {
    /** Exposed by Electron's preload; absent in a plain browser. */
    attest?: AttestBridge;
  }
}

export { ClientError, inputIssues, toErrorShape, unwrap, type InputIssue } from './errors';
export { createHttpClient } from './http';

/** The Electron bridge when running in the desktop app, else null. */
export function bridge(): AttestBridge | null {
  return typeof window !== 'undefined' && window.attest ? window.attest : null;
}

export function isElectron(): boolean {
  return bridge() !== null;
}

let client: AttestClient | null = null;

/** The one client of the contract: the Electron bridge when present, otherwise HTTP. */
export function getClient(): AttestClient {
  client ??= bridge() ?? createHttpClient();
  return client;
}

/** Replaces the client (tests, storybook-like harnesses). */
export function setClient(next: AttestClient | null): void {
  client = next;
}

/** Calls an operation and returns its envelope; never throws. */
export function call<K extends OperationName>(name: K, input: InputOf<K>): Promise<Result<OutputOf<K>>> {
  return getClient()
    .call(name, input)
    .catch((error: unknown): Result<OutputOf<K>> => ({
      ok: false,
      error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
    }));
}

/** Calls an operation and returns its value; throws a ClientError on failure. */
export async function request<K extends OperationName>(name: K, input: InputOf<K>): Promise<OutputOf<K>> {
  return unwrap(await call(name, input));
}
