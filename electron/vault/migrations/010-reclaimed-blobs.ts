import type { Migration } from './types';

export const migration010: Migration = {
  version: 10,
  name: 'bytes of removed evidence can be reclaimed',
  up(db) {
    db.exec(`
      -- Set when compaction deleted the chunks of a blob that only removed evidence
      -- items refer to: the row (fingerprint and size) stays so that those items
      -- still say what they were; the bytes are gone. Attaching the same bytes
      -- again stores them anew and clears it.
      ALTER TABLE blob ADD COLUMN reclaimed_at TEXT CHECK (reclaimed_at IS NULL OR state = 'ready');
    `);
  },
};
