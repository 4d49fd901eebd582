import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/vault/database';
import { migrate, schemaVersion } from '../../../electron/vault/migrations/runner';
import { tempDir } from '../../helpers/tmp';

describe('migration 011 (status-change timeline entries kept)', () => {
  it('marks the status entries Attest wrote before it, and the database then refuses to delete or edit them', () => {
    const db = openDatabase(path.join(tempDir(), 'v10.attest'), { create: true });
    migrate(db, { target: 10 });
    db.prepare(
      `INSERT INTO incident (id, title, severity, category, status, occurred_at, detected_at, created_at, updated_at)
       VALUES (1, 'Outage', 'SEV2', 'availability', 'open', '2026-03-01T10:00:00Z', '2026-03-01T10:05:00Z', 'x', 'x')`,
    ).run();
    const entry = db.prepare(
      'INSERT INTO incident_timeline (incident_id, at, entry, author, created_at) VALUES (1, ?, ?, ?, ?)',
    );
    const stamp = '2026-03-01T12:00:00.000Z';
    entry.run(stamp, 'Status changed from Open to Resolved', '', stamp); // Attest's
    entry.run('2026-03-01T11:00:00Z', 'Status changed from Open to Resolved', 'Dana', stamp); // typed by Dana
    entry.run(stamp, 'Failover started', '', stamp); // someone's note without an author
    migrate(db, { target: 11 });
    expect(schemaVersion(db)).toBe(11);
    expect(db.prepare('SELECT entry, author, automatic FROM incident_timeline ORDER BY id').raw().all()).toEqual([
      ['Status changed from Open to Resolved', '', 1],
      ['Status changed from Open to Resolved', 'Dana', 0],
      ['Failover started', '', 0],
    ]);
    expect(() => db.prepare('DELETE FROM incident_timeline WHERE id = 1').run()).toThrow(/stays on the incident/);
    expect(() => db.prepare("UPDATE incident_timeline SET entry = 'x' WHERE id = 1").run()).toThrow(
      /cannot be changed/,
    );
    db.prepare('DELETE FROM incident_timeline WHERE id IN (2, 3)').run();
    expect(db.prepare('SELECT count(*) FROM incident_timeline').pluck().get()).toBe(1);
    db.close();
  });
});
