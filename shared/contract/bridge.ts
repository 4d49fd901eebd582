import type { AttestClient } from './index';

/** Things the Electron shell tells the window, e.g. after a menu command. */
export type ShellEvent =
  { type: 'vault-changed' } | { type: 'new-vault'; path: string } | { type: 'navigate'; area: string };

/** IPC channels of the shell itself (dialogs, events); operations use CHANNELS. */
export const SHELL_CHANNELS = {
  chooseNewVaultPath: 'attest-shell:choose-new-vault-path',
  chooseVaultToOpen: 'attest-shell:choose-vault-to-open',
  event: 'attest-shell:event',
} as const;

/** What the preload exposes as window.attest inside Electron. */
export interface AttestBridge extends AttestClient {
  readonly platform: 'electron';
  /** Shows the OS save dialog; null when cancelled. */
  chooseNewVaultPath(): Promise<string | null>;
  /** Shows the OS open dialog; null when cancelled. */
  chooseVaultToOpen(): Promise<string | null>;
  /** Returns an unsubscribe function. */
  onShellEvent(listener: (event: ShellEvent) => void): () => void;
}

/** HTTP routes of the browser host. */
export const HTTP_ROUTES = {
  operation: '/api/op/', // POST /api/op/<operation name>, JSON body
  blobs: '/api/blobs', // POST streams bytes in; GET /api/blobs/<sha256> streams them out
} as const;
