import type { Migration } from './types';

export const migration011: Migration = {
  version: 11,
  name: 'status-change entries on an incident timeline are kept',
  up(db) {
    db.exec(`
      -- 1 for an entry Attest wrote when the incident's status changed: part of the
      -- incident's history, which the database refuses to delete.
      ALTER TABLE incident_timeline ADD COLUMN automatic INTEGER NOT NULL DEFAULT 0 CHECK (automatic IN (0, 1));

      -- Entries written before this version: Attest's own carry no author, the
      -- instant they were stored and its wording.
      UPDATE incident_timeline SET automatic = 1
       WHERE author = '' AND at = created_at
         AND (entry LIKE 'Status changed from %' OR entry LIKE 'Status confirmed as %');

      CREATE TRIGGER incident_timeline_automatic_kept BEFORE DELETE ON incident_timeline
      WHEN OLD.automatic = 1
      BEGIN
        SELECT RAISE(ABORT, 'A status-change entry written by Attest stays on the incident timeline');
      END;
      CREATE TRIGGER incident_timeline_automatic_fixed BEFORE UPDATE ON incident_timeline
      WHEN OLD.automatic = 1
      BEGIN
        SELECT RAISE(ABORT, 'A status-change entry written by Attest cannot be changed');
      END;
    `);
  },
};
