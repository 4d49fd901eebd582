import type { Statement } from 'better-sqlite3';
import type { Db } from './database';

type Mode = 'rows' | 'raw' | 'pluck';

/** Per connection, the statements already prepared, by mode and SQL text. */
const caches = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement for this connection, prepared once and reused. Preparing
 * costs tens of microseconds each time, which adds up in loops that attach
 * thousands of files. The mode is part of the key because raw() and pluck()
 * change a statement for every later caller. The SQL must be a constant: a
 * text built from data would fill the cache.
 */
export function statement(db: Db, sql: string, mode: Mode = 'rows'): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const key = mode === 'rows' ? sql : `${mode}\u0000${sql}`;
  let prepared = cache.get(key);
  if (!prepared) {
    prepared = db.prepare(sql);
    if (mode === 'raw') prepared.raw(true);
    else if (mode === 'pluck') prepared.pluck(true);
    cache.set(key, prepared);
  }
  return prepared;
}
