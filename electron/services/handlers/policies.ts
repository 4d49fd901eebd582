import type { policyOps } from '../../../shared/contract/ops/policies';
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
} from '../policies';
import type { HandlersFor } from './types';

export const policyHandlers: HandlersFor<typeof policyOps> = {
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
  // Loaded on first use: the Word and PDF libraries would slow every CLI start.
  'policies.import': async (input, wb) =>
    (await import('../policy-import')).importPolicyFiles(
      wb.requireVault(),
      input.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.contentBase64, 'base64') })),
    ),
  'policies.export': async (input, wb) => (await import('../policy-export')).exportPolicies(wb.requireVault(), input),
};
