import { z } from 'zod';
import { categoryId, engagementBasicsSchema, REPORT_TYPES, type Engagement } from '../domain/engagement';
import {
  categoriesSchema,
  controlApplicabilitySchema,
  controlCreateSchema,
  controlIdSchema,
  controlMappingsSchema,
  controlUpdateSchema,
  criterionExclusionSchema,
  type Control,
  type CriterionCoverage,
} from '../domain/controls';
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
} from '../domain/policies';
import {
  evidenceAttachSchema,
  evidenceRemoveSchema,
  evidenceUpdateSchema,
  type AttachResult,
  type ControlPeriodCoverage,
  type DueItem,
  type EvidenceItem,
  type VerificationReport,
} from '../domain/evidence';
import type { AppInfo, AuditEntry, RecentVault, VaultInfo } from '../domain/vault';
import type { PolicyTemplate } from '../policies/types';
import type { Result } from './errors';
import { read, write, type Operation } from './operation';
import { empty, isoDate, requiredText } from './primitives';

const vaultPath = z.string().trim().min(1, 'Vault path is required').max(4096, 'Vault path is too long');

/**
 * Every operation Attest offers, declared once. The Electron IPC bridge, the
 * browser host and the CLI all dispatch through this table, and the handler
 * table in electron/services is typed from it, so a missing handler fails to compile.
 */
export const contract = {
  'app.info': read(empty, 'Version of Attest and the open vault, if any').returns<AppInfo>(),

  'vault.create': write(
    z
      .object({
        path: vaultPath,
        orgName: requiredText('Organisation name', 120),
        systemName: requiredText('System name', 120).optional(),
        reportType: z.enum(REPORT_TYPES).optional(),
        asOfDate: isoDate.optional(),
        periodStart: isoDate.optional(),
        periodEnd: isoDate.optional(),
        categories: z.array(categoryId).optional(),
      })
      .strict()
      .refine((v) => !(v.periodStart && v.periodEnd && v.periodEnd <= v.periodStart), {
        path: ['periodEnd'],
        message: 'The period must end after it starts',
      }),
    'Create a new vault file and open it',
  ).returns<VaultInfo>(),
  'vault.createDemo': write(
    z.object({ path: vaultPath, size: z.enum(['small', 'large']).default('small') }).strict(),
    'Create a vault filled with a fictional AI agency, to explore Attest',
  ).returns<VaultInfo>(),
  'vault.open': write(z.object({ path: vaultPath }).strict(), 'Open an existing vault').returns<VaultInfo>(),
  'vault.close': write(empty, 'Close the open vault').returns<null>(),
  'vault.recent': read(empty, 'Vaults opened recently on this computer').returns<RecentVault[]>(),

  'engagement.get': read(empty, 'The engagement: organisation, system, report type and dates').returns<Engagement>(),
  'engagement.update': write(engagementBasicsSchema, 'Change the engagement basics').returns<Engagement>(),

  'engagement.setCategories': write(
    categoriesSchema,
    'Set the categories in scope; Security is always in. Library controls for an added category are copied in',
  ).returns<{ engagement: Engagement; addedControls: string[] }>(),

  'criteria.coverage': read(
    empty,
    'For each of the 61 criteria: in scope or not, its controls, and its coverage',
  ).returns<CriterionCoverage[]>(),
  'criteria.setExclusion': write(
    criterionExclusionSchema,
    'Mark an in-scope criterion not applicable with a reason (null reason: applicable again)',
  ).returns<CriterionCoverage>(),

  'controls.list': read(empty, 'Every control in the vault, in scope or not').returns<Control[]>(),
  'controls.get': read(z.object({ id: controlIdSchema }).strict(), 'One control with its mappings').returns<Control>(),
  'controls.create': write(controlCreateSchema, 'Add a custom control').returns<Control>(),
  'controls.update': write(
    controlUpdateSchema,
    "Change a control's text, owner, frequency, nature or status",
  ).returns<Control>(),
  'controls.setMappings': write(controlMappingsSchema, 'Replace the criteria a control maps to').returns<Control>(),
  'controls.setApplicability': write(
    controlApplicabilitySchema,
    'Mark a control not applicable (a reason is required) or applicable again',
  ).returns<Control>(),

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

  'evidence.list': read(empty, 'Every evidence item with its controls and freshness').returns<EvidenceItem[]>(),
  'evidence.get': read(
    z.object({ id: z.number().int().positive() }).strict(),
    'One evidence item',
  ).returns<EvidenceItem>(),
  'evidence.attach': write(
    evidenceAttachSchema,
    'Make an uploaded file an evidence item of one or more controls (the same bytes twice link the existing item)',
  ).returns<AttachResult>(),
  'evidence.update': write(
    evidenceUpdateSchema,
    "Change an evidence item's details and controls",
  ).returns<EvidenceItem>(),
  'evidence.remove': write(
    evidenceRemoveSchema,
    'Remove an evidence item; the reason is kept in the audit trail',
  ).returns<null>(),
  'evidence.compact': write(empty, 'Reclaim the space of uploaded files no evidence item refers to').returns<{
    blobs: number;
    bytes: number;
  }>(),
  'evidence.periodCoverage': read(
    empty,
    'Type II: for each recurring control, the buckets of the audit period and the evidence in each',
  ).returns<ControlPeriodCoverage[]>(),
  'evidence.due': read(empty, 'Controls whose evidence is missing, overdue, or due this week or month').returns<
    DueItem[]
  >(),
  'vault.verify': write(empty, 'Re-hash every stored file and check the audit trail').returns<VerificationReport>(),
  'vault.lastVerification': read(empty, 'When the vault was last verified, and the outcome').returns<{
    finishedAt: string;
    ok: boolean;
    blobsChecked: number;
    mismatches: number;
  } | null>(),

  'audit.list': read(
    z
      .object({
        limit: z.number().int().min(1).max(500).default(50),
        beforeSeq: z.number().int().positive().optional(),
      })
      .strict(),
    'The audit trail, newest first',
  ).returns<AuditEntry[]>(),
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;

type AnyOperation = Operation<z.ZodType, unknown>;
export type InputOf<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends OperationName> = Contract[K] extends Operation<z.ZodType, infer O> ? O : never;

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export function operation(name: OperationName): AnyOperation {
  return contract[name] as AnyOperation;
}

export { CHANNELS } from './channels';

/** What every door offers the renderer: call an operation, get an envelope back. */
export interface AttestClient {
  call<K extends OperationName>(name: K, input: InputOf<K>): Promise<Result<OutputOf<K>>>;
}
