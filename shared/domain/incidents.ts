import { z } from 'zod';
import { isoDate, requiredText } from '../contract/primitives';
import { controlIdSchema } from './controls';
import { plural } from '../words';

export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What each level means, in plain words, so two people grade the same incident the same way. */
export const SEVERITY_DEFINITIONS: Record<Severity, { label: string; meaning: string }> = {
  SEV1: {
    label: 'SEV1 · Critical',
    meaning:
      'Client data is exposed or the service is down for most clients. Everyone needed drops other work until it is contained.',
  },
  SEV2: {
    label: 'SEV2 · Major',
    meaning:
      'An important part of the service is broken or degraded for several clients, or a weakness is being actively abused on a small scale. Handled the same day.',
  },
  SEV3: {
    label: 'SEV3 · Minor',
    meaning:
      'A limited problem: a few clients or an internal system affected, with a workaround in place. Fixed within days.',
  },
  SEV4: {
    label: 'SEV4 · Low',
    meaning:
      'No client noticed: a near miss, or a weakness found before anyone used it. Tracked and fixed in normal work.',
  },
};

export const INCIDENT_CATEGORIES = [
  'security',
  'availability',
  'processing-integrity',
  'confidentiality',
  'privacy',
  'ai-model-failure',
  'ai-data-drift',
  'ai-data-poisoning',
  'ai-prompt-injection',
  'ai-data-leakage',
  'ai-provider-outage',
] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

export const INCIDENT_CATEGORY_LABELS: Record<IncidentCategory, string> = {
  security: 'Security',
  availability: 'Availability',
  'processing-integrity': 'Processing integrity',
  confidentiality: 'Confidentiality',
  privacy: 'Privacy',
  'ai-model-failure': 'AI: model failure or degradation',
  'ai-data-drift': 'AI: data drift',
  'ai-data-poisoning': 'AI: data poisoning',
  'ai-prompt-injection': 'AI: prompt injection or adversarial input',
  'ai-data-leakage': 'AI: data leakage through a model',
  'ai-provider-outage': 'AI: third-party AI provider outage',
};

export function isAiCategory(category: IncidentCategory): boolean {
  return category.startsWith('ai-');
}

export const INCIDENT_STATUSES = ['open', 'contained', 'resolved', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  open: 'Open',
  contained: 'Contained',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const INCIDENT_STATUS_MEANINGS: Record<IncidentStatus, string> = {
  open: 'Still happening or still being investigated.',
  contained: 'The damage has stopped spreading; the cause is not yet fixed.',
  resolved: 'Fixed and the service is back to normal; follow-up may remain.',
  closed: 'Reviewed and done: root cause, corrective actions and, where useful, a post-mortem recorded.',
};

/** "INC-0042": how people refer to an incident in tickets and the auditor's sample list. */
export function incidentRef(id: number): string {
  return `INC-${String(id).padStart(4, '0')}`;
}

const INSTANT_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/**
 * An instant with an explicit offset ("2026-03-01T10:30:00Z", "…+02:00"), or a bare date meaning midnight UTC.
 * Normalised to Date.toISOString() so the vault can compare instants as text.
 */
export const instant = z
  .string()
  .trim()
  .regex(INSTANT_RE, 'Use a date and time with a time zone, like 2026-03-01T10:30Z')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'This date and time does not exist')
  .transform((v) => new Date(v).toISOString());

const nameList = (label: string) =>
  z
    .array(z.string().trim().min(1, `${label} must not be blank`).max(120))
    .max(100)
    .default([])
    .transform((list) => [...new Set(list)]);

