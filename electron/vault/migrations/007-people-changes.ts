import type { Migration } from './types';

export const migration007: Migration = {
  version: 7,
  name: 'people, training and acknowledgements, change records',
  up(db) {
    db.exec(`
      CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        -- The key an HR export and Attest agree on: one person per address, whatever its case.
        email TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (email LIKE '%_@_%'),
        role TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL,
        -- NULL while the person still works here; set when they leave (a termination).
        end_date TEXT,
        -- NULL when no background check is on record.
        background_check_date TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_date IS NULL OR end_date >= start_date)
      ) STRICT;
      -- Hires and terminations in a period are range scans on these.
      CREATE INDEX person_by_start ON person (start_date);
      CREATE INDEX person_by_end ON person (end_date) WHERE end_date IS NOT NULL;

      -- A person read and accepted one approved version of a policy.
      CREATE TABLE policy_acknowledgement (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        policy_version_id INTEGER NOT NULL REFERENCES policy_version (id),
        acknowledged_on TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (person_id, policy_version_id)
      ) STRICT;
      CREATE INDEX policy_acknowledgement_by_version ON policy_acknowledgement (policy_version_id, person_id);

      CREATE TABLE training_record (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        course TEXT NOT NULL CHECK (length(trim(course)) > 0),
        completed_on TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX training_record_by_person ON training_record (person_id, completed_on);

      -- The light tier: model and prompt experiments that never reach clients as they are.
      CREATE TABLE experiment (
        id INTEGER PRIMARY KEY,
        what TEXT NOT NULL CHECK (length(trim(what)) > 0),
        who TEXT NOT NULL CHECK (length(trim(who)) > 0),
        -- Where the detail lives: a notebook, a tracker, a branch.
        tracked_in TEXT NOT NULL DEFAULT '',
        occurred_on TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX experiment_by_date ON experiment (occurred_on);

      -- The production tier: the population an auditor samples for CC8.1.
      CREATE TABLE change_record (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        ticket_ref TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL CHECK (length(trim(author)) > 0),
        reviewer TEXT NOT NULL DEFAULT '',
        approver TEXT NOT NULL DEFAULT '',
        -- Segregation of duties is warned about, not enforced: a two-person team
        -- sometimes has no one else. Derived here so no code path can forget it.
        approver_is_author INTEGER NOT NULL GENERATED ALWAYS AS (
          approver <> '' AND lower(trim(approver)) = lower(trim(author))
        ) STORED,
        test_evidence TEXT NOT NULL DEFAULT '',
        -- NULL while the change is not deployed yet; the population is chosen by this date.
        deployed_on TEXT,
        emergency INTEGER NOT NULL DEFAULT 0 CHECK (emergency IN (0, 1)),
        -- Significant changes are disclosed in a Type II system description (DC 200).
        significant INTEGER NOT NULL DEFAULT 0 CHECK (significant IN (0, 1)),
        significant_description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (significant = 0 OR length(trim(significant_description)) > 0)
      ) STRICT;
      CREATE INDEX change_record_by_deployed ON change_record (deployed_on);
      CREATE INDEX change_record_significant ON change_record (deployed_on) WHERE significant = 1;

      CREATE TABLE change_evidence (
        change_id INTEGER NOT NULL REFERENCES change_record (id) ON DELETE CASCADE,
        evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
        PRIMARY KEY (change_id, evidence_id)
      ) STRICT;
      CREATE INDEX change_evidence_by_evidence ON change_evidence (evidence_id);

      CREATE TABLE change_control (
        change_id INTEGER NOT NULL REFERENCES change_record (id) ON DELETE CASCADE,
        control_id TEXT NOT NULL REFERENCES control (id) ON DELETE CASCADE,
        PRIMARY KEY (change_id, control_id)
      ) STRICT;
      CREATE INDEX change_control_by_control ON change_control (control_id, change_id);
    `);
  },
};
