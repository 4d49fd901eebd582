import type { Migration } from './types';

export const migration005: Migration = {
  version: 5,
  name: 'incidents and access reviews',
  up(db) {
    db.exec(`
      -- Instants (occurred/detected/resolved/notified, timeline entries) are ISO 8601 UTC strings written by the
      -- service in one format (Date.toISOString), so text comparison orders them correctly.
      CREATE TABLE incident (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        severity TEXT NOT NULL CHECK (severity IN ('SEV1', 'SEV2', 'SEV3', 'SEV4')),
        category TEXT NOT NULL CHECK (category IN (
          'security', 'availability', 'processing-integrity', 'confidentiality', 'privacy',
          'ai-model-failure', 'ai-data-drift', 'ai-data-poisoning', 'ai-prompt-injection', 'ai-data-leakage',
          'ai-provider-outage')),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'contained', 'resolved', 'closed')),
        occurred_at TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        resolved_at TEXT,
        owner TEXT NOT NULL DEFAULT '',
        -- JSON arrays of names: free text, because incidents also hit systems outside the access inventory.
        affected_systems TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(affected_systems)),
        affected_clients TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(affected_clients)),
        description TEXT NOT NULL DEFAULT '',
        root_cause TEXT NOT NULL DEFAULT '',
        postmortem TEXT NOT NULL DEFAULT '',
        notification_required INTEGER NOT NULL DEFAULT 0 CHECK (notification_required IN (0, 1)),
        notified_at TEXT,
        notified_to TEXT NOT NULL DEFAULT '',
        -- Significant incidents feed the system description (DC 200 incident disclosure); the reason is required.
        significant INTEGER NOT NULL DEFAULT 0 CHECK (significant IN (0, 1)),
        significant_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (detected_at >= occurred_at),
        CHECK (resolved_at IS NULL OR resolved_at >= occurred_at),
        CHECK (status IN ('open', 'contained') OR resolved_at IS NOT NULL),
        CHECK ((significant = 1) = (significant_reason IS NOT NULL AND length(trim(significant_reason)) > 0)),
        CHECK (notification_required = 1 OR notified_at IS NULL)
      ) STRICT;
      CREATE INDEX incident_by_occurred ON incident (occurred_at);
      CREATE INDEX incident_significant ON incident (occurred_at) WHERE significant = 1;

      CREATE TABLE incident_timeline (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        entry TEXT NOT NULL CHECK (length(trim(entry)) > 0),
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX incident_timeline_by_incident ON incident_timeline (incident_id, at);

      CREATE TABLE incident_action (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
        description TEXT NOT NULL CHECK (length(trim(description)) > 0),
        owner TEXT NOT NULL CHECK (length(trim(owner)) > 0),
        due_date TEXT NOT NULL,
        completed_on TEXT,
        -- The control this action strengthens; kept as history if that control is later removed.
        control_id TEXT REFERENCES control (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX incident_action_by_incident ON incident_action (incident_id);
      CREATE INDEX incident_action_by_control ON incident_action (control_id) WHERE control_id IS NOT NULL;
      CREATE INDEX incident_action_open_by_due ON incident_action (due_date) WHERE completed_on IS NULL;

      -- The systems whose user accounts are reviewed.
      CREATE TABLE access_system (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        owner TEXT NOT NULL DEFAULT '',
        in_scope INTEGER NOT NULL DEFAULT 1 CHECK (in_scope IN (0, 1)),
        criticality TEXT NOT NULL DEFAULT 'medium' CHECK (criticality IN ('low', 'medium', 'high')),
        review_frequency TEXT NOT NULL DEFAULT 'quarterly' CHECK (
          review_frequency IN ('monthly', 'quarterly', 'semiannual', 'annual')),
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE access_review (
        id INTEGER PRIMARY KEY,
        system_id INTEGER NOT NULL REFERENCES access_system (id),
        -- The period whose access is being reviewed (inclusive calendar dates).
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        reviewer TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
        -- The calendar date the review was performed; it places the review in a frequency window.
        review_date TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'in-progress' CHECK (status IN ('in-progress', 'completed')),
        notes TEXT NOT NULL DEFAULT '',
        completed_at TEXT,
        -- SHA-256 of the canonical accounts-and-decisions snapshot taken at completion.
        snapshot_sha256 TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (period_start <= period_end),
        CHECK ((status = 'completed') = (completed_at IS NOT NULL AND snapshot_sha256 IS NOT NULL))
      ) STRICT;
      CREATE INDEX access_review_by_system ON access_review (system_id, review_date);
      CREATE INDEX access_review_by_date ON access_review (review_date);

      CREATE TABLE access_review_account (
        id INTEGER PRIMARY KEY,
        review_id INTEGER NOT NULL REFERENCES access_review (id) ON DELETE CASCADE,
        name TEXT NOT NULL DEFAULT '',
        -- Stored lower-cased: one account per email per review.
        email TEXT NOT NULL CHECK (length(trim(email)) > 0),
        role TEXT NOT NULL DEFAULT '',
        last_login TEXT,
        decision TEXT CHECK (decision IN ('keep', 'revoke', 'change-role')),
        reason TEXT NOT NULL DEFAULT '',
        new_role TEXT,
        remediation_note TEXT NOT NULL DEFAULT '',
        remediated_on TEXT,
        UNIQUE (review_id, email),
        CHECK (decision IN ('revoke', 'change-role') OR remediated_on IS NULL),
        CHECK (decision IS NULL OR decision = 'keep' OR length(trim(reason)) > 0),
        CHECK ((decision = 'change-role') = (new_role IS NOT NULL AND length(trim(new_role)) > 0) OR decision IS NULL)
      ) STRICT;

      -- Dated corrections to a completed review; the review itself never changes.
      CREATE TABLE access_review_addendum (
        id INTEGER PRIMARY KEY,
        review_id INTEGER NOT NULL REFERENCES access_review (id),
        added_on TEXT NOT NULL,
        author TEXT NOT NULL CHECK (length(trim(author)) > 0),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX access_review_addendum_by_review ON access_review_addendum (review_id);

      -- A completed review is the snapshot the auditor samples: the database refuses to change or delete it,
      -- its accounts or its addenda, whatever code path tries. Only the follow-up (remediation completion) of a
      -- revoke or role change may be recorded afterwards, once.
      CREATE TRIGGER access_review_completed_immutable
      BEFORE UPDATE ON access_review
      WHEN OLD.status = 'completed'
      BEGIN
        SELECT RAISE(ABORT, 'A completed access review cannot be changed');
      END;

      CREATE TRIGGER access_review_completed_kept
      BEFORE DELETE ON access_review
      WHEN OLD.status = 'completed'
      BEGIN
        SELECT RAISE(ABORT, 'A completed access review cannot be deleted');
      END;

      CREATE TRIGGER access_review_account_locked_insert
      BEFORE INSERT ON access_review_account
      WHEN (SELECT status FROM access_review WHERE id = NEW.review_id) = 'completed'
      BEGIN
        SELECT RAISE(ABORT, 'A completed access review cannot be changed');
      END;

      CREATE TRIGGER access_review_account_locked_delete
      BEFORE DELETE ON access_review_account
      WHEN (SELECT status FROM access_review WHERE id = OLD.review_id) = 'completed'
      BEGIN
        SELECT RAISE(ABORT, 'A completed access review cannot be changed');
      END;

      CREATE TRIGGER access_review_account_locked_update
      BEFORE UPDATE ON access_review_account
      WHEN (SELECT status FROM access_review WHERE id = OLD.review_id) = 'completed' AND (
        NEW.review_id IS NOT OLD.review_id OR NEW.name IS NOT OLD.name OR NEW.email IS NOT OLD.email
        OR NEW.role IS NOT OLD.role OR NEW.last_login IS NOT OLD.last_login OR NEW.decision IS NOT OLD.decision
        OR NEW.reason IS NOT OLD.reason OR NEW.new_role IS NOT OLD.new_role
        OR OLD.remediated_on IS NOT NULL OR NEW.remediated_on IS NULL
      )
      BEGIN
        SELECT RAISE(ABORT, 'A completed access review cannot be changed');
      END;

      CREATE TRIGGER access_review_addendum_only_completed
      BEFORE INSERT ON access_review_addendum
      WHEN (SELECT status FROM access_review WHERE id = NEW.review_id) IS NOT 'completed'
      BEGIN
        SELECT RAISE(ABORT, 'Addenda are for completed access reviews; edit an open review directly');
      END;

      CREATE TRIGGER access_review_addendum_immutable
      BEFORE UPDATE ON access_review_addendum
      BEGIN
        SELECT RAISE(ABORT, 'An access review addendum cannot be changed');
      END;

      CREATE TRIGGER access_review_addendum_kept
      BEFORE DELETE ON access_review_addendum
      BEGIN
        SELECT RAISE(ABORT, 'An access review addendum cannot be deleted');
      END;
    `);
  },
};
