import { createHash } from 'node:crypto';
import { diffLines } from 'diff';
import type { z } from 'zod';
import { AppError } from '../../shared/contract/errors';
import { addMonthsToDate } from '../../shared/domain/dates';
import {
  reviewState,
  type DiffLine,
  type PolicyDetail,
  type PolicySummary,
  type PolicyVersion,
  type policyApproveSchema,
  type policyControlsSchema,
  type policyCreateSchema,
  type policyMetaSchema,
  type policySaveDraftSchema,
} from '../../shared/domain/policies';
import { POLICY_TEMPLATES_BY_ID, templatesFor } from '../../shared/policies/library';
import { fillTemplate } from '../../shared/policies/types';
import { existingControlIds } from '../vault/queries/controls';
import * as q from '../vault/queries/policies';
import type { Db } from '../vault/database';
import type { Vault } from '../vault/vault';
import { getEngagementOrFail } from './engagement';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function summarize(row: q.PolicyRow, versions: PolicyVersion[], controls: string[], today: string): PolicySummary {
  const live = versions.find((v) => v.status === 'approved');
  const open = versions.find((v) => v.status === 'draft' || v.status === 'in-review');
  const reviewedFrom = live ? (live.approvedOn ?? null) : null;
  const nextReviewDate = reviewedFrom ? addMonthsToDate(reviewedFrom, row.reviewCadenceMonths) : null;
  return {
    id: row.id,
    templateId: row.templateId,
    title: row.title,
    owner: row.owner,
    reviewCadenceMonths: row.reviewCadenceMonths,
    live: live ? { version: live.version, approvedOn: live.approvedOn!, effectiveDate: live.effectiveDate } : null,
    open: open
      ? { version: open.version, status: open.status as 'draft' | 'in-review', updatedAt: open.updatedAt }
      : null,
    nextReviewDate,
    reviewState: reviewState(nextReviewDate, today),
    controls,
    updatedAt: row.updatedAt,
  };
}

export function listPolicies(vault: Vault): PolicySummary[] {
  const versions = q.allVersions(vault.db);
  const controls = q.allPolicyControls(vault.db);
  const today = vault.today();
  return q
    .listPolicyRows(vault.db)
    .map((row) => summarize(row, versions.get(row.id) ?? [], controls.get(row.id) ?? [], today));
}

export function getPolicy(vault: Vault, id: string): PolicyDetail {
  const row = q.getPolicyRow(vault.db, id);
  if (!row) throw new AppError('not_found', `No policy ${id} in this vault`);
  const versions = q.versionsOf(vault.db, id);
  return { ...summarize(row, versions, q.controlsOf(vault.db, id), vault.today()), versions };
}

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'policy';
}

function freeId(db: Db, base: string): string {
  let id = base;
  for (let n = 2; q.getPolicyRow(db, id); n++) id = `${base}-${n}`;
  return id;
}

/** Inserts a policy with its first version; callers run it inside vault.write. */
export function insertPolicyWithVersion(
  vault: Vault,
  at: string,
  p: {
    id: string;
    templateId: string | null;
    title: string;
    owner: string;
    cadence: number;
    body: string;
    author: string;
    summary: string;
  },
): number {
  q.insertPolicy(vault.db, {
    id: p.id,
    templateId: p.templateId,
    title: p.title,
    owner: p.owner,
    reviewCadenceMonths: p.cadence,
    createdAt: at,
    updatedAt: at,
  });
  return q.insertVersion(vault.db, {
    policyId: p.id,
    major: 1,
    minor: 0,
    status: 'draft',
    body: p.body,
    bodySha256: sha256(p.body),
    author: p.author,
    changeSummary: p.summary,
    at,
  });
}

