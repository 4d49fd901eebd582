import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/vault/database';
import { migrate, schemaVersion } from '../../../electron/vault/migrations/runner';
import { readDescription, writeDescription } from '../../../electron/vault/queries/description';
import { emptyDescription } from '../../../shared/domain/description';
import { tempDir } from '../../helpers/tmp';

describe('migration 009 (system description)', () => {
  it('adds the description tables to a version-8 vault; one description, listed items need a title, dates must look like dates', () => {
    const db = openDatabase(path.join(tempDir(), 'v8.attest'), { create: true });
    migrate(db, { target: 8 });
    migrate(db, { target: 9 });
    expect(schemaVersion(db)).toBe(9);
    // Before anything is saved, the description reads as empty.
    expect(readDescription(db)).toEqual(emptyDescription());

    const row = db.prepare(
      "INSERT INTO description (id, services_provided, signed_on, updated_at) VALUES (?, 'x', ?, 'now')",
    );
    expect(() => row.run(2, null)).toThrow(/CHECK/);
    expect(() => row.run(1, '30/06/2026')).toThrow(/CHECK/);
    row.run(1, '2026-06-30');
    const item = db.prepare('INSERT INTO description_item (section, position, title) VALUES (?, ?, ?)');
    expect(() => item.run('hardware', 0, 'Servers')).toThrow(/CHECK/);
    expect(() => item.run('software', 0, '  ')).toThrow(/CHECK/);
    item.run('software', 0, 'API');
    expect(() => item.run('software', 0, 'Other')).toThrow(/UNIQUE/);

    writeDescription(
      db,
      {
        servicesProvided: 'Models',
        commitments: [{ title: 'Uptime', detail: '99.5%' }],
        components: {
          infrastructure: [],
          software: [
            { title: 'B', detail: '' },
            { title: 'A', detail: '' },
          ],
          people: [],
          procedures: [],
          data: [],
        },
        notApplicableNotes: '',
        signatory: { name: 'N', title: 'T', date: '' },
      },
      'later',
    );
    const d = readDescription(db);
    expect(d.components.software.map((s) => s.title)).toEqual(['B', 'A']);
    expect(d.commitments).toEqual([{ title: 'Uptime', detail: '99.5%' }]);
    expect(d.signatory.date).toBe('');
    db.close();
  });
});
