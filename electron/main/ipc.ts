import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, OPERATION_NAMES, type OperationName } from '../../shared/contract';
import type { SHELL_CHANNELS } from '../../shared/contract/bridge';
import type { ErrorShape, Result } from '../../shared/contract/errors';
import { dispatch, toErrorShape } from '../services/dispatch';
import type { Workbench } from '../services/workbench';
import { APP_ORIGIN } from './window';

/** The parts of an IPC event the trust check reads; Electron's event satisfies it. */
interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
  readonly detached?: boolean;
}
export interface SenderLike {
  readonly senderFrame: FrameLike | null;
  readonly sender: { readonly mainFrame: FrameLike };
}

type IpcRegistrar = Pick<IpcMain, 'handle'>;

/** Scheme and host only: Node's URL gives origin "null" for schemes it does not know, such as app:. */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * Only our own page may reach the services: a frame that is gone, a subframe,
 * or any other origin (a page that somehow got navigated to) is refused.
 */
export function isTrustedSender(event: SenderLike, expectedOrigin: string = APP_ORIGIN): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.detached === true || frame.parent !== null) return false;
  const main = event.sender.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  const origin = originOf(frame.url);
  return origin !== null && origin === originOf(expectedOrigin);
}

export function unauthorized(channel: string): { ok: false; error: ErrorShape } {
  return {
    ok: false,
    error: { code: 'unauthorized', message: `Refused ${channel}: the request did not come from the Attest window.` },
  };
}

/** The one wrapper every IPC handler goes through; answers are always envelopes, never rejections. */
function handleTrusted(
  ipcMain: IpcRegistrar,
  channel: string,
  expectedOrigin: string,
  fn: (event: IpcMainInvokeEvent, input: unknown) => Promise<Result<unknown>>,
): void {
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, expectedOrigin)) return unauthorized(channel);
    try {
      return await fn(event, input);
    } catch (error) {
      return { ok: false, error: toErrorShape(error) };
    }
  });
}

export interface OperationHooks {
  /** Runs after each operation, e.g. to rebuild the menu once the recent list changed. */
  afterCall?: (name: OperationName, result: Result<unknown>) => void;
  /** Runs before the dispatcher: a refusal is sent back and the operation never runs (see PathGrants). */
  authorize?: (name: OperationName, input: unknown) => ErrorShape | null;
}

export function registerOperations(
  ipcMain: IpcRegistrar,
  workbench: Workbench,
  expectedOrigin: string,
  hooks: OperationHooks = {},
): void {
  for (const name of OPERATION_NAMES) {
    handleTrusted(ipcMain, CHANNELS[name], expectedOrigin, async (_event, input) => {
      const refusal = hooks.authorize?.(name, input) ?? null;
      if (refusal !== null) return { ok: false, error: refusal };
      const result = await dispatch(workbench, name, input);
      hooks.afterCall?.(name, result);
      return result;
    });
  }
}

/** Channels the window invokes; the progress and event channels only ever go from main to the window. */
export type ShellChannel = (typeof SHELL_CHANNELS)[
  | 'chooseNewVaultPath'
  | 'chooseVaultToOpen'
  | 'chooseExportFolder'
  | 'chooseEvidenceFiles'
  | 'attachEvidenceFiles'
  | 'cancelAttach'
  | 'savePackage'
  | 'openEvidenceFile'];

export function handleShell<T>(
  ipcMain: IpcRegistrar,
  channel: ShellChannel,
  expectedOrigin: string,
  fn: (event: IpcMainInvokeEvent, input: unknown) => Promise<T>,
): void {
  handleTrusted(ipcMain, channel, expectedOrigin, async (event, input) => ({
    ok: true,
    value: await fn(event, input),
  }));
}
