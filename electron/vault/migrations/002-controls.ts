import type { Migration } from './types';

export const migration002: Migration = {
  version: 2,
  name: 'controls, their criteria mappings, and criteria marked not applicable',
  up(db) {
    db.exec(`
      CREATE TABLE control (
        id TEXT PRIMARY KEY,
        -- The library control this one was copied from; NULL for a custom control.
        library_id TEXT UNIQUE,
        domain TEXT NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        owner_role TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        frequency TEXT NOT NULL CHECK (
          frequency IN ('continuous', 'per-event', 'daily', 'weekly', 'monthly', 'quarterly', 'annual')
        ),
        control_type TEXT NOT NULL CHECK (control_type IN ('preventive', 'detective', 'corrective')),
        mode TEXT NOT NULL CHECK (mode IN ('manual', 'automated')),
        status TEXT NOT NULL DEFAULT 'not-started' CHECK (status IN ('not-started', 'in-progress', 'implemented')),
        -- Set means the control is marked not applicable; the reason is required.
        not_applicable_reason TEXT CHECK (not_applicable_reason IS NULL OR length(trim(not_applicable_reason)) > 0),
        suggested_evidence TEXT NOT NULL DEFAULT '[]',
        ai INTEGER NOT NULL DEFAULT 0 CHECK (ai IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE control_criterion (
        control_id TEXT NOT NULL REFERENCES control (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        PRIMARY KEY (control_id, criterion_id)
      ) STRICT;
      CREATE INDEX control_criterion_by_criterion ON control_criterion (criterion_id, control_id);

      CREATE TABLE criterion_exclusion (
        criterion_id TEXT PRIMARY KEY,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
