import { z } from 'zod';
import { isoDate, requiredText } from '../contract/primitives';
import { controlIdList } from './controls';
import { addMonthsToDate } from './dates';

export const RISK_CATEGORIES = [
  'ai-model',
  'client-data',
  'security',
  'third-party',
  'availability',
  'people',
  'fraud',
  'compliance',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_CATEGORY_LABELS: Record<RiskCategory, string> = {
  'ai-model': 'AI models',
  'client-data': 'Client data',
  security: 'Security',
  'third-party': 'Third parties',
  availability: 'Availability',
  people: 'People',
  fraud: 'Fraud',
  compliance: 'Legal and compliance',
};

export const TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
export type Treatment = (typeof TREATMENTS)[number];

export const TREATMENT_LABELS: Record<Treatment, string> = {
  mitigate: 'Mitigate',
  accept: 'Accept',
  transfer: 'Transfer',
  avoid: 'Avoid',
};

export const LIKELIHOOD_LABELS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const;
export const IMPACT_LABELS = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'] as const;

export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';
export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** Likelihood × impact, 1-25, in four bands: 1-4 low, 5-9 medium, 10-14 high, 15-25 critical. */
export function riskLevel(score: number): RiskLevel {
  if (score >= 15) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

/** Risks this high after treatment need a decision the auditor can read. */
export const HIGH_RESIDUAL_SCORE = 10;

export type RiskAttention =
  'no-owner' | 'no-residual' | 'no-treatment' | 'no-rationale' | 'no-controls' | 'not-reviewed' | 'review-overdue';

export const RISK_ATTENTION_LABELS: Record<RiskAttention, string> = {
  'no-owner': 'No owner',
  'no-residual': 'Residual not assessed',
  'no-treatment': 'No treatment chosen',
  'no-rationale': 'Treatment has no rationale',
  'no-controls': 'Mitigated by no linked control',
  'not-reviewed': 'Never reviewed',
  'review-overdue': 'Review overdue',
};

export interface Risk {
  id: number;
  /** how people refer to it. */
  ref: string;
  starterKey: string | null;
  title: string;
  description: string;
  category: RiskCategory;
  likelihood: number;
  impact: number;
  inherentScore: number;
  residualLikelihood: number | null;
  residualImpact: number | null;
  residualScore: number | null;
  treatment: Treatment | null;
  treatmentRationale: string;
  owner: string;
  lastReviewed: string | null;
  nextReview: string | null;
  controls: { id: string; name: string }[];
  /** What an auditor would question about this risk today; empty when complete. */
  attention: RiskAttention[];
  createdAt: string;
  updatedAt: string;
}

export function riskRef(id: number): string {
  return `R-${String(id).padStart(2, '0')}`;
}

/** The gaps in one risk, as of `today`. */
export function riskAttention(
  r: Pick<
    Risk,
    'owner' | 'residualScore' | 'treatment' | 'treatmentRationale' | 'controls' | 'lastReviewed' | 'nextReview'
  >,
  today: string,
): RiskAttention[] {
  const out: RiskAttention[] = [];
  if (!r.owner.trim()) out.push('no-owner');
  if (r.residualScore === null) out.push('no-residual');
  if (r.treatment === null) out.push('no-treatment');
  else if (!r.treatmentRationale.trim()) out.push('no-rationale');
  if (r.treatment === 'mitigate' && r.controls.length === 0) out.push('no-controls');
  if (r.lastReviewed === null) out.push('not-reviewed');
  if (r.nextReview !== null && r.nextReview < today) out.push('review-overdue');
  return out;
}

/** A date field: '' or null mean "not set". */
export const optionalDate = z
  .union([z.literal(''), z.null(), isoDate])
  .optional()
  .transform((v) => (v ? v : null));

const score = (label: string) =>
  z
    .number({ error: `Choose the ${label.toLowerCase()}, 1 to 5` })
    .int()
    .min(1, `${label} is 1 to 5`)
    .max(5, `${label} is 1 to 5`);

/** The fields a person edits on a risk; the form and the contract share it. */
export const riskFieldsSchema = z
  .object({
    title: requiredText('Title', 200),
    description: z.string().trim().max(4000, 'Description must be at most 4000 characters').default(''),
    category: z.enum(RISK_CATEGORIES, { error: 'Choose a category' }),
    likelihood: score('Likelihood'),
    impact: score('Impact'),
    residualLikelihood: score('Residual likelihood').nullable().default(null),
    residualImpact: score('Residual impact').nullable().default(null),
    treatment: z.enum(TREATMENTS, { error: 'Choose mitigate, accept, transfer or avoid' }).nullable().default(null),
    treatmentRationale: z.string().trim().max(4000, 'Rationale must be at most 4000 characters').default(''),
    owner: z.string().trim().max(120, 'Owner must be at most 120 characters').default(''),
    lastReviewed: optionalDate,
    nextReview: optionalDate,
    controls: controlIdList.default([]),
  })
  .superRefine((v, ctx) => {
    if ((v.residualLikelihood === null) !== (v.residualImpact === null)) {
      const path = v.residualLikelihood === null ? 'residualLikelihood' : 'residualImpact';
      ctx.addIssue({ code: 'custom', path: [path], message: 'Give both residual likelihood and impact, or neither' });
    }
    if (
      v.residualLikelihood !== null &&
      v.residualImpact !== null &&
      v.residualLikelihood * v.residualImpact > v.likelihood * v.impact
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['residualImpact'],
        message: 'The residual score cannot be higher than the inherent score',
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
export type RiskFieldsInput = z.input<typeof riskFieldsSchema>;
export type RiskFields = z.output<typeof riskFieldsSchema>;

export const riskIdSchema = z.number({ error: 'Expected a risk id' }).int().positive();

export const riskCreateSchema = z.object({ fields: riskFieldsSchema }).strict();
export const riskUpdateSchema = z.object({ id: riskIdSchema, fields: riskFieldsSchema }).strict();
export const riskRemoveSchema = z
  .object({ id: riskIdSchema, reason: requiredText('A reason for removing the risk', 1000) })
  .strict();

export const riskAddStartersSchema = z
  .object({
    /** Which starters to add; all those not yet in the register when omitted. */
    keys: z.array(z.string().min(1)).max(100).optional(),
  })
  .strict();

export const riskAssessmentSchema = z
  .object({
    completedOn: isoDate,
    performedBy: requiredText('Who performed the assessment', 200),
    notes: z.string().trim().max(4000, 'Notes must be at most 4000 characters').default(''),
    /** Also mark every risk in the register reviewed on that date, next review a year later. */
    markReviewed: z.boolean().default(true),
  })
  .strict();
export type RiskAssessmentInput = z.input<typeof riskAssessmentSchema>;

export interface RiskAssessment {
  id: number;
  completedOn: string;
  performedBy: string;
  notes: string;
  riskCount: number;
  recordedAt: string;
}

export interface AddStartersResult {
  added: Risk[];
  /** Starters already in the register, left alone. */
  skipped: string[];
}

/**
 * What an auditor would stop at in the register as a whole: no yearly
 * assessment, or a high risk left without a decided, explained treatment.
 */
export function riskRegisterProblems(
  risks: readonly Pick<
    Risk,
    'ref' | 'title' | 'inherentScore' | 'residualScore' | 'treatment' | 'treatmentRationale'
  >[],
  last: Pick<RiskAssessment, 'completedOn'> | null,
  today: string,
): string[] {
  const out: string[] = [];
  if (risks.length === 0) out.push('The risk register is empty');
  if (!last) out.push('No complete risk assessment has been recorded');
  else if (addMonthsToDate(last.completedOn, 12) < today) {
    out.push(`The last complete risk assessment (${last.completedOn}) is more than a year old`);
  }
  for (const r of risks) {
    if ((r.residualScore ?? r.inherentScore) < HIGH_RESIDUAL_SCORE) continue;
    if (r.treatment === null) out.push(`${r.ref} "${r.title}": high risk with no treatment chosen`);
    else if (!r.treatmentRationale.trim())
      out.push(`${r.ref} "${r.title}": high risk whose treatment has no rationale`);
  }
  return out;
}
