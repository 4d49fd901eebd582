import { z } from 'zod';
import { requiredText } from '../contract/primitives';
import { controlIdList, evidenceIdList } from './controls';
import { addMonthsToDate } from './dates';
import { optionalDate } from './risks';

export const VENDOR_KINDS = [
  'cloud-infrastructure',
  'ai-provider',
  'data-provider',
  'subcontractor',
  'saas-tool',
] as const;
export type VendorKind = (typeof VENDOR_KINDS)[number];
export const VENDOR_KIND_LABELS: Record<VendorKind, string> = {
  'cloud-infrastructure': 'Cloud infrastructure',
  'ai-provider': 'AI model or API provider',
  'data-provider': 'Data provider',
  subcontractor: 'Subcontractor',
  'saas-tool': 'SaaS tool',
};

/** The classes of the data-classification policy, plus "none" for a vendor that sees no data of ours. */
export const DATA_CLASSES = ['none', 'public', 'internal', 'confidential', 'client-restricted'] as const;
export type DataClass = (typeof DATA_CLASSES)[number];
export const DATA_CLASS_LABELS: Record<DataClass, string> = {
  none: 'No data shared',
  public: 'Public',
  internal: 'Internal',
  confidential: 'Confidential',
  'client-restricted': 'Client-Restricted',
};

export const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Criticality = (typeof CRITICALITIES)[number];
export const CRITICALITY_LABELS: Record<Criticality, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export const SUBSERVICE_METHODS = ['carve-out', 'inclusive'] as const;
export type SubserviceMethod = (typeof SUBSERVICE_METHODS)[number];
export const SUBSERVICE_METHOD_LABELS: Record<SubserviceMethod, string> = {
  'carve-out': 'Carve-out',
  inclusive: 'Inclusive',
};

export const SOC_REPORT_TYPES = ['type1', 'type2'] as const;
export type SocReportType = (typeof SOC_REPORT_TYPES)[number];

export type VendorAttention =
  | 'review-overdue'
  | 'no-review-date'
  | 'no-owner'
  | 'report-missing'
  | 'report-not-reviewed'
  | 'report-stale'
  | 'report-exceptions'
  | 'no-csocs';

export const VENDOR_ATTENTION_LABELS: Record<VendorAttention, string> = {
  'review-overdue': 'Review overdue',
  'no-review-date': 'No next review date',
  'no-owner': 'No owner',
  'report-missing': 'No SOC 2 report on file',
  'report-not-reviewed': 'SOC 2 report not reviewed',
  'report-stale': 'SOC 2 report more than a year old',
  'report-exceptions': 'SOC 2 report has exceptions',
  'no-csocs': 'Subservice organization without expected controls',
};

export interface Vendor {
  id: number;
  name: string;
  service: string;
  kind: VendorKind;
  dataShared: string;
  dataClassification: DataClass;
  criticality: Criticality;
  owner: string;
  /** Null when the vendor is not a subservice organization. */
  subserviceMethod: SubserviceMethod | null;
  /** Controls the report assumes the subservice organization operates (CSOCs). */
  csocs: string[];
  socReportType: SocReportType | null;
  socReceivedOn: string | null;
  socPeriodFrom: string | null;
  socPeriodTo: string | null;
  socReviewedOn: string | null;
  /** Null until the report is reviewed. */
  socExceptions: boolean | null;
  socNotes: string;
  lastReviewed: string | null;
  nextReview: string | null;
  notes: string;
  controls: { id: string; name: string }[];
  evidence: { id: number; title: string }[];
  attention: VendorAttention[];
  createdAt: string;
  updatedAt: string;
}

/** Vendors whose assurance an auditor expects to see: critical or high, or running part of the system. */
export function needsAssurance(v: Pick<Vendor, 'criticality' | 'subserviceMethod'>): boolean {
  return v.criticality === 'critical' || v.criticality === 'high' || v.subserviceMethod !== null;
}

/** The gaps in one vendor record, as of `today`. */
export function vendorAttention(
  v: Pick<
    Vendor,
    | 'criticality'
    | 'subserviceMethod'
    | 'csocs'
    | 'owner'
    | 'socReceivedOn'
    | 'socReviewedOn'
    | 'socPeriodTo'
    | 'socExceptions'
    | 'nextReview'
  >,
  today: string,
): VendorAttention[] {
  const out: VendorAttention[] = [];
  if (v.nextReview === null) out.push('no-review-date');
  else if (v.nextReview < today) out.push('review-overdue');
  if (!v.owner.trim()) out.push('no-owner');
  if (needsAssurance(v)) {
    if (v.socReceivedOn === null) out.push('report-missing');
    else if (v.socReviewedOn === null) out.push('report-not-reviewed');
    if (v.socPeriodTo !== null && addMonthsToDate(v.socPeriodTo, 12) < today) out.push('report-stale');
  }
  if (v.socExceptions === true) out.push('report-exceptions');
  if (v.subserviceMethod !== null && v.csocs.length === 0) out.push('no-csocs');
  return out;
}

