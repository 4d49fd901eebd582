import { AppError, type ErrorCode, type ErrorShape } from '../../shared/contract/errors';

// 130: stopped by Ctrl-C, as shells report an interrupted command.
export const EXIT = { ok: 0, problems: 1, usage: 2, vault: 3, interrupted: 130 } as const;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Bad usage: exit code 2 and one line on stderr. */
export class UsageError extends Error {}

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'no_vault':
    case 'vault_error':
      return EXIT.vault;
    case 'invalid_input':
    case 'not_found':
    case 'conflict':
    case 'unauthorized':
      return EXIT.usage;
    default:
      return EXIT.problems;
  }
}

/** Unwraps an envelope for the CLI: an error becomes an AppError the entry point reports. */
export function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: ErrorShape }): T {
  if (result.ok) return result.value;
  throw new AppError(result.error.code, result.error.message, result.error.details);
}
