import type { Migration } from './types';

export const migration008: Migration = {
  version: 8,
  name: 'self-check runs and remediation plan',
  up(db) {
    db.exec(`
      -- One row per self-check run: the figures the dashboard trend reads, and the full result.
      CREATE TABLE check_run (
        id INTEGER PRIMARY KEY,
        as_of TEXT NOT NULL CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        ran_at TEXT NOT NULL,
        score REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
        blockers INTEGER NOT NULL CHECK (blockers >= 0),
        warnings INTEGER NOT NULL CHECK (warnings >= 0),
        advice INTEGER NOT NULL CHECK (advice >= 0),
        duration_ms INTEGER NOT NULL DEFAULT 0,
        -- The CheckResult as JSON: scores, rule summaries and every finding.
        result TEXT NOT NULL CHECK (json_valid(result))
      ) STRICT;
      CREATE INDEX check_run_by_time ON check_run (ran_at);

      -- The remediation plan: who fixes a finding and by when, keyed by the finding's stable key,
      -- so an assignment survives re-runs while the problem persists.
      CREATE TABLE remediation_item (
        finding_key TEXT PRIMARY KEY CHECK (length(finding_key) BETWEEN 3 AND 300),
        owner TEXT NOT NULL CHECK (length(trim(owner)) > 0),
        due_date TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Sample sizes the owner changed; a frequency without a row uses the default.
      -- Set-based lookups the self-check makes on registers of earlier migrations: accounts of people who
      -- left (matched by email) and access removals not yet carried out.
      CREATE INDEX access_review_account_by_email ON access_review_account (email);
      CREATE INDEX access_review_account_open_remediation ON access_review_account (review_id)
        WHERE decision IN ('revoke', 'change-role') AND remediated_on IS NULL;

      CREATE TABLE check_sample_size (
        frequency TEXT PRIMARY KEY CHECK (frequency IN ('annual', 'quarterly', 'monthly', 'weekly', 'daily')),
        size INTEGER NOT NULL CHECK (size BETWEEN 1 AND 366)
      ) STRICT;
    `);
  },
};
