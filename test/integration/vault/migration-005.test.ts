import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/vault/database';
import { migrate, schemaVersion } from '../../../electron/vault/migrations/runner';
import { tempDir } from '../../helpers/tmp';

function v5(): Db {
  const db = openDatabase(path.join(tempDir(), 'v4.attest'), { create: true });
  migrate(db, { target: 4 });
  migrate(db, { target: 5 });
  expect(schemaVersion(db)).toBe(5);
  return db;
}

const T = '2026-03-01T10:00:00.000Z';

describe('migration 005 (incidents and access reviews)', () => {
  it('checks incidents: a resolved one needs a resolution time, a significant one needs a reason', () => {
    const db = v5();
    const insert = db.prepare(
      `INSERT INTO incident (title, severity, category, status, occurred_at, detected_at, resolved_at,
         significant, significant_reason, created_at, updated_at)
       VALUES ('Outage', ?, 'availability', ?, ?, ?, ?, ?, ?, 'x', 'x')`,
    );
    expect(() => insert.run('SEV5', 'open', T, T, null, 0, null)).toThrow(/CHECK/);
    expect(() => insert.run('SEV2', 'resolved', T, T, null, 0, null)).toThrow(/CHECK/);
    expect(() => insert.run('SEV2', 'open', T, '2026-02-01T00:00:00.000Z', null, 0, null)).toThrow(/CHECK/);
    expect(() => insert.run('SEV2', 'open', T, T, null, 1, '  ')).toThrow(/CHECK/);
    insert.run('SEV2', 'closed', T, T, T, 1, 'Customer data exposed');
    db.close();
  });

  it('locks a completed access review, its accounts and addenda, but lets a remediation date be recorded once', () => {
    const db = v5();
    db.prepare("INSERT INTO access_system (name, created_at, updated_at) VALUES ('GitHub', 'x', 'x')").run();
    expect(() =>
      db.prepare("INSERT INTO access_system (name, created_at, updated_at) VALUES ('github', 'x', 'x')").run(),
    ).toThrow(/UNIQUE/);
    db.prepare(
      `INSERT INTO access_review (system_id, period_start, period_end, reviewer, review_date, created_at, updated_at)
       VALUES (1, '2026-01-01', '2026-03-31', 'Dana', '2026-04-02', 'x', 'x')`,
    ).run();
    const account = db.prepare(
      'INSERT INTO access_review_account (review_id, email, decision, reason) VALUES (1, ?, ?, ?)',
    );
    account.run('a@x.test', 'keep', '');
    account.run('b@x.test', 'revoke', 'Left the company');
    expect(() => account.run('c@x.test', 'revoke', '')).toThrow(/CHECK/);
    expect(() => account.run('a@x.test', 'keep', '')).toThrow(/UNIQUE/);
    const addendum = db.prepare(
      "INSERT INTO access_review_addendum (review_id, added_on, author, text, created_at) VALUES (1, '2026-05-01', 'Dana', 'Fix', 'x')",
    );
    expect(() => addendum.run()).toThrow(/completed access reviews/);

    db.prepare(
      "UPDATE access_review SET status = 'completed', completed_at = 'now', snapshot_sha256 = 'abc' WHERE id = 1",
    ).run();
    expect(() => db.prepare("UPDATE access_review SET reviewer = 'Eve' WHERE id = 1").run()).toThrow(
      /cannot be changed/,
    );
    expect(() => db.prepare('DELETE FROM access_review WHERE id = 1').run()).toThrow(/cannot be deleted/);
    expect(() => account.run('d@x.test', 'keep', '')).toThrow(/cannot be changed/);
    expect(() =>
      db.prepare("UPDATE access_review_account SET decision = 'revoke', reason = 'r' WHERE id = 1").run(),
    ).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM access_review_account WHERE id = 1').run()).toThrow(/cannot be changed/);

    const remediate = db.prepare(
      "UPDATE access_review_account SET remediated_on = ?, remediation_note = 'done' WHERE id = 2",
    );
    remediate.run('2026-04-05');
    expect(() => remediate.run('2026-04-09')).toThrow(/cannot be changed/);

    addendum.run();
    expect(() => db.prepare("UPDATE access_review_addendum SET text = 'y'").run()).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM access_review_addendum').run()).toThrow(/cannot be deleted/);
    db.close();
  });
});