export function createFromTemplate(vault: Vault, templateId: string): PolicyDetail {
  const template = POLICY_TEMPLATES_BY_ID.get(templateId);
  if (!template) throw new AppError('not_found', `No policy template ${templateId}`);
  return vault.write('policies.createFromTemplate', (tx) => {
    const engagement = getEngagementOrFail(vault);
    const id = freeId(vault.db, template.id);
    const body = fillTemplate(template.body, {
      orgName: engagement.orgName,
      systemName: engagement.systemName,
      // Templates use the owner as a sentence subject and the date after "takes effect on".
      policyOwner: 'The Compliance Owner',
      effectiveDate: 'the date it is approved',
    });
    insertPolicyWithVersion(vault, tx.at, {
      id,
      templateId: template.id,
      title: template.title,
      owner: '',
      cadence: template.reviewCadenceMonths,
      body,
      author: '',
      summary: 'Started from the Attest template',
    });
    q.replacePolicyControls(vault.db, id, existingControlIds(vault.db, template.controls));
    tx.audit('policy', id, `Added "${template.title}" from the template, draft 1.0`);
    return getPolicy(vault, id);
  });
}

export function createPolicy(vault: Vault, input: z.output<typeof policyCreateSchema>): PolicyDetail {
  return vault.write('policies.create', (tx) => {
    const id = freeId(vault.db, slugify(input.title));
    insertPolicyWithVersion(vault, tx.at, {
      id,
      templateId: null,
      title: input.title,
      owner: input.owner,
      cadence: 12,
      body: input.body,
      author: '',
      summary: 'First draft',
    });
    tx.audit('policy', id, `Added policy "${input.title}", draft 1.0`);
    return getPolicy(vault, id);
  });
}

function openVersion(vault: Vault, id: string): PolicyVersion | undefined {
  return getPolicy(vault, id).versions.find((v) => v.status === 'draft' || v.status === 'in-review');
}

function nextLabel(versions: PolicyVersion[], major: boolean): { major: number; minor: number } {
  const [latest] = versions;
  if (!latest) return { major: 1, minor: 0 };
  const [ma, mi] = latest.version.split('.').map(Number) as [number, number];
  return major ? { major: ma + 1, minor: 0 } : { major: ma, minor: mi + 1 };
}

/** Starts a new draft from the live text; the approved version stays live and untouched. */
function startDraftIn(vault: Vault, id: string, at: string, major: boolean, body?: string): PolicyVersion {
  const policy = getPolicy(vault, id);
  const live = policy.versions.find((v) => v.status === 'approved');
  const label = nextLabel(policy.versions, major);
  const text = body ?? live?.body ?? '';
  q.insertVersion(vault.db, {
    policyId: id,
    ...label,
    status: 'draft',
    body: text,
    bodySha256: sha256(text),
    author: '',
    changeSummary: '',
    at,
  });
  return getPolicy(vault, id).versions[0]!;
}

export function startDraft(vault: Vault, id: string, major: boolean): PolicyDetail {
  return vault.write('policies.startDraft', (tx) => {
    if (openVersion(vault, id))
      throw new AppError('conflict', 'This policy already has a version being edited or reviewed');
    const draft = startDraftIn(vault, id, tx.at, major);
    tx.audit('policy', id, `Started draft ${draft.version}`);
    return getPolicy(vault, id);
  });
}

/** Autosave: updates the open draft, or starts one from the live version. */
export function saveDraft(vault: Vault, input: z.output<typeof policySaveDraftSchema>): PolicyDetail {
  return vault.write('policies.saveDraft', (tx) => {
    let open = openVersion(vault, input.id);
    if (open?.status === 'in-review') {
      throw new AppError('conflict', `Version ${open.version} is in review; return it to draft before editing`);
    }
    if (!open) open = startDraftIn(vault, input.id, tx.at, false);
    q.updateDraftBody(vault.db, open.id, input.body, sha256(input.body), input.changeSummary, input.author, tx.at);
    q.touchPolicy(vault.db, input.id, tx.at);
    tx.audit(
      'policy',
      input.id,
      `Saved draft ${open.version} (${input.body.length.toLocaleString('en-US')} characters)`,
    );
    return getPolicy(vault, input.id);
  });
}

