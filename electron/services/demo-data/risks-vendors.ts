import { addDaysToDate, addMonthsToDate } from '../../../shared/domain/dates';
import { SUGGESTED_CUECS } from '../../../shared/domain/cuecs';
import { RISK_CATEGORIES, TREATMENTS, type RiskFields } from '../../../shared/domain/risks';
import { CRITICALITIES, DATA_CLASSES, VENDOR_KINDS, type VendorFields } from '../../../shared/domain/vendors';
import { existingControlIds } from '../../vault/queries/controls';
import * as rq from '../../vault/queries/risks';
import * as vq from '../../vault/queries/vendors';
import type { Vault } from '../../vault/vault';
import { saveCuecs } from '../cuecs';
import type { DemoSize } from './fernhill';
import { addStarterRisks, createRisk, listRisks, recordRiskAssessment, updateRisk } from '../risks';
import { createVendor } from '../vendors';

/** The demo's risks, vendors, subservice organizations and CUECs: a realistic mix, with the gaps a real agency has; `large` at benchmark scale. */
export function demoRisksVendors(vault: Vault, size: DemoSize): void {
  demoRisks(vault);
  demoVendors(vault);
  saveCuecs(vault, { cuecs: SUGGESTED_CUECS.map((c) => ({ text: c.text, criteria: [...c.criteria] })) });
  if (size === 'large') bulk(vault, 300, 300);
}

/** How Fernhill assessed each starter risk: residual after its controls, treatment, owner. */
const ASSESSED: Record<
  string,
  { residual: [number, number]; treatment: RiskFields['treatment']; rationale: string; owner: string }
> = {
  'model-compromise': {
    residual: [1, 5],
    treatment: 'mitigate',
    rationale: 'Only the pipeline can deploy; model changes need a second approver.',
    owner: 'Aisha Rahman',
  },
  'data-poisoning': {
    residual: [1, 4],
    treatment: 'mitigate',
    rationale: 'Ingestion checks and lineage for every training set.',
    owner: 'Aisha Rahman',
  },
  'adversarial-inputs': {
    residual: [2, 3],
    treatment: 'mitigate',
    rationale: 'Input filtering, output validation and red-team tests before release.',
    owner: 'Aisha Rahman',
  },
  'incorrect-outputs': {
    residual: [2, 3],
    treatment: 'mitigate',
    rationale: 'Drift monitoring with thresholds; human review of high-impact outputs.',
    owner: 'Aisha Rahman',
  },
  'training-leakage': {
    residual: [1, 5],
    treatment: 'mitigate',
    rationale: 'One model per client; no cross-client training.',
    owner: 'Daniel Reyes',
  },
  'prompt-leakage': {
    residual: [2, 4],
    treatment: 'mitigate',
    rationale: 'Approved AI tools only, under zero-retention terms.',
    owner: 'Grace Whitfield',
  },
  // The gap: high residual risk, accepted, with no rationale written down.
  'ai-provider-failure': { residual: [3, 4], treatment: 'accept', rationale: '', owner: 'Daniel Reyes' },
  'vendor-breach': {
    residual: [2, 3],
    treatment: 'transfer',
    rationale: 'Contracts require breach notice within 72 hours; cyber insurance covers response costs.',
    owner: 'Sofia Lindqvist',
  },
  'key-person': {
    residual: [2, 3],
    treatment: 'mitigate',
    rationale: 'Runbooks and pairing on every client pipeline.',
    owner: 'Maya Okafor',
  },
  'account-takeover': {
    residual: [1, 4],
    treatment: 'mitigate',
    rationale: 'SSO with phishing-resistant MFA everywhere.',
    owner: 'Daniel Reyes',
  },
  'cloud-misconfiguration': {
    residual: [2, 4],
    treatment: 'mitigate',
    rationale: 'Infrastructure as code with drift detection.',
    owner: 'Tomás Novak',
  },
  'vulnerable-software': {
    residual: [2, 3],
    treatment: 'mitigate',
    rationale: 'Scanning in the pipeline and monthly patch window.',
    owner: 'Tomás Novak',
  },
  'lost-device': {
    residual: [1, 2],
    treatment: 'mitigate',
    rationale: 'Managed, encrypted laptops that can be wiped remotely.',
    owner: 'Sofia Lindqvist',
  },
  'unapproved-change': {
    residual: [1, 3],
    treatment: 'mitigate',
    rationale: 'Branch protection; deploys only from the pipeline.',
    owner: 'Tomás Novak',
  },
  'insider-fraud': {
    residual: [1, 4],
    treatment: 'mitigate',
    rationale: 'Least privilege, quarterly access reviews and central logs.',
    owner: 'Maya Okafor',
  },
  'data-loss': {
    residual: [1, 3],
    treatment: 'mitigate',
    rationale: 'Daily backups with quarterly restore tests.',
    owner: 'Sofia Lindqvist',
  },
  'contract-breach': {
    residual: [1, 3],
    treatment: 'avoid',
    rationale: 'We decline work whose data terms we cannot meet.',
    owner: 'Maya Okafor',
  },
};

