import { z } from 'zod';
import {
  policyApproveSchema,
  policyControlsSchema,
  policyCreateSchema,
  policyDiffSchema,
  policyExportSchema,
  policyIdSchema,
  policyImportSchema,
  policyMetaSchema,
  policySaveDraftSchema,
  type DiffLine,
  type ExportReport,
  type ImportReport,
  type PolicyDetail,
  type PolicySummary,
} from '../../domain/policies';
import type { PolicyTemplate } from '../../policies/types';
import { read, write } from '../operation';
import { empty } from '../primitives';

/** Policies: templates, versions, approval, import and export. */
export const policyOps = {
  'policies.list': read(empty, 'Every policy with its live version, open draft and review state').returns<
    PolicySummary[]
  >(),
  'policies.get': read(
    z.object({ id: policyIdSchema }).strict(),
    'One policy with all its versions',
  ).returns<PolicyDetail>(),
  'policies.templates': read(empty, 'The policy templates offered for the categories in scope').returns<
    (Omit<PolicyTemplate, 'body'> & { inVault: boolean })[]
  >(),
  'policies.createFromTemplate': write(
    z.object({ templateId: z.string().min(1, 'Choose a template') }).strict(),
    'Add a policy from a template, filled with the organisation details, as draft 1.0',
  ).returns<PolicyDetail>(),
  'policies.create': write(policyCreateSchema, 'Add a blank or pasted policy as draft 1.0').returns<PolicyDetail>(),
  'policies.saveDraft': write(
    policySaveDraftSchema,
    'Save the text of the open draft (starting one from the live version if none is open)',
  ).returns<PolicyDetail>(),
  'policies.startDraft': write(
    z.object({ id: policyIdSchema, major: z.boolean().default(false) }).strict(),
    'Start a new draft from the live version',
  ).returns<PolicyDetail>(),
  'policies.submitForReview': write(
    z.object({ id: policyIdSchema }).strict(),
    'Send the open draft for review',
  ).returns<PolicyDetail>(),
  'policies.returnToDraft': write(
    z.object({ id: policyIdSchema }).strict(),
    'Take a version in review back to draft',
  ).returns<PolicyDetail>(),
  'policies.approve': write(
    policyApproveSchema,
    'Approve the version in review; it becomes the live, unchangeable version',
  ).returns<PolicyDetail>(),
  'policies.update': write(
    policyMetaSchema,
    "Change a policy's title, owner and review cadence",
  ).returns<PolicyDetail>(),
  'policies.setControls': write(policyControlsSchema, 'Replace the controls a policy supports').returns<PolicyDetail>(),
  'policies.diff': read(policyDiffSchema, 'Line-by-line differences between two versions').returns<DiffLine[]>(),
  'policies.import': write(
    policyImportSchema,
    'Import Markdown (front matter optional) or DOCX files; a bad file is reported and the rest still import',
  ).returns<ImportReport>(),
  'policies.export': write(
    policyExportSchema,
    'Write approved policies (or the named ones) to a folder as PDF or Markdown',
  ).returns<ExportReport>(),
} as const;
