import { AppError } from '../../shared/contract/errors';

export function vaultError(message: string, reason: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError('vault_error', message, { reason, ...extra });
}

/** better-sqlite3 throws SqliteError with a string code such as SQLITE_NOTADB. */
export function sqliteCode(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}
