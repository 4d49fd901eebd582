import { z } from 'zod';
import { isoDate, requiredText } from '../contract/primitives';
import { importBase, mappingSchema, type ImportField } from './csv-mapping';
import { addMonthsToDate } from './dates';
import { policyIdSchema, versionLabelSchema } from './policies';

/** Security awareness training is due again this many months after the last completion. */
export const TRAINING_VALID_MONTHS = 12;

/** Joined and not left (active), not yet started (starting), or gone (left), as of today. */
export type PersonStatus = 'active' | 'starting' | 'left';
export const PERSON_STATUS_LABELS: Record<PersonStatus, string> = {
  active: 'Active',
  starting: 'Starting',
  left: 'Left',
};

/** For people still here: trained within the last 12 months, lapsed, or never trained. */
export type TrainingState = 'current' | 'expired' | 'never' | 'not-applicable';
export const TRAINING_STATE_LABELS: Record<TrainingState, string> = {
  current: 'Trained',
  expired: 'Training lapsed',
  never: 'Never trained',
  'not-applicable': 'Not needed',
};

export function personStatus(startDate: string, endDate: string | null, today: string): PersonStatus {
  if (endDate !== null && endDate < today) return 'left';
  return startDate > today ? 'starting' : 'active';
}

/** When training is due again after a completion. */
export function trainingDueAfter(completedOn: string): string {
  return addMonthsToDate(completedOn, TRAINING_VALID_MONTHS);
}

/** `due` is when training is due again after the last completion (null: never trained). */
export function trainingState(status: PersonStatus, due: string | null, today: string): TrainingState {
  if (status === 'left') return 'not-applicable';
  if (due === null) return 'never';
  return due > today ? 'current' : 'expired';
}

/** A person as listed: their record and what is derived from training and acknowledgements. */
export interface PersonSummary {
  id: number;
  name: string;
  email: string;
  role: string;
  startDate: string;
  endDate: string | null;
  backgroundCheckDate: string | null;
  notes: string;
  status: PersonStatus;
  lastTraining: string | null;
  /** When training is due again; null when never trained. */
  trainingDue: string | null;
  training: TrainingState;
  /** Live (approved) policies whose live version this person acknowledged. */
  acknowledged: number;
  /** Live policies in the vault; the gap is what they still have to acknowledge. */
  policiesLive: number;
  createdAt: string;
  updatedAt: string;
}

export interface TrainingRecord {
  id: number;
  personId: number;
  course: string;
  completedOn: string;
}

export interface Acknowledgement {
  id: number;
  personId: number;
  policyId: string;
  policyTitle: string;
  version: string;
  acknowledgedOn: string;
  /** False when a newer version has been approved since: it needs acknowledging again. */
  current: boolean;
}

export interface PersonDetail extends PersonSummary {
  /** Newest first. */
  trainingRecords: TrainingRecord[];
  acknowledgements: Acknowledgement[];
  /** Live policies with no acknowledgement of their live version. */
  unacknowledged: { policyId: string; title: string; version: string }[];
}

/** An optional calendar date: null, or empty as a form sends it, means not set. */
export const optionalDate = z
  .union([z.literal('').transform(() => null), isoDate])
  .nullable()
  .default(null);
const email = z
  .string()
  .trim()
  .min(1, 'Email is required')
  .max(254, 'Email must be at most 254 characters')
  .pipe(z.email('Use an email address like name@example.com'));

export const personFieldsShape = {
  name: requiredText('Name', 160),
  email,
  role: z.string().trim().max(120, 'Role must be at most 120 characters').default(''),
  startDate: isoDate,
  endDate: optionalDate,
  backgroundCheckDate: optionalDate,
  notes: z.string().trim().max(4000, 'Notes must be at most 4,000 characters').default(''),
};

const endAfterStart = (v: { startDate: string; endDate: string | null }) =>
  v.endDate === null || v.endDate >= v.startDate;
const endMessage = { path: ['endDate'], message: 'The end date must not be before the start date' };

export const personCreateSchema = z.object(personFieldsShape).strict().refine(endAfterStart, endMessage);
export const personUpdateSchema = z
  .object({ id: z.number().int().positive(), ...personFieldsShape })
  .strict()
  .refine(endAfterStart, endMessage);
export const personIdSchema = z.object({ id: z.number().int().positive() }).strict();

/** Training is recorded once done; the service checks against the vault's today, the form against the local one. */
export const TRAINING_IN_FUTURE = 'The completion date is in the future: record training once it has been completed';

export const ACKNOWLEDGED_IN_FUTURE =
  'The acknowledgement date is in the future: record it once the person has read and accepted the policy';

export const trainingAddSchema = z
  .object({
    personIds: z.array(z.number().int().positive()).min(1, 'Choose at least one person').max(100_000),
    course: requiredText('Course', 200),
    completedOn: isoDate,
  })
  .strict();

export const acknowledgeSchema = z
  .object({
    personIds: z.array(z.number().int().positive()).min(1, 'Choose at least one person').max(100_000),
    policyId: policyIdSchema,
    /** Defaults to the live version. */
    version: versionLabelSchema.optional(),
    acknowledgedOn: isoDate,
  })
  .strict();

export const PEOPLE_IMPORT_FIELDS: readonly ImportField<PersonImportKey>[] = [
  { key: 'name', label: 'Name', required: true, aliases: ['full name', 'employee', 'employee name', 'person'] },
  { key: 'email', label: 'Email', required: true, aliases: ['e mail', 'email address', 'work email', 'mail'] },
  { key: 'role', label: 'Role', required: false, aliases: ['title', 'job title', 'position', 'job'] },
  {
    key: 'startDate',
    label: 'Start date',
    required: true,
    aliases: ['start', 'hire date', 'hired', 'hired on', 'joined', 'joining date', 'started'],
  },
  {
    key: 'endDate',
    label: 'End date',
    required: false,
    aliases: ['end', 'termination date', 'terminated', 'terminated on', 'left', 'leaving date', 'left on'],
  },
  {
    key: 'backgroundCheckDate',
    label: 'Background check date',
    required: false,
    aliases: ['background check', 'background checked', 'screening date', 'screened on', 'bg check'],
  },
];
type PersonImportKey = 'name' | 'email' | 'role' | 'startDate' | 'endDate' | 'backgroundCheckDate';

export const peopleImportSchema = z
  .object({
    ...importBase,
    mapping: mappingSchema(['name', 'email', 'role', 'startDate', 'endDate', 'backgroundCheckDate']),
    /** People whose email is already in the vault are updated instead of reported as duplicates. */
    updateExisting: z.boolean().default(false),
  })
  .strict();

/** Which population: people who joined, or who left, during the period. */
export const POPULATIONS = ['hires', 'terminations'] as const;
export type PeoplePopulation = (typeof POPULATIONS)[number];

/** A period for a population; both ends default to the engagement's period. */
export const periodSchema = {
  from: isoDate.optional(),
  to: isoDate.optional(),
};
export const peoplePopulationSchema = z
  .object({ population: z.enum(POPULATIONS, { error: 'Say hires or terminations' }), ...periodSchema })
  .strict()
  .refine((v) => !(v.from && v.to && v.to < v.from), { path: ['to'], message: 'The period ends before it starts' });

/** A population as an auditor receives it: CSV text, its row count and the period it covers. */
export interface PopulationCsv {
  from: string;
  to: string;
  rows: number;
  fileName: string;
  csv: string;
}
