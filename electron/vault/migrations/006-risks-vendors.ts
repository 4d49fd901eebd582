import type { Migration } from './types';

export const migration006: Migration = {
  version: 6,
  name: 'risk register, vendors and subservice organizations, CUECs',
  up(db) {
    db.exec(`
      CREATE TABLE risk (
        id INTEGER PRIMARY KEY,
        -- The starter risk this one was adopted from; NULL for a risk the owner wrote.
        starter_key TEXT UNIQUE,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (category IN (
          'ai-model', 'client-data', 'security', 'third-party', 'availability', 'people', 'fraud', 'compliance')),
        likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
        impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
        inherent_score INTEGER GENERATED ALWAYS AS (likelihood * impact) STORED,
        -- After the linked controls; both NULL until the owner has assessed them.
        residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 5),
        residual_impact INTEGER CHECK (residual_impact BETWEEN 1 AND 5),
        residual_score INTEGER GENERATED ALWAYS AS (residual_likelihood * residual_impact) STORED,
        treatment TEXT CHECK (treatment IN ('mitigate', 'accept', 'transfer', 'avoid')),
        treatment_rationale TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        last_reviewed TEXT,
        next_review TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((residual_likelihood IS NULL) = (residual_impact IS NULL)),
        CHECK (last_reviewed IS NULL OR next_review IS NULL OR next_review >= last_reviewed)
      ) STRICT;
      CREATE INDEX risk_by_residual ON risk (residual_score);

      CREATE TABLE risk_control (
        risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
        control_id TEXT NOT NULL REFERENCES control (id) ON DELETE CASCADE,
        PRIMARY KEY (risk_id, control_id)
      ) STRICT;
      CREATE INDEX risk_control_by_control ON risk_control (control_id, risk_id);

      -- Each time management completes a risk assessment of the whole register (CC3.2, yearly at least).
      CREATE TABLE risk_assessment (
        id INTEGER PRIMARY KEY,
        completed_on TEXT NOT NULL,
        performed_by TEXT NOT NULL CHECK (length(trim(performed_by)) > 0),
        notes TEXT NOT NULL DEFAULT '',
        -- How many risks the register held when the assessment was recorded.
        risk_count INTEGER NOT NULL CHECK (risk_count >= 0),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX risk_assessment_by_date ON risk_assessment (completed_on);

      CREATE TABLE vendor (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        service TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN (
          'cloud-infrastructure', 'ai-provider', 'data-provider', 'subcontractor', 'saas-tool')),
        data_shared TEXT NOT NULL DEFAULT '',
        data_classification TEXT NOT NULL CHECK (data_classification IN (
          'none', 'public', 'internal', 'confidential', 'client-restricted')),
        criticality TEXT NOT NULL CHECK (criticality IN ('low', 'medium', 'high', 'critical')),
        owner TEXT NOT NULL DEFAULT '',
        -- NULL: not a subservice organization; otherwise how the report treats it (DC7).
        subservice_method TEXT CHECK (subservice_method IN ('carve-out', 'inclusive')),
        soc_report_type TEXT CHECK (soc_report_type IN ('type1', 'type2')),
        soc_received_on TEXT,
        soc_period_from TEXT,
        soc_period_to TEXT,
        soc_reviewed_on TEXT,
        -- NULL until the report is reviewed; 1 when the auditor of the vendor noted exceptions.
        soc_exceptions INTEGER CHECK (soc_exceptions IN (0, 1)),
        soc_notes TEXT NOT NULL DEFAULT '',
        last_reviewed TEXT,
        next_review TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (soc_period_from IS NULL OR soc_period_to IS NULL OR soc_period_from <= soc_period_to),
        CHECK (soc_reviewed_on IS NULL OR soc_received_on IS NOT NULL)
      ) STRICT;
      CREATE INDEX vendor_by_next_review ON vendor (next_review);

      -- Complementary subservice organization controls: what the report assumes the vendor does.
      CREATE TABLE vendor_csoc (
        vendor_id INTEGER NOT NULL REFERENCES vendor (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        PRIMARY KEY (vendor_id, position)
      ) STRICT;

      CREATE TABLE vendor_control (
        vendor_id INTEGER NOT NULL REFERENCES vendor (id) ON DELETE CASCADE,
        control_id TEXT NOT NULL REFERENCES control (id) ON DELETE CASCADE,
        PRIMARY KEY (vendor_id, control_id)
      ) STRICT;
      CREATE INDEX vendor_control_by_control ON vendor_control (control_id, vendor_id);

      -- The vendor's assurance report and related files, kept as evidence items.
      CREATE TABLE vendor_evidence (
        vendor_id INTEGER NOT NULL REFERENCES vendor (id) ON DELETE CASCADE,
        evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
        PRIMARY KEY (vendor_id, evidence_id)
      ) STRICT;
      CREATE INDEX vendor_evidence_by_evidence ON vendor_evidence (evidence_id, vendor_id);

      -- Complementary user entity controls: what clients must do themselves (DC6). One system per vault.
      CREATE TABLE cuec (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL CHECK (position >= 0),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE cuec_criterion (
        cuec_id INTEGER NOT NULL REFERENCES cuec (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        PRIMARY KEY (cuec_id, criterion_id)
      ) STRICT;
    `);
  },
};
