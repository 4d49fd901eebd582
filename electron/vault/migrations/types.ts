import type { Db } from '../database';

export interface Migration {
  /** Equals the PRAGMA user_version the vault has after this migration. */
  version: number;
  name: string;
  up(db: Db): void;
}
