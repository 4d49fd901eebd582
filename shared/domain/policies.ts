import { z } from 'zod';
import { isoDate, requiredText } from '../contract/primitives';
import { controlIdSchema } from './controls';
import { addMonthsToDate } from './dates';

export const POLICY_STATUSES = ['draft', 'in-review', 'approved', 'superseded'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  superseded: 'Superseded',
};

export type ReviewState = 'current' | 'due-soon' | 'overdue' | 'never-approved';
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  current: 'Reviewed',
  'due-soon': 'Review due soon',
  overdue: 'Review overdue',
  'never-approved': 'Never approved',
};

export interface PolicyVersion {
  id: number;
  version: string;
  status: PolicyStatus;
  body: string;
  bodySha256: string;
  author: string;
  changeSummary: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  approverName: string | null;
  approverTitle: string | null;
  approvedOn: string | null;
  approvalNote: string | null;
  effectiveDate: string | null;
}

export interface PolicySummary {
  id: string;
  templateId: string | null;
  title: string;
  owner: string;
  reviewCadenceMonths: number;
  /** The approved version in force, if any. */
  live: { version: string; approvedOn: string; effectiveDate: string | null } | null;
  /** The version being edited or reviewed, if any. */
  open: { version: string; status: 'draft' | 'in-review'; updatedAt: string } | null;
  nextReviewDate: string | null;
  reviewState: ReviewState;
  controls: string[];
  updatedAt: string;
}

export interface PolicyDetail extends PolicySummary {
  /** Newest first. */
  versions: PolicyVersion[];
}

export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export const policyIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use a policy ID of lowercase letters, digits and dashes');

export const versionLabelSchema = z.string().regex(/^\d+\.\d+$/, 'Use a version like 1.2');

const body = z.string().max(500_000, 'The policy text is longer than 500,000 characters');

export const policyCreateSchema = z
  .object({ title: requiredText('Title', 160), body: body.default(''), owner: z.string().trim().max(120).default('') })
  .strict();

export const policySaveDraftSchema = z
  .object({
    id: policyIdSchema,
    body,
    changeSummary: z.string().trim().max(500).optional(),
    author: z.string().trim().max(120).optional(),
  })
  .strict();

export const policyMetaSchema = z
  .object({
    id: policyIdSchema,
    title: requiredText('Title', 160),
    owner: z.string().trim().max(120),
    reviewCadenceMonths: z
      .number()
      .int('Use a whole number of months')
      .min(1, 'Review at most once a month')
      .max(36, 'Review at least every 36 months'),
  })
  .strict();

export const policyApproveSchema = z
  .object({
    id: policyIdSchema,
    approverName: requiredText('Approver name', 120),
    approverTitle: requiredText('Approver title', 120),
    approvedOn: isoDate,
    effectiveDate: isoDate.optional(),
    note: z.string().trim().max(1000).default(''),
  })
  .strict();

export const policyControlsSchema = z
  .object({ id: policyIdSchema, controls: z.array(controlIdSchema).max(500) })
  .strict();

export const policyDiffSchema = z
  .object({ id: policyIdSchema, from: versionLabelSchema, to: versionLabelSchema })
  .strict();

export const policyImportSchema = z
  .object({
    files: z
      .array(
        z.object({
          name: requiredText('File name', 255),
          /** The file's bytes in base64: Markdown or DOCX. */
          contentBase64: z.string().max(20_000_000, 'A file is larger than 15 MB'),
        }),
      )
      .min(1, 'Choose at least one file')
      .max(200),
  })
  .strict();

export const policyExportSchema = z
  .object({
    ids: z.array(policyIdSchema).optional(),
    format: z.enum(['pdf', 'md']),
    dir: requiredText('Folder', 4096),
  })
  .strict();

export interface ImportReport {
  imported: { file: string; policyId: string; title: string; status: PolicyStatus }[];
  failed: { file: string; error: string }[];
}

export interface ExportReport {
  files: { policyId: string; path: string; bytes: number }[];
}

export function reviewState(nextReviewDate: string | null, today: string): ReviewState {
  if (nextReviewDate === null) return 'never-approved';
  if (nextReviewDate < today) return 'overdue';
  return nextReviewDate <= addMonthsToDate(today, 1) ? 'due-soon' : 'current';
}
