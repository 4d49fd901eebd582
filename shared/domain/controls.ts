import { z } from 'zod';
import { CATEGORY_IDS, type CategoryId } from '../catalog/categories';
import { CRITERIA, CRITERIA_BY_ID } from '../catalog/criteria';
import {
  CONTROL_MODES,
  CONTROL_TYPES,
  FREQUENCIES,
  type ControlMode,
  type ControlType,
  type Frequency,
} from '../catalog/types';
import { distinct, requiredText } from '../contract/primitives';

export const CONTROL_STATUSES = ['not-started', 'in-progress', 'implemented'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

export const STATUS_LABELS: Record<ControlStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  implemented: 'Implemented',
};

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  continuous: 'Continuous',
  'per-event': 'Per event',
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Annual',
};

export interface Control {
  id: string;
  libraryId: string | null;
  domain: string;
  name: string;
  description: string;
  ownerRole: string;
  /** The person accountable; empty until assigned. */
  owner: string;
  frequency: Frequency;
  type: ControlType;
  mode: ControlMode;
  status: ControlStatus;
  /** Set when the control is marked not applicable. */
  notApplicableReason: string | null;
  suggestedEvidence: string[];
  ai: boolean;
  criteria: string[];
  /** Categories of the criteria it maps to. */
  categories: CategoryId[];
  /** True when at least one mapped criterion is in a category in scope. */
  inScope: boolean;
  /** Policies that say they support this control. */
  policies: { id: string; title: string }[];
  createdAt: string;
  updatedAt: string;
}

export type CoverageState = 'covered' | 'partial' | 'gap' | 'not-applicable' | 'out-of-scope';

export const COVERAGE_LABELS: Record<CoverageState, string> = {
  covered: 'Covered',
  partial: 'Not yet implemented',
  gap: 'Gap: no control',
  'not-applicable': 'Not applicable',
  'out-of-scope': 'Out of scope',
};

export interface CriterionCoverage {
  criterionId: string;
  inScope: boolean;
  notApplicableReason: string | null;
  /** Applicable controls mapped to it (N/A controls are left out). */
  controls: { id: string; name: string; status: ControlStatus }[];
  implemented: number;
  state: CoverageState;
}

const CRITERION_IDS = CRITERIA.map((c) => c.id) as [string, ...string[]];
export const criterionIdSchema = z.enum(CRITERION_IDS, { error: (i) => `Unknown criterion ${String(i.input)}` });

export const controlIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{2,4}-\d{2,3}$/, 'Use an ID like AC-03: two to four capital letters, a dash, two or three digits');

/** The controls a record links to (a risk, vendor, change...): at most 200, none twice. */
export const controlIdList = distinct(z.array(controlIdSchema).max(200), 'A control');

/** The evidence items a record links to: at most 200, none twice. */
export const evidenceIdList = distinct(z.array(z.number().int().positive()).max(200), 'An evidence item');

const criteriaList = distinct(
  z.array(criterionIdSchema).min(1, 'Map the control to at least one criterion'),
  'A criterion',
);

/** The fields a person edits on a control. */
export const controlFieldsSchema = z.object({
  name: requiredText('Name', 160),
  description: requiredText('Description', 4000),
  ownerRole: z.string().trim().max(80, 'Owner role must be at most 80 characters'),
  owner: z.string().trim().max(120, 'Owner must be at most 120 characters'),
  frequency: z.enum(FREQUENCIES, { error: 'Choose a frequency' }),
  type: z.enum(CONTROL_TYPES, { error: 'Choose preventive, detective or corrective' }),
  mode: z.enum(CONTROL_MODES, { error: 'Choose manual or automated' }),
  status: z.enum(CONTROL_STATUSES, { error: 'Choose a status' }),
});
export type ControlFields = z.output<typeof controlFieldsSchema>;

export const controlUpdateSchema = controlFieldsSchema.extend({ id: controlIdSchema }).strict();

export const controlCreateSchema = controlFieldsSchema
  .extend({ id: controlIdSchema.optional(), criteria: criteriaList })
  .strict();

export const controlMappingsSchema = z.object({ id: controlIdSchema, criteria: criteriaList }).strict();

export const controlApplicabilitySchema = z.discriminatedUnion('notApplicable', [
  z.object({ id: controlIdSchema, notApplicable: z.literal(false) }).strict(),
  z
    .object({
      id: controlIdSchema,
      notApplicable: z.literal(true),
      reason: requiredText('A reason for marking the control not applicable', 1000),
    })
    .strict(),
]);

export const criterionExclusionSchema = z
  .object({
    criterionId: criterionIdSchema,
    reason: z.string().trim().max(1000).nullable(),
  })
  .strict();

export const categoriesSchema = z.object({ categories: z.array(z.enum(CATEGORY_IDS)).max(5) }).strict();

export function categoriesOfCriteria(criteria: readonly string[]): CategoryId[] {
  const set = new Set<CategoryId>();
  for (const id of criteria) {
    const c = CRITERIA_BY_ID.get(id);
    if (c) set.add(c.category);
  }
  return CATEGORY_IDS.filter((c) => set.has(c));
}
