import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/vault/database';
import { migrate, schemaVersion } from '../../../electron/vault/migrations/runner';
import { tempDir } from '../../helpers/tmp';

describe('migration 003 (policies)', () => {
  it('adds policy tables to a version-2 vault and keeps its controls', () => {
    const db = openDatabase(path.join(tempDir(), 'v2.attest'), { create: true });
    migrate(db, { target: 2 });
    db.prepare(
      `INSERT INTO control (id, domain, name, description, frequency, control_type, mode, created_at, updated_at)
       VALUES ('AC-01', 'Access control', 'n', 'd', 'quarterly', 'preventive', 'manual', 'x', 'x')`,
    ).run();
    migrate(db, { target: 3 });
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT id FROM control').pluck().all()).toEqual(['AC-01']);
    db.prepare("INSERT INTO policy (id, title, created_at, updated_at) VALUES ('p', 'P', 'x', 'x')").run();
    db.prepare("INSERT INTO policy_control VALUES ('p', 'AC-01')").run();
    const version = (status: string, major: number) =>
      db
        .prepare(
          `INSERT INTO policy_version (policy_id, major, minor, status, body, body_sha256, created_at, updated_at)
           VALUES ('p', ?, 0, ?, 'text', 'h', 'x', 'x')`,
        )
        .run(major, status);
    version('draft', 1);
    // Only one version may be open for editing or review at a time.
    expect(() => version('in-review', 2)).toThrow(/UNIQUE/);
    // An approved version must carry its approver and date.
    expect(() => version('approved', 3)).toThrow(/CHECK/);
    db.close();
  });
});
