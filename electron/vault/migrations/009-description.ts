import type { Migration } from './types';

export const migration009: Migration = {
  version: 9,
  name: 'system description narratives and management assertion',
  up(db) {
    db.exec(`
      -- One description per vault: the narrative parts management writes, and who signs the assertion.
      CREATE TABLE description (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        services_provided TEXT NOT NULL DEFAULT '',
        not_applicable_notes TEXT NOT NULL DEFAULT '',
        signatory_name TEXT NOT NULL DEFAULT '',
        signatory_title TEXT NOT NULL DEFAULT '',
        -- NULL until management signs; a calendar date otherwise.
        signed_on TEXT CHECK (signed_on IS NULL OR (length(signed_on) = 10 AND signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- The structured lists: DC2 commitments (title = the commitment, detail = the system
      -- requirements that meet it) and the five DC3 component lists, each in the order shown.
      CREATE TABLE description_item (
        id INTEGER PRIMARY KEY,
        section TEXT NOT NULL CHECK (section IN ('commitment', 'infrastructure', 'software', 'people', 'procedures', 'data')),
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        detail TEXT NOT NULL DEFAULT '',
        UNIQUE (section, position)
      ) STRICT;
    `);
  },
};