function demoRisks(vault: Vault): void {
  const today = vault.today();
  const assessedOn = addMonthsToDate(today, -10);
  addStarterRisks(vault, {});
  recordRiskAssessment(vault, {
    completedOn: assessedOn,
    performedBy: 'Grace Whitfield with Maya Okafor and Daniel Reyes',
    notes: 'Annual workshop; AI risks re-scored after the move to hosted model APIs.',
    markReviewed: true,
  });
  for (const risk of listRisks(vault)) {
    const a = risk.starterKey ? ASSESSED[risk.starterKey] : undefined;
    if (!a) continue;
    updateRisk(vault, {
      id: risk.id,
      fields: {
        title: risk.title,
        description: risk.description,
        category: risk.category,
        likelihood: risk.likelihood,
        impact: risk.impact,
        residualLikelihood: a.residual[0],
        residualImpact: a.residual[1],
        treatment: a.treatment,
        treatmentRationale: a.rationale,
        owner: a.owner,
        lastReviewed: assessedOn,
        nextReview: addMonthsToDate(assessedOn, 12),
        controls: risk.controls.map((c) => c.id),
      },
    });
  }
  // Raised since the assessment and not yet worked through.
  createRisk(vault, {
    fields: {
      title: 'New client requires EU-only data residency',
      description:
        'A client signed in the period requires its data to stay in the EU; two pipelines still call a US region.',
      category: 'compliance',
      likelihood: 2,
      impact: 4,
      residualLikelihood: null,
      residualImpact: null,
      treatment: null,
      treatmentRationale: '',
      owner: 'Grace Whitfield',
      lastReviewed: null,
      nextReview: addDaysToDate(today, 30),
      controls: existingControlIds(vault.db, ['GV-07', 'DA-03']),
    },
  });
}

type DemoVendor = Omit<VendorFields, 'controls' | 'evidence'> & { controls: string[] };

function vendor(v: Partial<DemoVendor> & Pick<DemoVendor, 'name' | 'service' | 'kind' | 'criticality'>): DemoVendor {
  return {
    dataShared: '',
    dataClassification: 'internal',
    owner: 'Sofia Lindqvist',
    subserviceMethod: null,
    csocs: [],
    socReportType: null,
    socReceivedOn: null,
    socPeriodFrom: null,
    socPeriodTo: null,
    socReviewedOn: null,
    socExceptions: null,
    socNotes: '',
    lastReviewed: null,
    nextReview: null,
    notes: '',
    ...v,
    controls: v.controls ?? [],
  };
}

