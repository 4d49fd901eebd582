import type { OperationName, OutputOf, ParsedInputOf } from '../../shared/contract';
import { APP_NAME, APP_VERSION } from '../../shared/version';
import { listAudit } from '../vault/audit';
import { createDemoVault } from './demo';
import {
  createControl,
  criteriaCoverage,
  getControl,
  listControls,
  setControlApplicability,
  setControlMappings,
  setCriterionExclusion,
  updateControl,
} from './controls';
import { getEngagementOrFail, setScopeCategories, updateEngagement } from './engagement';
import { evidenceDue, periodCoverage } from './evidence-coverage';
import {
  attachEvidence,
  compactBlobs,
  getEvidence,
  lastVerification,
  listEvidence,
  removeEvidence,
  updateEvidence,
  verifyVault,
} from './evidence';
import { exportPolicies } from './policy-export';
import { importPolicyFiles } from './policy-import';
import {
  approvePolicy,
  createFromTemplate,
  createPolicy,
  diffVersions,
  getPolicy,
  listPolicies,
  policyTemplates,
  returnToDraft,
  saveDraft,
  setPolicyControls,
  startDraft,
  submitForReview,
  updatePolicyMeta,
} from './policies';
import type { Workbench } from './workbench';

export type Handler<K extends OperationName> = (
  input: ParsedInputOf<K>,
  wb: Workbench,
) => OutputOf<K> | Promise<OutputOf<K>>;

/** One handler per operation; a missing one is a compile error. */
export type Handlers = { readonly [K in OperationName]: Handler<K> };

export const handlers: Handlers = {
  'app.info': (_input, wb) => ({ name: APP_NAME, version: APP_VERSION, vault: wb.vault?.info() ?? null }),

  'vault.create': (input, wb) =>
    wb.createVault(input.path, {
      orgName: input.orgName,
      systemName: input.systemName ?? `${input.orgName} platform`,
      reportType: input.reportType ?? 'type1',
      asOfDate: input.asOfDate ?? null,
      periodStart: input.periodStart ?? null,
      periodEnd: input.periodEnd ?? null,
      categories: input.categories ?? [],
    }),
  'vault.createDemo': (input, wb) => createDemoVault(wb, input.path, input.size),
  'vault.open': (input, wb) => wb.openVault(input.path),
  'vault.close': (_input, wb) => {
    wb.closeVault();
    return null;
  },
  'vault.recent': (_input, wb) => wb.recent.list(),

  'engagement.get': (_input, wb) => getEngagementOrFail(wb.requireVault()),
  'engagement.update': (input, wb) => updateEngagement(wb.requireVault(), input),

  'engagement.setCategories': (input, wb) => setScopeCategories(wb.requireVault(), input.categories),

  'criteria.coverage': (_input, wb) => criteriaCoverage(wb.requireVault()),
  'criteria.setExclusion': (input, wb) => setCriterionExclusion(wb.requireVault(), input),

  'controls.list': (_input, wb) => listControls(wb.requireVault()),
  'controls.get': (input, wb) => getControl(wb.requireVault(), input.id),
  'controls.create': (input, wb) => createControl(wb.requireVault(), input),
  'controls.update': (input, wb) => updateControl(wb.requireVault(), input),
  'controls.setMappings': (input, wb) => setControlMappings(wb.requireVault(), input),
  'controls.setApplicability': (input, wb) => setControlApplicability(wb.requireVault(), input),

  'policies.list': (_input, wb) => listPolicies(wb.requireVault()),
  'policies.get': (input, wb) => getPolicy(wb.requireVault(), input.id),
  'policies.templates': (_input, wb) => policyTemplates(wb.requireVault()),
  'policies.createFromTemplate': (input, wb) => createFromTemplate(wb.requireVault(), input.templateId),
  'policies.create': (input, wb) => createPolicy(wb.requireVault(), input),
  'policies.saveDraft': (input, wb) => saveDraft(wb.requireVault(), input),
  'policies.startDraft': (input, wb) => startDraft(wb.requireVault(), input.id, input.major),
  'policies.submitForReview': (input, wb) => submitForReview(wb.requireVault(), input.id),
  'policies.returnToDraft': (input, wb) => returnToDraft(wb.requireVault(), input.id),
  'policies.approve': (input, wb) => approvePolicy(wb.requireVault(), input),
  'policies.update': (input, wb) => updatePolicyMeta(wb.requireVault(), input),
  'policies.setControls': (input, wb) => setPolicyControls(wb.requireVault(), input),
  'policies.diff': (input, wb) => diffVersions(wb.requireVault(), input.id, input.from, input.to),
  'policies.import': (input, wb) =>
    importPolicyFiles(
      wb.requireVault(),
      input.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.contentBase64, 'base64') })),
    ),
  'policies.export': (input, wb) => exportPolicies(wb.requireVault(), input),

  'evidence.list': (_input, wb) => listEvidence(wb.requireVault()),
  'evidence.get': (input, wb) => getEvidence(wb.requireVault(), input.id),
  'evidence.attach': (input, wb) => attachEvidence(wb.requireVault(), input),
  'evidence.update': (input, wb) => updateEvidence(wb.requireVault(), input),
  'evidence.remove': (input, wb) => removeEvidence(wb.requireVault(), input),
  'evidence.compact': (_input, wb) => compactBlobs(wb.requireVault()),
  'evidence.periodCoverage': (_input, wb) => periodCoverage(wb.requireVault()),
  'evidence.due': (_input, wb) => evidenceDue(wb.requireVault()),
  'vault.verify': (_input, wb) => verifyVault(wb.requireVault()),
  'vault.lastVerification': (_input, wb) => lastVerification(wb.requireVault()),

  'audit.list': (input, wb) => listAudit(wb.requireVault().db, input.limit, input.beforeSeq),
};
