import type { Migration } from './types';

export const migration003: Migration = {
  version: 3,
  name: 'policies, their versions (approved ones immutable) and the controls they support',
  up(db) {
    db.exec(`
      CREATE TABLE policy (
        id TEXT PRIMARY KEY,
        template_id TEXT,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        owner TEXT NOT NULL DEFAULT '',
        review_cadence_months INTEGER NOT NULL DEFAULT 12 CHECK (review_cadence_months BETWEEN 1 AND 36),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE policy_version (
        id INTEGER PRIMARY KEY,
        policy_id TEXT NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
        major INTEGER NOT NULL CHECK (major >= 0),
        minor INTEGER NOT NULL CHECK (minor >= 0),
        status TEXT NOT NULL CHECK (status IN ('draft', 'in-review', 'approved', 'superseded')),
        body TEXT NOT NULL,
        body_sha256 TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        change_summary TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        submitted_at TEXT,
        approver_name TEXT,
        approver_title TEXT,
        approved_on TEXT,
        approval_note TEXT,
        effective_date TEXT,
        UNIQUE (policy_id, major, minor),
        CHECK ((status IN ('approved', 'superseded')) = (approved_on IS NOT NULL AND approver_name IS NOT NULL))
      ) STRICT;
      -- One version open for editing or review at a time.
      CREATE UNIQUE INDEX policy_version_one_open ON policy_version (policy_id) WHERE status IN ('draft', 'in-review');

      -- What was approved is what the auditor samples: the database itself
      -- refuses to change or delete it, whatever code path tries.
      CREATE TRIGGER policy_version_approved_immutable
      BEFORE UPDATE ON policy_version
      WHEN OLD.status IN ('approved', 'superseded') AND (
        NEW.body IS NOT OLD.body OR NEW.body_sha256 IS NOT OLD.body_sha256 OR NEW.major IS NOT OLD.major
        OR NEW.minor IS NOT OLD.minor OR NEW.approver_name IS NOT OLD.approver_name
        OR NEW.approver_title IS NOT OLD.approver_title OR NEW.approved_on IS NOT OLD.approved_on
        OR NEW.approval_note IS NOT OLD.approval_note OR NEW.effective_date IS NOT OLD.effective_date
        OR NEW.policy_id IS NOT OLD.policy_id
        OR NOT (NEW.status = OLD.status OR (OLD.status = 'approved' AND NEW.status = 'superseded'))
      )
      BEGIN
        SELECT RAISE(ABORT, 'An approved policy version cannot be changed');
      END;

      CREATE TRIGGER policy_version_approved_kept
      BEFORE DELETE ON policy_version
      WHEN OLD.status IN ('approved', 'superseded')
      BEGIN
        SELECT RAISE(ABORT, 'An approved policy version cannot be deleted');
      END;

      CREATE TABLE policy_control (
        policy_id TEXT NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
        control_id TEXT NOT NULL REFERENCES control (id) ON DELETE CASCADE,
        PRIMARY KEY (policy_id, control_id)
      ) STRICT;
      CREATE INDEX policy_control_by_control ON policy_control (control_id);
    `);
  },
};
