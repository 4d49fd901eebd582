import type { z } from 'zod';
import { isOperationName, operation } from '../../shared/contract';
import { AppError, type ErrorShape, type Result } from '../../shared/contract/errors';
import { sqliteCode } from '../vault/errors';
import { handlers as defaultHandlers, type Handlers } from './handlers';
import type { Workbench } from './workbench';

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(input)' : path.map(String).join('.');
}

export function invalidInput(error: z.ZodError): ErrorShape {
  const issues = error.issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message }));
  const first = issues[0]!;
  return {
    code: 'invalid_input',
    message: `${first.path}: ${first.message}`,
    details: { issues },
  };
}

export function toErrorShape(error: unknown): ErrorShape {
  if (error instanceof AppError) return error.toShape();
  const code = sqliteCode(error);
  if (code?.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'conflict', message: (error as Error).message, details: { sqlite: code } };
  }
  if (code) return { code: 'vault_error', message: (error as Error).message, details: { sqlite: code } };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/**
 * The one dispatcher behind every door: look the operation up, parse the
 * input with its schema, run the handler, and wrap the outcome in an envelope.
 */
export async function dispatch(
  wb: Workbench,
  name: string,
  rawInput: unknown,
  handlers: Handlers = defaultHandlers,
): Promise<Result<unknown>> {
  if (!isOperationName(name)) {
    return { ok: false, error: { code: 'not_found', message: `Unknown operation: ${name}` } };
  }
  const parsed = operation(name).input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
  try {
    const handler = handlers[name] as (input: unknown, wb: Workbench) => unknown;
    return { ok: true, value: await handler(parsed.data, wb) };
  } catch (error) {
    return { ok: false, error: toErrorShape(error) };
  }
}
