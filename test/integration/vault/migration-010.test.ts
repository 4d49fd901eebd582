import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/vault/database';
import { migrate, schemaVersion } from '../../../electron/vault/migrations/runner';
import { tempDir } from '../../helpers/tmp';

describe('migration 010 (reclaimed blobs)', () => {
  it('keeps a version-9 vault’s blobs as they were, and lets only a ready blob be marked reclaimed', () => {
    const db = openDatabase(path.join(tempDir(), 'v9.attest'), { create: true });
    migrate(db, { target: 9 });
    db.prepare(
      "INSERT INTO blob (sha256, size, chunk_size, state, created_at) VALUES ('ab', 2, 4, 'ready', '2026-01-01T00:00:00Z')",
    ).run();
    db.prepare(
      "INSERT INTO blob (size, chunk_size, state, writer_pid, created_at) VALUES (0, 4, 'pending', 1, 'x')",
    ).run();
    migrate(db, { target: 10 });
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare('SELECT sha256, reclaimed_at AS reclaimedAt FROM blob ORDER BY id').all()).toEqual([
      { sha256: 'ab', reclaimedAt: null },
      { sha256: null, reclaimedAt: null },
    ]);
    db.prepare("UPDATE blob SET reclaimed_at = 'now' WHERE sha256 = 'ab'").run();
    expect(() => db.prepare("UPDATE blob SET reclaimed_at = 'now' WHERE state = 'pending'").run()).toThrow(/CHECK/);
    db.close();
  });
});