/** The fields a person edits on a vendor; the form and the contract share it. */
export const vendorFieldsSchema = z
  .object({
    name: requiredText('Name', 160),
    service: z.string().trim().max(500, 'Service must be at most 500 characters').default(''),
    kind: z.enum(VENDOR_KINDS, { error: 'Choose what kind of vendor this is' }),
    dataShared: z.string().trim().max(2000, 'Data shared must be at most 2000 characters').default(''),
    dataClassification: z.enum(DATA_CLASSES, { error: 'Choose the classification of the data shared' }),
    criticality: z.enum(CRITICALITIES, { error: 'Choose a criticality' }),
    owner: z.string().trim().max(120, 'Owner must be at most 120 characters').default(''),
    subserviceMethod: z.enum(SUBSERVICE_METHODS, { error: 'Choose carve-out or inclusive' }).nullable().default(null),
    csocs: z
      .array(z.string().trim().min(1, 'Write the expected control, or remove the empty line').max(1000))
      .max(50)
      .default([]),
    socReportType: z.enum(SOC_REPORT_TYPES, { error: 'Choose Type I or Type II' }).nullable().default(null),
    socReceivedOn: optionalDate,
    socPeriodFrom: optionalDate,
    socPeriodTo: optionalDate,
    socReviewedOn: optionalDate,
    socExceptions: z.boolean().nullable().default(null),
    socNotes: z.string().trim().max(4000, 'Notes must be at most 4000 characters').default(''),
    lastReviewed: optionalDate,
    nextReview: optionalDate,
    notes: z.string().trim().max(4000, 'Notes must be at most 4000 characters').default(''),
    controls: controlIdList.default([]),
    evidence: evidenceIdList.default([]),
  })
  .superRefine((v, ctx) => {
    if (v.subserviceMethod === null && v.csocs.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['csocs'],
        message: 'Expected controls belong to subservice organizations; mark the vendor as one or remove them',
      });
    }
    if (v.socPeriodFrom && v.socPeriodTo && v.socPeriodTo < v.socPeriodFrom) {
      ctx.addIssue({ code: 'custom', path: ['socPeriodTo'], message: 'The period must not end before it starts' });
    }
    if (v.socReviewedOn && !v.socReceivedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['socReceivedOn'],
        message: 'A reviewed report needs the date it was received',
      });
    }
    if (v.socReviewedOn && v.socReceivedOn && v.socReviewedOn < v.socReceivedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['socReviewedOn'],
        message: 'The report cannot be reviewed before it was received',
      });
    }
    if (v.socExceptions !== null && !v.socReviewedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['socReviewedOn'],
        message: 'Say when the report was reviewed before recording its exceptions',
      });
    }
    if (v.lastReviewed && v.nextReview && v.nextReview < v.lastReviewed) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextReview'],
        message: 'The next review must not be before the last one',
      });
    }
  });
export type VendorFieldsInput = z.input<typeof vendorFieldsSchema>;
export type VendorFields = z.output<typeof vendorFieldsSchema>;

export const vendorIdSchema = z.number({ error: 'Expected a vendor id' }).int().positive();
export const vendorCreateSchema = z.object({ fields: vendorFieldsSchema }).strict();
export const vendorUpdateSchema = z.object({ id: vendorIdSchema, fields: vendorFieldsSchema }).strict();
export const vendorRemoveSchema = z
  .object({ id: vendorIdSchema, reason: requiredText('A reason for removing the vendor', 1000) })
  .strict();

const VENDOR_PROBLEMS: readonly VendorAttention[] = [
  'review-overdue',
  'report-missing',
  'report-not-reviewed',
  'report-stale',
  'no-csocs',
];

/** Gaps an auditor would stop at: only for vendors whose assurance matters (critical, high or subservice). */
export function vendorProblems(
  vendors: readonly Pick<Vendor, 'name' | 'criticality' | 'subserviceMethod' | 'attention'>[],
): string[] {
  return vendors
    .filter(needsAssurance)
    .map((v) => ({ v, gaps: v.attention.filter((a) => VENDOR_PROBLEMS.includes(a)) }))
    .filter(({ gaps }) => gaps.length > 0)
    .map(({ v, gaps }) => `${v.name}: ${gaps.map((g) => VENDOR_ATTENTION_LABELS[g].toLowerCase()).join('; ')}`);
}