export function submitForReview(vault: Vault, id: string): PolicyDetail {
  return vault.write('policies.submitForReview', (tx) => {
    const open = openVersion(vault, id);
    if (open?.status !== 'draft') throw new AppError('conflict', 'There is no draft to submit for review');
    if (open.body.trim() === '') throw new AppError('invalid_input', 'body: The policy text is empty');
    q.setVersionStatus(vault.db, open.id, 'in-review', tx.at);
    tx.audit('policy', id, `Submitted version ${open.version} for review`);
    return getPolicy(vault, id);
  });
}

export function returnToDraft(vault: Vault, id: string): PolicyDetail {
  return vault.write('policies.returnToDraft', (tx) => {
    const open = openVersion(vault, id);
    if (open?.status !== 'in-review') throw new AppError('conflict', 'No version of this policy is in review');
    q.setVersionStatus(vault.db, open.id, 'draft', tx.at);
    tx.audit('policy', id, `Returned version ${open.version} to draft`);
    return getPolicy(vault, id);
  });
}

export function approvePolicy(vault: Vault, input: z.output<typeof policyApproveSchema>): PolicyDetail {
  return vault.write('policies.approve', (tx) => {
    const open = openVersion(vault, input.id);
    if (open?.status !== 'in-review') {
      throw new AppError('conflict', 'Only a version in review can be approved; submit the draft for review first');
    }
    if (input.approvedOn > vault.today()) {
      throw new AppError('invalid_input', 'approvedOn: The approval date cannot be in the future', {
        issues: [{ path: 'approvedOn', message: 'The approval date cannot be in the future' }],
      });
    }
    q.approveVersion(vault.db, open.id, { ...input, effectiveDate: input.effectiveDate ?? input.approvedOn }, tx.at);
    q.supersedeApproved(vault.db, input.id, open.id, tx.at);
    q.touchPolicy(vault.db, input.id, tx.at);
    tx.audit(
      'policy',
      input.id,
      `Approved version ${open.version} by ${input.approverName}, ${input.approverTitle}, on ${input.approvedOn}`,
    );
    return getPolicy(vault, input.id);
  });
}

export function updatePolicyMeta(vault: Vault, input: z.output<typeof policyMetaSchema>): PolicyDetail {
  return vault.write('policies.update', (tx) => {
    const before = getPolicy(vault, input.id);
    q.updatePolicyMeta(vault.db, input.id, input.title, input.owner, input.reviewCadenceMonths, tx.at);
    tx.audit(
      'policy',
      input.id,
      `Details: title "${before.title}" → "${input.title}", owner ${before.owner || '(none)'} → ${input.owner || '(none)'}, review every ${input.reviewCadenceMonths} months`,
    );
    return getPolicy(vault, input.id);
  });
}

export function setPolicyControls(vault: Vault, input: z.output<typeof policyControlsSchema>): PolicyDetail {
  return vault.write('policies.setControls', (tx) => {
    getPolicy(vault, input.id);
    const known = existingControlIds(vault.db, input.controls);
    const unknown = input.controls.filter((c) => !known.includes(c));
    if (unknown.length) throw new AppError('not_found', `No control ${unknown.join(', ')} in this vault`);
    q.replacePolicyControls(vault.db, input.id, input.controls);
    tx.audit('policy', input.id, `Linked controls: ${input.controls.join(', ') || '(none)'}`);
    return getPolicy(vault, input.id);
  });
}

export function diffVersions(vault: Vault, id: string, from: string, to: string): DiffLine[] {
  const versions = getPolicy(vault, id).versions;
  const find = (label: string) => {
    const v = versions.find((x) => x.version === label);
    if (!v) throw new AppError('not_found', `Policy ${id} has no version ${label}`);
    return v;
  };
  const lines: DiffLine[] = [];
  for (const part of diffLines(find(from).body, find(to).body)) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    for (const text of part.value.replace(/\n$/, '').split('\n')) lines.push({ kind, text });
  }
  return lines;
}

export function policyTemplates(vault: Vault) {
  const inVault = new Set(listPolicies(vault).map((p) => p.templateId));
  return templatesFor(getEngagementOrFail(vault).categories).map(({ body: _body, ...t }) => ({
    ...t,
    inVault: inVault.has(t.id),
  }));
}
