import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/vault/database';
import { migrate, schemaVersion } from '../../../electron/vault/migrations/runner';
import { tempDir } from '../../helpers/tmp';

describe('migration 007 (people, training, change records)', () => {
  it('adds the people and change tables to a version-6 vault, keeping what was there', () => {
    const db = openDatabase(path.join(tempDir(), 'v6.attest'), { create: true });
    migrate(db, { target: 6 });
    db.prepare(
      "INSERT INTO policy (id, title, created_at, updated_at) VALUES ('access-control', 'Access control', 'x', 'x')",
    ).run();
    db.prepare(
      `INSERT INTO policy_version (policy_id, major, minor, status, body, body_sha256, created_at, updated_at,
         approver_name, approved_on) VALUES ('access-control', 1, 0, 'approved', 'b', 'h', 'x', 'x', 'Maya', '2026-01-05')`,
    ).run();
    migrate(db, { target: 7 });
    expect(schemaVersion(db)).toBe(7);
    expect(db.prepare('SELECT count(*) FROM policy_version').pluck().get()).toBe(1);
    db.close();
  });

  it('keeps one person per email whatever its case, and a leaving date not before the start', () => {
    const db = openDatabase(path.join(tempDir(), 'p.attest'), { create: true });
    migrate(db, { target: 7 });
    const insert = db.prepare(
      `INSERT INTO person (name, email, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')`,
    );
    insert.run('Ada', 'ada@example.com', '2026-01-01', null);
    expect(() => insert.run('Ada again', 'ADA@example.com', '2026-02-01', null)).toThrow(/UNIQUE/);
    expect(() => insert.run('Bo', 'bo@example.com', '2026-03-01', '2026-02-01')).toThrow(/CHECK/);
    expect(() => insert.run('Cy', 'not-an-email', '2026-03-01', null)).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO policy_acknowledgement (person_id, policy_version_id, acknowledged_on, created_at) VALUES (1, 99, '2026-01-02', 'x')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('flags a change approved by its author in the data, and requires a description for a significant change', () => {
    const db = openDatabase(path.join(tempDir(), 'c.attest'), { create: true });
    migrate(db, { target: 7 });
    const insert = db.prepare(
      `INSERT INTO change_record (title, author, approver, significant, significant_description, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'x', 'x')`,
    );
    const same = insert.run('A', 'Tomás Novak', ' tomás novak ', 0, '').lastInsertRowid;
    const other = insert.run('B', 'Tomás Novak', 'Daniel Reyes', 0, '').lastInsertRowid;
    const unapproved = insert.run('C', 'Tomás Novak', '', 0, '').lastInsertRowid;
    const flag = db.prepare('SELECT approver_is_author FROM change_record WHERE id = ?').pluck();
    expect([flag.get(same), flag.get(other), flag.get(unapproved)]).toEqual([1, 0, 0]);
    expect(() => insert.run('D', 'Tomás Novak', 'Daniel Reyes', 1, ' ')).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO change_control (change_id, control_id) VALUES (?, 'NOPE')").run(other),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
