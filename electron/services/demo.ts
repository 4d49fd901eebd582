import type { VaultInfo } from '../../shared/domain/vault';
import type { Vault } from '../vault/vault';
import { createControl, listControls, setControlApplicability, setCriterionExclusion, updateControl } from './controls';
import { addDaysToDate, addMonthsToDate } from '../../shared/domain/dates';
import { POLICY_TEMPLATES } from '../../shared/policies/library';
import { getEngagementOrFail, updateEngagement } from './engagement';
import {
  approvePolicy,
  createFromTemplate,
  createPolicy,
  policyTemplates,
  submitForReview,
  updatePolicyMeta,
} from './policies';
import type { Workbench } from './workbench';
import { DEMO_ORG, DEMO_OWNERS, demoPeriod, type DemoSize } from './demo-data/fernhill';
import { demoEvidence } from './demo-data/evidence';
import { demoIncidents } from './demo-data/incidents';
import { demoNarratives } from './demo-data/narratives';
import { demoPeopleChanges } from './demo-data/people-changes';
import { demoRisksVendors } from './demo-data/risks-vendors';

export { DEMO_ORG, DEMO_OWNERS, demoPeriod, type DemoSize };

/**
 * Builds the demo vault through the same services a person uses. Each area
 * adds its records here as it lands; `large` adds them at benchmark scale.
 */
export function createDemoVault(wb: Workbench, file: string, size: DemoSize): VaultInfo {
  const info = wb.createVault(file, {
    orgName: 'Fernhill',
    systemName: 'Fernhill platform',
    reportType: 'type1',
    asOfDate: null,
    periodStart: null,
    periodEnd: null,
    categories: ['confidentiality', 'processing-integrity'],
  });
  const vault = wb.requireVault();
  const period = demoPeriod(new Date(vault.now()));
  updateEngagement(vault, {
    ...DEMO_ORG,
    reportType: 'type2',
    asOfDate: '',
    ...period,
  });
  demoControls(vault);
  demoPolicies(vault, size === 'large' ? 30 : 0);
  if (size === 'large') largeControls(vault, 1000);
  demoEvidence(vault, size);
  demoIncidents(vault, size);
  demoRisksVendors(vault, size);
  demoPeopleChanges(vault, size);
  demoNarratives(vault, size);
  return { ...info, orgName: DEMO_ORG.orgName };
}

