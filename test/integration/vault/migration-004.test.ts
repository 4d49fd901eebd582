import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/vault/database';
import { migrate, schemaVersion } from '../../../electron/vault/migrations/runner';
import { tempDir } from '../../helpers/tmp';

describe('migration 004 (evidence)', () => {
  it('adds evidence tables to a version-3 vault; evidence must point at stored bytes and a removal needs a reason', () => {
    const db = openDatabase(path.join(tempDir(), 'v3.attest'), { create: true });
    migrate(db, { target: 3 });
    db.prepare(
      "INSERT INTO blob (sha256, size, chunk_size, state, created_at) VALUES ('abc', 3, 4, 'ready', 'x')",
    ).run();
    migrate(db, { target: 4 });
    expect(schemaVersion(db)).toBe(4);
    const insert = db.prepare(
      `INSERT INTO evidence (blob_sha256, title, type, file_name, media_type, size, collected_at, effective_date,
         deleted_at, deleted_reason, created_at, updated_at)
       VALUES (?, 'T', 'other', 'f', 'text/plain', 3, 'x', '2026-01-01', ?, ?, 'x', 'x')`,
    );
    expect(() => insert.run('missing', null, null)).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('abc', 'now', null)).toThrow(/CHECK/);
    insert.run('abc', null, null);
    expect(() => db.prepare("DELETE FROM blob WHERE sha256 = 'abc'").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
