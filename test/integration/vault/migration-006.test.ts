import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/vault/database';
import { migrate, schemaVersion } from '../../../electron/vault/migrations/runner';
import { tempDir } from '../../helpers/tmp';

describe('migration 006 (risks, vendors, CUECs)', () => {
  it('adds the registers to a version-5 vault: scores are computed, bad values refused, links follow their rows', () => {
    const db = openDatabase(path.join(tempDir(), 'v5.attest'), { create: true });
    migrate(db, { target: 5 });
    db.prepare(
      `INSERT INTO control (id, domain, name, description, frequency, control_type, mode, created_at, updated_at)
       VALUES ('RA-01', 'Risk', 'Annual risk assessment', 'd', 'annual', 'detective', 'manual', 'x', 'x')`,
    ).run();
    migrate(db, { target: 6 });
    expect(schemaVersion(db)).toBe(6);

    const insertRisk = db.prepare(
      `INSERT INTO risk (title, category, likelihood, impact, residual_likelihood, residual_impact, treatment,
         created_at, updated_at) VALUES ('Model tampered', 'ai-model', ?, ?, ?, ?, ?, 'x', 'x')`,
    );
    const id = Number(insertRisk.run(4, 5, 2, 3, 'mitigate').lastInsertRowid);
    expect(db.prepare('SELECT inherent_score, residual_score FROM risk WHERE id = ?').get(id)).toEqual({
      inherent_score: 20,
      residual_score: 6,
    });
    expect(() => insertRisk.run(6, 1, null, null, null)).toThrow(/CHECK/);
    expect(() => insertRisk.run(3, 3, 2, null, null)).toThrow(/CHECK/); // residual half given
    expect(() => insertRisk.run(3, 3, null, null, 'ignore')).toThrow(/CHECK/);

    db.prepare("INSERT INTO risk_control (risk_id, control_id) VALUES (?, 'RA-01')").run(id);
    expect(() => db.prepare("INSERT INTO risk_control (risk_id, control_id) VALUES (?, 'XX-99')").run(id)).toThrow(
      /FOREIGN KEY/,
    );
    db.prepare('DELETE FROM risk WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM risk_control').pluck().get()).toBe(0);

    const insertVendor = db.prepare(
      `INSERT INTO vendor (name, kind, data_classification, criticality, subservice_method, soc_received_on,
         soc_reviewed_on, created_at, updated_at) VALUES (?, 'cloud-infrastructure', 'client-restricted', 'critical', ?, ?, ?, 'x', 'x')`,
    );
    const v = Number(insertVendor.run('Cloudly', 'carve-out', '2026-01-10', '2026-01-20').lastInsertRowid);
    expect(() => insertVendor.run('cloudly', null, null, null)).toThrow(/UNIQUE/); // names are case-insensitive
    expect(() => insertVendor.run('Other', 'partial', null, null)).toThrow(/CHECK/);
    expect(() => insertVendor.run('Other', null, null, '2026-01-20')).toThrow(/CHECK/); // reviewed, never received
    db.prepare("INSERT INTO vendor_csoc (vendor_id, position, text) VALUES (?, 0, 'Physical security')").run(v);
    db.prepare('DELETE FROM vendor WHERE id = ?').run(v);
    expect(db.prepare('SELECT count(*) FROM vendor_csoc').pluck().get()).toBe(0);

    expect(() =>
      db
        .prepare(
          "INSERT INTO risk_assessment (completed_on, performed_by, risk_count, recorded_at) VALUES ('2026-01-01', ' ', 3, 'x')",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO cuec (position, text, created_at, updated_at) VALUES (0, '', 'x', 'x')").run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
