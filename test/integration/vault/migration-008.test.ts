import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/vault/database';
import { migrate, schemaVersion } from '../../../electron/vault/migrations/runner';
import { tempDir } from '../../helpers/tmp';

describe('migration 008 (self-check)', () => {
  it('adds check runs, the remediation plan and sample sizes, refusing malformed rows', () => {
    const db = openDatabase(path.join(tempDir(), 'v7.attest'), { create: true });
    migrate(db, { target: 7 });
    migrate(db, { target: 8 });
    expect(schemaVersion(db)).toBe(8);

    const run = db.prepare(
      `INSERT INTO check_run (as_of, ran_at, score, blockers, warnings, advice, result) VALUES (?, 'x', ?, 0, 0, 0, ?)`,
    );
    run.run('2026-07-01', 80, '{"findings":[]}');
    expect(() => run.run('July 1st', 80, '{}')).toThrow(/CHECK/);
    expect(() => run.run('2026-07-01', 101, '{}')).toThrow(/CHECK/);
    expect(() => run.run('2026-07-01', 50, 'not json')).toThrow(/CHECK/);

    const plan = db.prepare(
      'INSERT INTO remediation_item (finding_key, owner, due_date, updated_at) VALUES (?, ?, ?, ?)',
    );
    plan.run('control-owner:AC-01', 'Dana', '2026-08-01', 'x');
    expect(() => plan.run('control-owner:AC-02', '  ', '2026-08-01', 'x')).toThrow(/CHECK/);
    expect(() => plan.run('control-owner:AC-01', 'Dana', '2026-08-01', 'x')).toThrow(/UNIQUE/);

    const size = db.prepare('INSERT INTO check_sample_size (frequency, size) VALUES (?, ?)');
    size.run('daily', 30);
    expect(() => size.run('hourly', 3)).toThrow(/CHECK/);
    expect(() => size.run('weekly', 0)).toThrow(/CHECK/);
    db.close();
  });
});
