import type { Db } from '../database';
import { vaultError } from '../errors';
import { MIGRATIONS } from './index';
import type { Migration } from './types';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings a vault to `target` (the latest by default). All pending migrations
 * run in one transaction: a failure leaves the vault at its old version.
 */
export function migrate(
  db: Db,
  { target, migrations = MIGRATIONS }: { target?: number; migrations?: readonly Migration[] } = {},
): { from: number; to: number } {
  const from = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  const upTo = target ?? latest;
  if (from > latest) {
    throw vaultError(
      `This vault uses format ${from}, written by a newer Attest; this Attest reads up to format ${latest}. Update Attest to open it.`,
      'from_future',
      { formatVersion: from, supported: latest },
    );
  }
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const pending = migrations.filter((m) => m.version > from && m.version <= upTo);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return { from, to: schemaVersion(db) };
}