function demoVendors(vault: Vault): void {
  const today = vault.today();
  const months = (n: number) => addMonthsToDate(today, n);
  const periodEnd = addDaysToDate(months(-3), -1);
  const report = (received: number, reviewed: number | null, exceptions: boolean | null) => ({
    socReportType: 'type2' as const,
    socReceivedOn: months(received),
    socPeriodFrom: addDaysToDate(addMonthsToDate(periodEnd, -12), 1),
    socPeriodTo: periodEnd,
    socReviewedOn: reviewed === null ? null : months(reviewed),
    socExceptions: exceptions,
  });
  const list: DemoVendor[] = [
    vendor({
      name: 'Stratus Cloud Platform',
      service: 'Compute, storage, managed databases and networking for the model delivery platform',
      kind: 'cloud-infrastructure',
      dataShared: 'Client datasets, trained models, logs and backups',
      dataClassification: 'client-restricted',
      criticality: 'critical',
      owner: 'Daniel Reyes',
      subserviceMethod: 'carve-out',
      csocs: [
        'Physical access to data centres is limited to authorised staff and reviewed.',
        'Hardware is wiped or destroyed before it leaves a data centre.',
        'Environmental protections and redundant power keep the infrastructure available.',
        'Changes to the underlying infrastructure are authorised, tested and approved.',
      ],
      ...report(-2, -2, false),
      lastReviewed: months(-2),
      nextReview: months(10),
      controls: ['VM-07', 'VM-03', 'AC-11'],
    }),
    vendor({
      name: 'Larkspur AI',
      service: 'Hosted large language model API used in client deliverables',
      kind: 'ai-provider',
      dataShared: 'Prompts containing client documents; model outputs',
      dataClassification: 'client-restricted',
      criticality: 'critical',
      owner: 'Aisha Rahman',
      subserviceMethod: 'carve-out',
      csocs: [
        'Prompts and outputs sent through the API are not used to train the provider’s models.',
        'Prompts and outputs are deleted within the agreed retention period.',
        'Access to customer data by provider staff is restricted and logged.',
        'Model versions we pin are not changed without notice.',
      ],
      ...report(-1, -1, true),
      socNotes: 'One exception: a quarterly access review was late. Compensated by our own key rotation.',
      lastReviewed: months(-1),
      nextReview: months(11),
      controls: ['VM-04', 'VM-05', 'VM-07', 'BC-09'],
    }),
    vendor({
      name: 'Vectorvault',
      service: 'Managed vector database for retrieval features',
      kind: 'saas-tool',
      dataShared: 'Embeddings built from client documents',
      dataClassification: 'client-restricted',
      criticality: 'critical',
      owner: 'Tomás Novak',
      // The gap: the report arrived but nobody has read it yet.
      ...report(-2, null, null),
      lastReviewed: months(-11),
      nextReview: months(1),
      controls: ['VM-03'],
    }),
    vendor({
      name: 'Keystone Identity',
      service: 'Single sign-on and MFA for staff',
      kind: 'saas-tool',
      dataShared: 'Staff names, emails and group memberships',
      dataClassification: 'confidential',
      criticality: 'high',
      owner: 'Daniel Reyes',
      ...report(-4, -4, false),
      lastReviewed: months(-4),
      nextReview: months(8),
      controls: ['AC-01', 'VM-03'],
    }),
    vendor({
      name: 'Forgepoint',
      service: 'Source code hosting, code review and CI pipelines',
      kind: 'saas-tool',
      dataShared: 'Source code, pipeline configuration, deploy credentials',
      dataClassification: 'confidential',
      criticality: 'high',
      owner: 'Tomás Novak',
      ...report(-5, -5, false),
      lastReviewed: months(-5),
      nextReview: months(7),
      controls: ['CM-04', 'VM-03'],
    }),
    vendor({
      name: 'Tessellate Labelling',
      service: 'Human data labelling for two client projects',
      kind: 'subcontractor',
      dataShared: 'Samples of client images and text for labelling',
      dataClassification: 'client-restricted',
      criticality: 'high',
      owner: 'Aisha Rahman',
      notes: 'No SOC 2 report; security questionnaire and NDA on file.',
      // The gap: the annual review is overdue.
      lastReviewed: months(-14),
      nextReview: months(-2),
      controls: ['VM-02', 'VM-06'],
    }),
    vendor({
      name: 'Meridian Open Data',
      service: 'Licensed public-records datasets used to enrich client models',
      kind: 'data-provider',
      dataShared: 'None: data flows from the provider to us',
      dataClassification: 'none',
      criticality: 'medium',
      lastReviewed: months(-6),
      nextReview: months(6),
      controls: ['DA-01'],
    }),
    vendor({
      name: 'Chatter',
      service: 'Team chat',
      kind: 'saas-tool',
      dataShared: 'Internal discussion; client names',
      dataClassification: 'confidential',
      criticality: 'medium',
      lastReviewed: months(-3),
      nextReview: months(9),
    }),
    vendor({
      name: 'Ledgerlight',
      service: 'Accounting and payroll',
      kind: 'saas-tool',
      dataShared: 'Staff pay data and company financials',
      dataClassification: 'confidential',
      criticality: 'medium',
      owner: 'Maya Okafor',
      lastReviewed: months(-7),
      nextReview: months(5),
    }),
    vendor({
      name: 'Postbox Mail',
      service: 'Company email and calendars',
      kind: 'saas-tool',
      dataShared: 'Email with clients, including attachments',
      dataClassification: 'confidential',
      criticality: 'medium',
      lastReviewed: months(-8),
      nextReview: months(4),
    }),
  ];
  for (const v of list) {
    createVendor(vault, {
      fields: {
        ...v,
        controls: existingControlIds(vault.db, v.controls),
        evidence: reportsFor(vault, v),
      },
    });
  }
}

