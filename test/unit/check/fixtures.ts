import { buildContext } from '../../../shared/check/context';
import type { Rule } from '../../../shared/check/rule';
import { DEFAULT_SAMPLE_SIZES } from '../../../shared/check/sample-sizes';
import type { CheckSnapshot, SnapshotControl, SnapshotEvidenceLink } from '../../../shared/check/types';

/** Monthly evidence on the 15th, twice a month, January to June 2026. */
export function monthlyEvidence(controlId: string): SnapshotEvidenceLink[] {
  const out: SnapshotEvidenceLink[] = [];
  for (let m = 1; m <= 6; m++) {
    for (const d of ['05', '20']) {
      out.push({
        controlId,
        effectiveDate: `2026-${String(m).padStart(2, '0')}-${d}`,
        validUntil: null,
        coversFrom: null,
        coversTo: null,
      });
    }
  }
  return out;
}

export function control(overrides: Partial<SnapshotControl> = {}): SnapshotControl {
  return {
    id: 'AC-01',
    name: 'Quarterly access review',
    owner: 'Dana Price',
    status: 'implemented',
    frequency: 'monthly',
    notApplicableReason: null,
    criteria: ['CC6.1'],
    ...overrides,
  };
}

/**
 * A healthy Type II vault (January to June 2026, checked on 10 July) with
 * one monthly control, its evidence, its approved policy and a clean
 * verification. Each test breaks one thing.
 */
export function snapshot(overrides: Partial<CheckSnapshot> = {}): CheckSnapshot {
  return {
    asOf: '2026-07-10',
    engagement: {
      orgName: 'Acme AI',
      systemName: 'Acme platform',
      reportType: 'type2',
      asOfDate: null,
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      categories: ['security'],
    },
    criterionExclusions: {},
    controls: [control()],
    evidence: [
      ...monthlyEvidence('AC-01'),
      { controlId: 'AC-01', effectiveDate: '2026-07-01', validUntil: null, coversFrom: null, coversTo: null },
    ],
    policies: [
      {
        id: 'access-control',
        title: 'Access Control Policy',
        owner: 'Dana Price',
        reviewCadenceMonths: 12,
        approvedOn: '2026-01-10',
        controls: ['AC-01'],
      },
    ],
    verification: { finishedAt: '2026-07-01T09:00:00.000Z', blobsChecked: 12, mismatches: 0, auditBrokenAt: null },
    sampleSizes: { ...DEFAULT_SAMPLE_SIZES },
    ...overrides,
  };
}

/** Runs one rule alone and returns its findings' keys and messages. */
export function run(rule: Rule, s: CheckSnapshot) {
  const outcome = rule.run(buildContext(s));
  return { ...outcome, keys: outcome.findings.map((f) => f.key), messages: outcome.findings.map((f) => f.message) };
}
