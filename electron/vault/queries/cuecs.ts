import type { Db } from '../database';

export interface CuecRow {
  id: number;
  position: number;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export function listCuecRows(db: Db): CuecRow[] {
  return db
    .prepare(
      'SELECT id, position, text, created_at AS createdAt, updated_at AS updatedAt FROM cuec ORDER BY position, id',
    )
    .all() as CuecRow[];
}

export function criteriaByCuec(db: Db): Map<number, string[]> {
  const map = new Map<number, string[]>();
  const rows = db.prepare('SELECT cuec_id AS c, criterion_id AS k FROM cuec_criterion').all() as {
    c: number;
    k: string;
  }[];
  for (const { c, k } of rows) {
    const list = map.get(c);
    if (list) list.push(k);
    else map.set(c, [k]);
  }
  return map;
}

export function insertCuec(db: Db, position: number, text: string, at: string): number {
  return Number(
    db
      .prepare('INSERT INTO cuec (position, text, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run(position, text, at, at).lastInsertRowid,
  );
}

export function updateCuec(db: Db, id: number, position: number, text: string, at: string | null): void {
  if (at === null) db.prepare('UPDATE cuec SET position = ? WHERE id = ?').run(position, id);
  else db.prepare('UPDATE cuec SET position = ?, text = ?, updated_at = ? WHERE id = ?').run(position, text, at, id);
}

export function deleteCuec(db: Db, id: number): void {
  db.prepare('DELETE FROM cuec WHERE id = ?').run(id);
}

export function replaceCuecCriteria(db: Db, id: number, criteria: readonly string[]): void {
  db.prepare('DELETE FROM cuec_criterion WHERE cuec_id = ?').run(id);
  const insert = db.prepare('INSERT INTO cuec_criterion (cuec_id, criterion_id) VALUES (?, ?)');
  for (const k of criteria) insert.run(id, k);
}