/**
 * The demo evidence's vendor reports that belong to a vendor: those naming it,
 * and for the cloud provider the one filed as "Cloud provider …".
 */
function reportsFor(vault: Vault, v: DemoVendor): number[] {
  const rows = vault.db
    .prepare("SELECT id, title FROM evidence WHERE type = 'vendor-report' AND deleted_at IS NULL ORDER BY id")
    .all() as { id: number; title: string }[];
  return rows
    .filter(({ title }) => {
      const t = title.toLowerCase();
      return t.includes(v.name.toLowerCase()) || (v.kind === 'cloud-infrastructure' && t.startsWith('cloud provider'));
    })
    .map((r) => r.id);
}

/** Benchmark scale: direct inserts in one transaction, so a few hundred of each take milliseconds. */
function bulk(vault: Vault, risks: number, vendors: number): void {
  const today = vault.today();
  const owners = ['Maya Okafor', 'Daniel Reyes', 'Sofia Lindqvist', 'Tomás Novak', 'Aisha Rahman', 'Grace Whitfield'];
  const controls = vault.db.prepare('SELECT id FROM control ORDER BY id').pluck().all() as string[];
  vault.write('demo.bulk', (tx) => {
    for (let i = 0; i < risks; i++) {
      const likelihood = (i % 5) + 1;
      const impact = ((i * 3) % 5) + 1;
      const assessed = i % 4 !== 0;
      const id = rq.insertRisk(
        vault.db,
        {
          title: `Client engagement risk ${i + 1}`,
          description: 'A risk raised for one client engagement, tracked in the main register.',
          category: RISK_CATEGORIES[i % RISK_CATEGORIES.length]!,
          likelihood,
          impact,
          residualLikelihood: assessed ? Math.max(1, likelihood - 1) : null,
          residualImpact: assessed ? Math.max(1, impact - (i % 2)) : null,
          treatment: assessed ? TREATMENTS[i % TREATMENTS.length]! : null,
          treatmentRationale: assessed && i % 7 !== 0 ? 'Agreed with the client in the statement of work.' : '',
          owner: owners[i % owners.length]!,
          lastReviewed: addDaysToDate(today, -(i % 400)),
          nextReview: addDaysToDate(today, 365 - (i % 400)),
        },
        null,
        tx.at,
      );
      if (controls.length) rq.replaceRiskControls(vault.db, id, [controls[i % controls.length]!]);
    }
    for (let i = 0; i < vendors; i++) {
      const subservice = i % 10 === 0;
      const id = vq.insertVendor(
        vault.db,
        {
          name: `Supplier ${String(i + 1).padStart(3, '0')}`,
          service: 'A tool or service one team relies on',
          kind: VENDOR_KINDS[i % VENDOR_KINDS.length]!,
          dataShared: 'Project files',
          dataClassification: DATA_CLASSES[i % DATA_CLASSES.length]!,
          criticality: CRITICALITIES[i % CRITICALITIES.length]!,
          owner: owners[i % owners.length]!,
          subserviceMethod: subservice ? 'carve-out' : null,
          socReportType: i % 3 === 0 ? 'type2' : null,
          socReceivedOn: i % 3 === 0 ? addDaysToDate(today, -(i % 200)) : null,
          socPeriodFrom: null,
          socPeriodTo: null,
          socReviewedOn: i % 6 === 0 ? addDaysToDate(today, -(i % 200)) : null,
          socExceptions: i % 6 === 0 ? i % 12 === 0 : null,
          socNotes: '',
          lastReviewed: addDaysToDate(today, -(i % 500)),
          nextReview: addDaysToDate(today, 365 - (i % 500)),
          notes: '',
        },
        tx.at,
      );
      if (subservice) vq.replaceCsocs(vault.db, id, ['Keeps the service it runs for us secure and available.']);
    }
    tx.audit('demo', '-', `Added ${risks} risks and ${vendors} vendors at benchmark scale`);
  });
}
