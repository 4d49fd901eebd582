import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { PolicyDocument } from '../../shared/domain/policy-document';
import type { ExportReport, PolicyDetail, PolicyVersion } from '../../shared/domain/policies';
import { writePolicyPdf } from '../export/policy-pdf';
import type { Vault } from '../vault/vault';
import { getEngagementOrFail } from './engagement';
import { getPolicy, listPolicies } from './policies';

/** What an export shows for one version: the exact stored text, with its history up to it. */
export function policyDocument(vault: Vault, policy: PolicyDetail, version: PolicyVersion): PolicyDocument {
  const oldestFirst = [...policy.versions].reverse();
  const upTo = oldestFirst.slice(0, oldestFirst.findIndex((v) => v.id === version.id) + 1);
  const live = version.status === 'approved' || version.status === 'superseded';
  return {
    orgName: getEngagementOrFail(vault).orgName,
    title: policy.title,
    version: version.version,
    status: live ? 'approved' : (version.status as 'draft' | 'in-review'),
    owner: policy.owner,
    body: version.body,
    effectiveDate: version.effectiveDate,
    nextReviewDate: version.status === 'approved' ? policy.nextReviewDate : null,
    approval:
      live && version.approverName && version.approvedOn
        ? {
            approverName: version.approverName,
            approverTitle: version.approverTitle ?? '',
            approvedOn: version.approvedOn,
            note: version.approvalNote ?? '',
          }
        : null,
    revisions: upTo.map((v) => ({
      version: v.version,
      status: v.status,
      date: v.approvedOn ?? v.updatedAt.slice(0, 10),
      author: v.author,
      approver: v.approverName ? `${v.approverName}${v.approverTitle ? `, ${v.approverTitle}` : ''}` : '',
      summary: v.changeSummary,
    })),
    bodySha256: version.bodySha256,
  };
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** Markdown with front matter that `attest policies import` reads back. */
export function policyMarkdown(doc: PolicyDocument): string {
  const front = [
    `title: ${yamlString(doc.title)}`,
    `version: ${yamlString(doc.version)}`,
    `status: ${doc.status}`,
    doc.owner ? `owner: ${yamlString(doc.owner)}` : '',
    doc.approval ? `approver: ${yamlString(doc.approval.approverName)}` : '',
    doc.approval ? `approver_title: ${yamlString(doc.approval.approverTitle)}` : '',
    doc.approval ? `approved: ${doc.approval.approvedOn}` : '',
    doc.effectiveDate ? `effective: ${doc.effectiveDate}` : '',
    doc.nextReviewDate ? `next_review: ${doc.nextReviewDate}` : '',
    `sha256: ${doc.bodySha256}`,
  ].filter(Boolean);
  return `---\n${front.join('\n')}\n---\n\n# ${doc.title}\n\n${doc.body}${doc.body.endsWith('\n') ? '' : '\n'}`;
}

/**
 * Writes the live approved version of each policy (or of the named ones; a
 * named policy with nothing approved exports its latest version as a draft).
 */
export async function exportPolicies(
  vault: Vault,
  input: { ids?: string[]; format: 'pdf' | 'md'; dir: string },
): Promise<ExportReport> {
  const named = input.ids !== undefined;
  const ids =
    input.ids ??
    listPolicies(vault)
      .filter((p) => p.live)
      .map((p) => p.id);
  const chosen = ids.map((id) => {
    const policy = getPolicy(vault, id);
    const version = policy.versions.find((v) => v.status === 'approved') ?? (named ? policy.versions[0] : undefined);
    if (!version) throw new AppError('not_found', `Policy ${id} has no version to export`);
    return { policy, version };
  });
  if (chosen.length === 0) throw new AppError('not_found', 'No approved policy to export yet');
  fs.mkdirSync(input.dir, { recursive: true });
  const report: ExportReport = { files: [] };
  for (const { policy, version } of chosen) {
    const doc = policyDocument(vault, policy, version);
    const file = path.join(path.resolve(input.dir), `${policy.id}-v${version.version}.${input.format}`);
    if (input.format === 'md') {
      fs.writeFileSync(file, policyMarkdown(doc));
    } else {
      await writePolicyPdf(doc, fs.createWriteStream(file), { draft: doc.status !== 'approved' });
    }
    report.files.push({ policyId: policy.id, path: file, bytes: fs.statSync(file).size });
  }
  return report;
}
