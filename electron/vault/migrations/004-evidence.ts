import type { Migration } from './types';

export const migration004: Migration = {
  version: 4,
  name: 'evidence items linked to controls, and integrity verification runs',
  up(db) {
    db.exec(`
      CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        blob_sha256 TEXT NOT NULL REFERENCES blob (sha256),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL CHECK (type IN (
          'policy-document', 'configuration-screenshot', 'system-export', 'ticket', 'log-extract', 'scan-report',
          'pentest-report', 'training-record', 'meeting-minutes', 'vendor-report', 'other')),
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        collected_at TEXT NOT NULL,
        -- The date the evidence speaks for; it decides which audit-period bucket it fills.
        effective_date TEXT NOT NULL,
        covers_from TEXT,
        covers_to TEXT,
        source TEXT NOT NULL DEFAULT 'manual',
        owner TEXT NOT NULL DEFAULT '',
        -- Set only when the owner overrides the date derived from the controls' frequency.
        valid_until TEXT,
        deleted_at TEXT,
        deleted_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((deleted_at IS NULL) = (deleted_reason IS NULL)),
        CHECK (covers_from IS NULL OR covers_to IS NULL OR covers_from <= covers_to)
      ) STRICT;
      CREATE INDEX evidence_by_blob ON evidence (blob_sha256);
      CREATE INDEX evidence_by_effective ON evidence (effective_date) WHERE deleted_at IS NULL;

      CREATE TABLE evidence_control (
        evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
        control_id TEXT NOT NULL REFERENCES control (id) ON DELETE CASCADE,
        PRIMARY KEY (evidence_id, control_id)
      ) STRICT;
      CREATE INDEX evidence_control_by_control ON evidence_control (control_id, evidence_id);

      CREATE TABLE verification_run (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        blobs_checked INTEGER NOT NULL,
        bytes_checked INTEGER NOT NULL,
        mismatches INTEGER NOT NULL,
        audit_entries INTEGER NOT NULL,
        audit_broken_at INTEGER,
        details TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
    `);
  },
};
