import { z } from 'zod';
import { CATEGORY_IDS, type CategoryId } from '../catalog/categories';
import { isoDate, requiredText } from '../contract/primitives';
import { addDaysToDate, addMonthsToDate } from './dates';

export const REPORT_TYPES = ['type1', 'type2'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const categoryId = z.enum(CATEGORY_IDS);

/**
 * The engagement basics as a person edits them. Flat (not a union) so a form
 * can keep both the as-of date and the period while the type is switched.
 */
export const engagementBasicsSchema = z
  .object({
    orgName: requiredText('Organisation name', 120),
    systemName: requiredText('System name', 120),
    reportType: z.enum(REPORT_TYPES, { error: 'Choose Type I or Type II' }),
    asOfDate: z.union([isoDate, z.literal('')]).optional(),
    periodStart: z.union([isoDate, z.literal('')]).optional(),
    periodEnd: z.union([isoDate, z.literal('')]).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.reportType === 'type1' && !value.asOfDate) {
      ctx.addIssue({ code: 'custom', path: ['asOfDate'], message: 'A Type I report needs an as-of date' });
    }
    if (value.reportType === 'type2') {
      if (!value.periodStart) {
        ctx.addIssue({ code: 'custom', path: ['periodStart'], message: 'A Type II report needs a period start' });
      }
      if (!value.periodEnd) {
        ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'A Type II report needs a period end' });
      }
      if (value.periodStart && value.periodEnd && value.periodEnd <= value.periodStart) {
        ctx.addIssue({
          code: 'custom',
          path: ['periodEnd'],
          message: 'The period must end after it starts',
        });
      }
    }
  });

export type EngagementBasicsInput = z.input<typeof engagementBasicsSchema>;
export type EngagementBasics = z.output<typeof engagementBasicsSchema>;

export interface Engagement {
  orgName: string;
  systemName: string;
  reportType: ReportType;
  asOfDate: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  categories: CategoryId[];
  updatedAt: string;
  /** Advice that does not block saving, e.g. an unusual Type II period length. */
  warnings: string[];
}

/**
 * Advice on the engagement that does not block saving: a Type II period
 * shorter than three months or longer than twelve is unusual.
 */
export function engagementWarnings(e: Pick<Engagement, 'reportType' | 'periodStart' | 'periodEnd'>): string[] {
  if (e.reportType !== 'type2' || !e.periodStart || !e.periodEnd || e.periodEnd < e.periodStart) return [];
  // Periods are inclusive: 1 Jan to 31 Mar is exactly three months.
  const endExclusive = addDaysToDate(e.periodEnd, 1);
  if (endExclusive < addMonthsToDate(e.periodStart, 3)) {
    return ['The period is shorter than 3 months. Auditors rarely accept a Type II period under 3 months.'];
  }
  if (endExclusive > addMonthsToDate(e.periodStart, 12)) {
    return [
      'The period is longer than 12 months. Type II reports usually cover 6 to 12 months; a longer period delays the report.',
    ];
  }
  return [];
}
