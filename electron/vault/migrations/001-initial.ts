import type { Migration } from './types';

export const migration001: Migration = {
  version: 1,
  name: 'initial: meta, audit trail, engagement, blob store',
  up(db) {
    db.exec(`
      CREATE TABLE vault_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- Append-only; each row's hash covers the previous row's hash, so any
      -- edit or deletion in the middle is detectable by attest verify.
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operation TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        summary TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;

      CREATE TABLE engagement (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        org_name TEXT NOT NULL,
        system_name TEXT NOT NULL,
        report_type TEXT NOT NULL CHECK (report_type IN ('type1', 'type2')),
        as_of_date TEXT,
        period_start TEXT,
        period_end TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE engagement_category (
        category TEXT PRIMARY KEY CHECK (
          category IN ('security', 'availability', 'processing-integrity', 'confidentiality', 'privacy')
        )
      ) STRICT;

      -- Content-addressed bytes. A blob is 'pending' while its chunks stream
      -- in; only 'ready' blobs have a sha256 and may be referenced.
      CREATE TABLE blob (
        id INTEGER PRIMARY KEY,
        sha256 TEXT UNIQUE,
        size INTEGER NOT NULL DEFAULT 0,
        chunk_size INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'ready')),
        writer_pid INTEGER,
        created_at TEXT NOT NULL,
        CHECK ((state = 'ready') = (sha256 IS NOT NULL))
      ) STRICT;

      CREATE TABLE blob_chunk (
        blob_id INTEGER NOT NULL REFERENCES blob (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (blob_id, idx)
      ) STRICT;
    `);
  },
};
