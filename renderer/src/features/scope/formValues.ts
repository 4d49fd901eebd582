import type { Engagement, EngagementBasics, EngagementBasicsInput } from '../../../../shared/domain/engagement';
import type { InputIssue } from '../../client';

/**
 * The form holds every field, both the as-of date and the period, so switching
 * type never loses a date. Blank dates are empty strings.
 */
export type EngagementFormValues = EngagementBasicsInput;

export const FIELD_NAMES = ['orgName', 'systemName', 'reportType', 'asOfDate', 'periodStart', 'periodEnd'] as const;
export type EngagementField = (typeof FIELD_NAMES)[number];

export function toFormValues(engagement: Engagement): EngagementFormValues {
  return {
    orgName: engagement.orgName,
    systemName: engagement.systemName,
    reportType: engagement.reportType,
    asOfDate: engagement.asOfDate ?? '',
    periodStart: engagement.periodStart ?? '',
    periodEnd: engagement.periodEnd ?? '',
  };
}

/** What is sent: both the as-of date and the period, whichever type is chosen. */
export function toUpdateInput(values: EngagementBasics): EngagementBasicsInput {
  return {
    orgName: values.orgName,
    systemName: values.systemName,
    reportType: values.reportType,
    asOfDate: values.asOfDate ?? '',
    periodStart: values.periodStart ?? '',
    periodEnd: values.periodEnd ?? '',
  };
}

function isField(path: string): path is EngagementField {
  return (FIELD_NAMES as readonly string[]).includes(path);
}

/** Splits host-reported issues into those that belong to a field and the rest. */
export function splitIssues(issues: readonly InputIssue[]): {
  fields: { name: EngagementField; message: string }[];
  other: InputIssue[];
} {
  const fields: { name: EngagementField; message: string }[] = [];
  const other: InputIssue[] = [];
  for (const issue of issues) {
    const head = issue.path.split('.')[0] ?? '';
    if (isField(head)) fields.push({ name: head, message: issue.message });
    else other.push(issue);
  }
  return { fields, other };
}
