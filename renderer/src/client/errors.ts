import type { ErrorCode, ErrorShape, Result } from '../../../shared/contract/errors';
import { ERROR_CODES } from '../../../shared/contract/errors';

/** An error envelope turned into an exception, for callers that prefer try/catch. */
export class ClientError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(shape: ErrorShape) {
    super(shape.message);
    this.name = 'ClientError';
    this.code = shape.code;
    this.details = shape.details;
  }

  toShape(): ErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** The value of a successful envelope; throws a ClientError otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new ClientError(result.error);
}

/** Any thrown thing as an error shape, so the UI has one thing to show. */
export function toErrorShape(error: unknown): ErrorShape {
  if (error instanceof ClientError) return error.toShape();
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Checks that a parsed body is a Result envelope; anything else is refused. */
export function asResult(body: unknown): Result<unknown> | null {
  if (typeof body !== 'object' || body === null) return null;
  const envelope = body as { ok?: unknown; value?: unknown; error?: unknown };
  if (envelope.ok === true && 'value' in envelope) return { ok: true, value: envelope.value };
  if (envelope.ok === false && typeof envelope.error === 'object' && envelope.error !== null) {
    const error = envelope.error as { code?: unknown; message?: unknown; details?: unknown };
    if (typeof error.message !== 'string') return null;
    const code: ErrorCode = isErrorCode(error.code) ? error.code : 'internal';
    return {
      ok: false,
      error:
        error.details === undefined
          ? { code, message: error.message }
          : { code, message: error.message, details: error.details },
    };
  }
  return null;
}

/** Field-level problems from an `invalid_input` error, as the host reports them. */
export interface InputIssue {
  path: string;
  message: string;
}

export function inputIssues(error: ErrorShape): InputIssue[] {
  if (error.code !== 'invalid_input') return [];
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (i): i is InputIssue =>
      typeof i === 'object' &&
      i !== null &&
      typeof (i as InputIssue).path === 'string' &&
      typeof (i as InputIssue).message === 'string',
  );
}