/** A fixed pseudo-random sequence, so every demo vault is the same. */
function sequence(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

/**
 * The gaps a real agency has a few months in: most controls implemented, some
 * in progress, a few not started or without an owner, those for physical
 * access marked not applicable with a reason, and one with a curt one.
 */
function demoControls(vault: Vault): void {
  const random = sequence(7);
  for (const control of listControls(vault)) {
    const r = random();
    const status = r < 0.62 ? 'implemented' : r < 0.86 ? 'in-progress' : 'not-started';
    const owner = random() < 0.93 ? (DEMO_OWNERS[control.ownerRole] ?? '') : '';
    updateControl(vault, {
      id: control.id,
      name: control.name,
      description: control.description,
      ownerRole: control.ownerRole,
      owner,
      frequency: control.frequency,
      type: control.type,
      mode: control.mode,
      status,
    });
  }
  for (const control of listControls(vault).filter((c) => c.criteria.includes('CC6.4'))) {
    setControlApplicability(vault, {
      id: control.id,
      notApplicable: true,
      reason: 'Fernhill is fully remote: no offices, and production runs on a cloud provider that is carved out.',
    });
  }
  // An engineer who left in July still owns branch protection: nobody reassigned it.
  const orphaned = listControls(vault).find((c) => c.id === 'CM-04');
  if (orphaned) {
    const { id, name, description, ownerRole, frequency, type, mode, status } = orphaned;
    updateControl(vault, { id, name, description, ownerRole, owner: 'Oliver Grant', frequency, type, mode, status });
  }
  // A shortcut a busy owner takes, and the self-check's advice catches: a reason in three words.
  setControlApplicability(vault, { id: 'OP-14', notApplicable: true, reason: 'No disposals yet' });
  setCriterionExclusion(vault, {
    criterionId: 'CC6.4',
    reason:
      'No offices or data centres of our own; physical security is the cloud provider’s, covered by its SOC 2 report.',
  });
}

/** Benchmark scale: custom controls up to `total`, spread over the criteria in scope. */
function largeControls(vault: Vault, total: number): void {
  const existing = listControls(vault).length;
  const frequencies = ['continuous', 'per-event', 'daily', 'weekly', 'monthly', 'quarterly', 'annual'] as const;
  const criteria = ['CC1.1', 'CC2.1', 'CC3.2', 'CC4.1', 'CC5.2', 'CC6.1', 'CC7.2', 'CC8.1', 'CC9.2', 'C1.1', 'PI1.3'];
  const owners = Object.values(DEMO_OWNERS);
  for (let i = existing; i < total; i++) {
    createControl(vault, {
      name: `Client-specific safeguard ${i + 1}`,
      description: 'A safeguard agreed with one client in its statement of work, tracked like any other control.',
      ownerRole: 'Compliance Owner',
      owner: owners[i % owners.length]!,
      frequency: frequencies[i % frequencies.length]!,
      type: i % 3 === 0 ? 'detective' : 'preventive',
      mode: i % 4 === 0 ? 'automated' : 'manual',
      status: i % 5 === 0 ? 'in-progress' : 'implemented',
      criteria: [criteria[i % criteria.length]!],
    });
  }
}

const POLICY_OWNERS: Record<string, string> = {
  'access-control': 'Daniel Reyes',
  'change-management': 'Tomás Novak',
  'secure-development-and-model-lifecycle': 'Aisha Rahman',
  'ai-model-governance': 'Aisha Rahman',
  'personnel-security-and-training': 'Jonas Berg',
  'code-of-conduct': 'Jonas Berg',
  'business-continuity-and-disaster-recovery': 'Sofia Lindqvist',
};

/**
 * Policies as a real agency has them a few months in: most approved by the
 * CEO, one whose annual review has lapsed, two in review, two still drafts.
 * At benchmark scale, client-specific annexes bring the count to `total`.
 */
function demoPolicies(vault: Vault, total: number): void {
  const today = vault.today();
  const templates = policyTemplates(vault);
  templates.forEach((t, i) => {
    const policy = createFromTemplate(vault, t.id);
    updatePolicyMeta(vault, {
      id: policy.id,
      title: policy.title,
      owner: POLICY_OWNERS[t.id] ?? 'Grace Whitfield',
      reviewCadenceMonths: policy.reviewCadenceMonths,
    });
    if (i === templates.length - 1 || i === templates.length - 2) return; // still drafts
    submitForReview(vault, policy.id);
    if (i === 3 || i === 7) return; // waiting for the CEO
    // The incident response plan was approved 14 months ago and not reviewed since.
    const approvedOn = i === 4 ? addMonthsToDate(today, -14) : addDaysToDate(today, -(20 + i * 9));
    approvePolicy(vault, {
      id: policy.id,
      approverName: 'Maya Okafor',
      approverTitle: 'CEO',
      approvedOn,
      note: 'Approved at the monthly leadership meeting',
    });
  });
  const org = getEngagementOrFail(vault).orgName;
  for (let n = templates.length; n < total; n++) {
    const base = POLICY_TEMPLATES[n % POLICY_TEMPLATES.length]!;
    const policy = createPolicy(vault, {
      title: `Client security annex ${n - templates.length + 1}: ${base.title}`,
      owner: 'Grace Whitfield',
      body: base.body.replaceAll('{{orgName}}', org).replace(/\{\{\w+\}\}/g, 'the named owner'),
    });
    submitForReview(vault, policy.id);
    approvePolicy(vault, {
      id: policy.id,
      approverName: 'Maya Okafor',
      approverTitle: 'CEO',
      approvedOn: addDaysToDate(today, -n),
      note: '',
    });
  }
}
