import { z } from 'zod';
import { requiredText } from '../../../../shared/contract/primitives';
import {
  INCIDENT_CATEGORIES,
  INCIDENT_STATUSES,
  SEVERITIES,
  notificationIssues,
  type Incident,
  type IncidentFieldsInput,
} from '../../../../shared/domain/incidents';
import { fromLocalInput, toLocalInput } from './time';

const when = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required`)
    .refine((v) => fromLocalInput(v) !== null, 'Enter a date and time');
const optionalWhen = z
  .string()
  .trim()
  .refine((v) => v === '' || fromLocalInput(v) !== null, 'Enter a date and time');

/**
 * The incident form: the contract's fields with date-times as the local wall-clock values the inputs hold.
 * The same rules as the contract, so mistakes show while typing; the service checks again.
 */
export const incidentFormSchema = z
  .object({
    title: requiredText('Title', 200),
    severity: z.enum(SEVERITIES, { error: 'Choose a severity' }),
    category: z.enum(INCIDENT_CATEGORIES, { error: 'Choose a category' }),
    status: z.enum(INCIDENT_STATUSES, { error: 'Choose a status' }),
    occurredAt: when('When it began'),
    detectedAt: when('When it was detected'),
    resolvedAt: optionalWhen,
    owner: z.string().trim().max(120),
    affectedSystems: z.array(z.string()),
    affectedClients: z.array(z.string()),
    description: z.string().max(20_000),
    rootCause: z.string().max(20_000),
    notificationRequired: z.boolean(),
    notifiedAt: optionalWhen,
    notifiedTo: z.string().max(500),
    significant: z.boolean(),
    significantReason: z.string().max(2000),
  })
  .superRefine((v, ctx) => {
    const occurred = fromLocalInput(v.occurredAt);
    const detected = fromLocalInput(v.detectedAt);
    const resolved = fromLocalInput(v.resolvedAt);
    if (occurred && detected && detected < occurred)
      ctx.addIssue({ code: 'custom', path: ['detectedAt'], message: 'Detection cannot be before the incident began' });
    if (occurred && resolved && resolved < occurred)
      ctx.addIssue({ code: 'custom', path: ['resolvedAt'], message: 'Resolution cannot be before the incident began' });
    if ((v.status === 'resolved' || v.status === 'closed') && !resolved)
      ctx.addIssue({ code: 'custom', path: ['resolvedAt'], message: 'Say when it was resolved' });
    if (v.significant && !v.significantReason.trim())
      ctx.addIssue({ code: 'custom', path: ['significantReason'], message: 'Say why the incident is significant' });
    if (v.notificationRequired && occurred) {
      const notifiedAt = fromLocalInput(v.notifiedAt);
      for (const issue of notificationIssues({ occurredAt: occurred, notifiedAt, notifiedTo: v.notifiedTo }))
        ctx.addIssue({ code: 'custom', ...issue });
    }
  });

export type IncidentFormValues = z.input<typeof incidentFormSchema>;
export type IncidentFormOutput = z.output<typeof incidentFormSchema>;

export const FORM_FIELDS = Object.keys(incidentFormSchema.shape) as (keyof IncidentFormValues)[];

export function emptyForm(now: string): IncidentFormValues {
  return {
    title: '',
    severity: 'SEV3',
    category: 'security',
    status: 'open',
    occurredAt: now,
    detectedAt: now,
    resolvedAt: '',
    owner: '',
    affectedSystems: [],
    affectedClients: [],
    description: '',
    rootCause: '',
    notificationRequired: false,
    notifiedAt: '',
    notifiedTo: '',
    significant: false,
    significantReason: '',
  };
}

export function formOf(i: Incident): IncidentFormValues {
  return {
    title: i.title,
    severity: i.severity,
    category: i.category,
    status: i.status,
    occurredAt: toLocalInput(i.occurredAt),
    detectedAt: toLocalInput(i.detectedAt),
    resolvedAt: toLocalInput(i.resolvedAt),
    owner: i.owner,
    affectedSystems: i.affectedSystems,
    affectedClients: i.affectedClients,
    description: i.description,
    rootCause: i.rootCause,
    notificationRequired: i.notificationRequired,
    notifiedAt: toLocalInput(i.notifiedAt),
    notifiedTo: i.notifiedTo,
    significant: i.significant,
    significantReason: i.significantReason,
  };
}

/** What the contract receives; the post-mortem is edited on its own and passed through. */
export function fieldsOf(v: IncidentFormOutput, postmortem: string): IncidentFieldsInput {
  const resolving = v.status === 'resolved' || v.status === 'closed';
  return {
    ...v,
    occurredAt: fromLocalInput(v.occurredAt)!,
    detectedAt: fromLocalInput(v.detectedAt)!,
    resolvedAt: resolving ? fromLocalInput(v.resolvedAt) : null,
    notifiedAt: v.notificationRequired ? fromLocalInput(v.notifiedAt) : null,
    significantReason: v.significant ? v.significantReason : '',
    postmortem,
  };
}

/** The stored incident as contract input, e.g. to save only a new post-mortem. */
export function storedFields(i: Incident, postmortem = i.postmortem): IncidentFieldsInput {
  return {
    title: i.title,
    severity: i.severity,
    category: i.category,
    status: i.status,
    occurredAt: i.occurredAt,
    detectedAt: i.detectedAt,
    resolvedAt: i.resolvedAt,
    owner: i.owner,
    affectedSystems: i.affectedSystems,
    affectedClients: i.affectedClients,
    description: i.description,
    rootCause: i.rootCause,
    postmortem,
    notificationRequired: i.notificationRequired,
    notifiedAt: i.notifiedAt,
    notifiedTo: i.notifiedTo,
    significant: i.significant,
    significantReason: i.significantReason,
  };
}