/** The fields a person records about an incident. */
export const incidentFieldsSchema = z
  .object({
    title: requiredText('Title', 200),
    severity: z.enum(SEVERITIES, { error: 'Choose a severity' }),
    category: z.enum(INCIDENT_CATEGORIES, { error: 'Choose a category' }),
    status: z.enum(INCIDENT_STATUSES, { error: 'Choose a status' }).default('open'),
    occurredAt: instant,
    detectedAt: instant,
    resolvedAt: instant.nullable().default(null),
    owner: z.string().trim().max(120).default(''),
    affectedSystems: nameList('A system name'),
    affectedClients: nameList('A client name'),
    description: z.string().trim().max(20_000).default(''),
    rootCause: z.string().trim().max(20_000).default(''),
    postmortem: z.string().max(200_000).default(''),
    notificationRequired: z.boolean().default(false),
    notifiedAt: instant.nullable().default(null),
    notifiedTo: z.string().trim().max(500).default(''),
    significant: z.boolean().default(false),
    significantReason: z.string().trim().max(2000).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.detectedAt < v.occurredAt)
      ctx.addIssue({ code: 'custom', path: ['detectedAt'], message: 'Detection cannot be before the incident began' });
    if (v.resolvedAt && v.resolvedAt < v.occurredAt)
      ctx.addIssue({ code: 'custom', path: ['resolvedAt'], message: 'Resolution cannot be before the incident began' });
    if ((v.status === 'resolved' || v.status === 'closed') && !v.resolvedAt)
      ctx.addIssue({
        code: 'custom',
        path: ['resolvedAt'],
        message: 'Say when it was resolved before marking it resolved or closed',
      });
    if (v.significant && !v.significantReason)
      ctx.addIssue({
        code: 'custom',
        path: ['significantReason'],
        message: 'Say why the incident is significant',
      });
    if (!v.notificationRequired && v.notifiedAt)
      ctx.addIssue({
        code: 'custom',
        path: ['notifiedAt'],
        message: 'A notification date is only recorded when notification is required',
      });
    for (const issue of notificationIssues(v)) ctx.addIssue({ code: 'custom', ...issue });
  });

/**
 * A recorded notification says when and to whom: a date with nobody named cannot be checked against the
 * contract or the law, and nobody can be told about an incident before it happened. (Shared with the form.)
 */
export function notificationIssues(v: {
  occurredAt: string;
  notifiedAt: string | null;
  notifiedTo: string;
}): { path: ['notifiedTo' | 'notifiedAt']; message: string }[] {
  const issues: { path: ['notifiedTo' | 'notifiedAt']; message: string }[] = [];
  if (!v.notifiedAt) return issues;
  if (!v.notifiedTo.trim())
    issues.push({ path: ['notifiedTo'], message: 'Say who was notified, or clear the notification date' });
  if (v.notifiedAt < v.occurredAt)
    issues.push({ path: ['notifiedAt'], message: 'The notification cannot be before the incident began' });
  return issues;
}

export const incidentCreateSchema = incidentFieldsSchema;
export const incidentUpdateSchema = z
  .object({ id: z.number().int().positive(), fields: incidentFieldsSchema })
  .strict();

export const incidentStatusSchema = z
  .object({
    id: z.number().int().positive(),
    status: z.enum(INCIDENT_STATUSES, { error: 'Choose a status' }),
    /** Required when moving to resolved or closed without a resolution time yet; defaults to now. */
    resolvedAt: instant.optional(),
    note: z.string().trim().max(2000).default(''),
  })
  .strict();

export const timelineEntrySchema = z
  .object({
    incidentId: z.number().int().positive(),
    at: instant,
    entry: requiredText('What happened', 4000),
    author: z.string().trim().max(120).default(''),
  })
  .strict();

export const correctiveActionFieldsSchema = z.object({
  description: requiredText('What will be done', 2000),
  owner: requiredText('Owner', 120),
  dueDate: isoDate,
  controlId: controlIdSchema.nullable().default(null),
  completedOn: isoDate.nullable().default(null),
});

export const correctiveActionAddSchema = correctiveActionFieldsSchema
  .extend({ incidentId: z.number().int().positive() })
  .strict();
export const correctiveActionUpdateSchema = correctiveActionFieldsSchema
  .extend({ id: z.number().int().positive() })
  .strict();

