import { DEFAULT_SAMPLE_SIZES, type SampleSizes } from '../../shared/check/sample-sizes';
import type { CheckSnapshot } from '../../shared/check/types';
import { descriptionGaps } from '../../shared/domain/description';
import * as q from '../vault/queries/check';
import * as r from '../vault/queries/check-registers';
import { readDescription } from '../vault/queries/description';
import { getCategories, getEngagement } from '../vault/queries/engagement';
import type { Vault } from '../vault/vault';

export function sampleSizes(vault: Vault): SampleSizes {
  return { ...DEFAULT_SAMPLE_SIZES, ...q.sampleSizeOverrides(vault.db) };
}

/** The registers other areas keep; a table this vault does not have leaves its section out (its rules skip). */
function registers(vault: Vault, asOf: string): Partial<CheckSnapshot> {
  const db = vault.db;
  const has = (...tables: string[]) => tables.every((t) => q.hasTable(db, t));
  const out: Partial<CheckSnapshot> = {};
  if (has('incident', 'incident_timeline')) out.incidents = r.snapshotIncidents(db, asOf);
  if (has('access_system', 'access_review', 'access_review_account')) {
    out.systems = r.snapshotSystems(db);
    out.accessReviews = r.snapshotAccessReviews(db);
  }
  if (has('person', 'training_record')) out.people = r.snapshotPeople(db, asOf);
  if (out.accessReviews && out.people) out.leaverAccounts = r.snapshotLeaverAccounts(db);
  if (has('risk', 'risk_assessment')) {
    out.risks = r.snapshotRisks(db);
    out.riskAssessments = r.snapshotRiskAssessments(db);
  }
  if (has('vendor', 'vendor_csoc')) out.vendors = r.snapshotVendors(db);
  if (has('change_record')) out.changes = r.snapshotChanges(db);
  if (has('description', 'description_item')) out.descriptionGaps = descriptionGaps(readDescription(db));
  return out;
}

/**
 * Everything the rules read, in a handful of set-based queries (no query per
 * control or per item), inside one read transaction so the picture is consistent.
 */
export function loadSnapshot(vault: Vault, asOf: string): CheckSnapshot {
  return vault.db.transaction(() => {
    const engagement = getEngagement(vault.db);
    return {
      asOf,
      engagement: engagement
        ? {
            orgName: engagement.orgName,
            systemName: engagement.systemName,
            reportType: engagement.reportType,
            asOfDate: engagement.asOfDate,
            periodStart: engagement.periodStart,
            periodEnd: engagement.periodEnd,
            categories: getCategories(vault.db),
          }
        : null,
      criterionExclusions: q.snapshotExclusions(vault.db),
      controls: q.snapshotControls(vault.db),
      evidence: q.snapshotEvidence(vault.db),
      policies: q.snapshotPolicies(vault.db),
      verification: q.lastVerificationRun(vault.db),
      sampleSizes: sampleSizes(vault),
      ...registers(vault, asOf),
    };
  })();
}
