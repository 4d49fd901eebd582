import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/vault/database';
import { migrate, schemaVersion } from '../../../electron/vault/migrations/runner';
import { tempDir } from '../../helpers/tmp';

describe('migration 002 (controls)', () => {
  it('adds the control tables to a version-1 vault and keeps its data', () => {
    const db = openDatabase(path.join(tempDir(), 'v1.attest'), { create: true });
    migrate(db, { target: 1 });
    db.prepare(
      "INSERT INTO engagement (id, org_name, system_name, report_type, updated_at) VALUES (1, 'Old Co', 'Sys', 'type1', 'x')",
    ).run();
    migrate(db, { target: 2 });
    expect(schemaVersion(db)).toBe(2);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['control', 'control_criterion', 'criterion_exclusion']));
    expect(db.prepare('SELECT org_name FROM engagement').pluck().get()).toBe('Old Co');
    db.close();
  });

  it('refuses an empty not-applicable reason and a mapping to a missing control', () => {
    const db = openDatabase(path.join(tempDir(), 'v2.attest'), { create: true });
    migrate(db, { target: 2 });
    const insert = db.prepare(
      `INSERT INTO control (id, domain, name, description, frequency, control_type, mode, not_applicable_reason, created_at, updated_at)
       VALUES ('CU-01', 'Custom', 'n', 'd', 'annual', 'preventive', 'manual', ?, 'x', 'x')`,
    );
    expect(() => insert.run('   ')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO control_criterion VALUES ('NOPE-01', 'CC1.1')").run()).toThrow(/FOREIGN KEY/);
    insert.run(null);
    db.prepare("INSERT INTO control_criterion VALUES ('CU-01', 'CC1.1')").run();
    db.prepare("DELETE FROM control WHERE id = 'CU-01'").run();
    expect(db.prepare('SELECT count(*) FROM control_criterion').pluck().get()).toBe(0);
    db.close();
  });
});