export const incidentListSchema = z
  .object({
    status: z.array(z.enum(INCIDENT_STATUSES)).optional(),
    severity: z.array(z.enum(SEVERITIES)).optional(),
    category: z.array(z.enum(INCIDENT_CATEGORIES)).optional(),
    /** Inclusive calendar dates compared with the day the incident occurred (UTC). */
    from: isoDate.optional(),
    to: isoDate.optional(),
    significantOnly: z.boolean().optional(),
  })
  .strict()
  .refine((v) => !(v.from && v.to && v.to < v.from), { path: ['to'], message: 'The end is before the start' });

export const incidentExportSchema = z
  .object({
    /** Defaults to the engagement's audit period (or everything for a Type I). */
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict()
  .refine((v) => !(v.from && v.to && v.to < v.from), { path: ['to'], message: 'The end is before the start' });

export type IncidentFields = z.output<typeof incidentFieldsSchema>;
export type IncidentFieldsInput = z.input<typeof incidentFieldsSchema>;
export type IncidentListFilter = z.output<typeof incidentListSchema>;

export interface Incident {
  id: number;
  ref: string;
  title: string;
  severity: Severity;
  category: IncidentCategory;
  status: IncidentStatus;
  occurredAt: string;
  detectedAt: string;
  resolvedAt: string | null;
  owner: string;
  affectedSystems: string[];
  affectedClients: string[];
  description: string;
  rootCause: string;
  postmortem: string;
  notificationRequired: boolean;
  notifiedAt: string | null;
  notifiedTo: string;
  significant: boolean;
  significantReason: string;
  createdAt: string;
  updatedAt: string;
}

export interface TimelineEntry {
  id: number;
  incidentId: number;
  at: string;
  entry: string;
  author: string;
  createdAt: string;
  /** Written by Attest when the status changed; part of the record, so it cannot be removed. */
  automatic: boolean;
}

export interface CorrectiveAction {
  id: number;
  incidentId: number;
  description: string;
  owner: string;
  dueDate: string;
  completedOn: string | null;
  controlId: string | null;
  /** Open and past its due date. */
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One incident in the list: enough to filter, sort and spot gaps without loading every detail. */
export interface IncidentSummary {
  id: number;
  ref: string;
  title: string;
  severity: Severity;
  category: IncidentCategory;
  status: IncidentStatus;
  occurredAt: string;
  detectedAt: string;
  resolvedAt: string | null;
  owner: string;
  significant: boolean;
  hasPostmortem: boolean;
  actions: number;
  openActions: number;
  overdueActions: number;
  /** What an auditor would ask about this record. */
  gaps: string[];
}

export interface IncidentDetail extends Incident {
  timeline: TimelineEntry[];
  actions: CorrectiveAction[];
  gaps: string[];
}

export interface IncidentCsvExport {
  fileName: string;
  from: string | null;
  to: string | null;
  count: number;
  csv: string;
}

/** Days, hours or minutes between two instants, for "detected after 3 h" style facts. */
export function durationBetween(from: string, to: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`;
  return `${Math.round((hours / 24) * 10) / 10} days`;
}

export interface GapFacts {
  status: IncidentStatus;
  severity: Severity;
  significant: boolean;
  hasRootCause: boolean;
  hasPostmortem: boolean;
  notificationRequired: boolean;
  notified: boolean;
  actions: number;
  overdueActions: number;
}

/**
 * What an auditor sampling this incident would find missing: closed without a root cause or (for serious ones) a
 * post-mortem, a SEV1/SEV2 without corrective action, overdue actions, a notification due but not recorded.
 */
export function incidentGaps(f: GapFacts): string[] {
  const gaps: string[] = [];
  const done = f.status === 'resolved' || f.status === 'closed';
  const serious = f.severity === 'SEV1' || f.severity === 'SEV2';
  if (done && !f.hasRootCause) gaps.push('No root cause recorded');
  if (f.status === 'closed' && !f.hasPostmortem && (serious || f.significant))
    gaps.push('Closed without a post-mortem');
  if (done && f.actions === 0 && serious) gaps.push('No corrective action');
  if (f.overdueActions > 0) gaps.push(`${plural(f.overdueActions, 'corrective action')} overdue`);
  if (f.notificationRequired && !f.notified) gaps.push('Notification required but not recorded');
  return gaps;
}
