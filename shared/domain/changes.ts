import { z } from 'zod';
import { isoDate, requiredText } from '../contract/primitives';
import { controlIdList, evidenceIdList } from './controls';
import { importBase, mappingSchema, type ImportField } from './csv-mapping';
import { optionalDate, periodSchema } from './people';

/** The light tier: an experiment with a model or prompt, noted so the trail shows it never shipped as is. */
export interface Experiment {
  id: number;
  what: string;
  who: string;
  trackedIn: string;
  occurredOn: string;
  createdAt: string;
  updatedAt: string;
}

/** A production change as listed. */
export interface ChangeSummary {
  id: number;
  title: string;
  ticketRef: string;
  author: string;
  reviewer: string;
  approver: string;
  /** Segregation of duties not met: the author approved their own change. */
  approverIsAuthor: boolean;
  deployedOn: string | null;
  emergency: boolean;
  significant: boolean;
  /** Test evidence as text, or linked evidence items. */
  tested: boolean;
  controls: string[];
  updatedAt: string;
}

export interface ChangeDetail extends ChangeSummary {
  description: string;
  testEvidence: string;
  significantDescription: string;
  /** Linked evidence items that are still in the vault. */
  evidence: { id: number; title: string; effectiveDate: string }[];
  createdAt: string;
  /** What an auditor would question, in words; saving is still allowed. */
  warnings: string[];
}

/**
 * The same test the database uses for its approver_is_author column: case and
 * surrounding spaces ignored (ASCII letters only, as SQLite's lower()).
 */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/[A-Z]/g, (c) => c.toLowerCase());
  return a.trim() !== '' && norm(a) === norm(b);
}

export function changeWarnings(c: {
  author: string;
  reviewer: string;
  approver: string;
  deployedOn: string | null;
  tested: boolean;
}): string[] {
  const warnings: string[] = [];
  if (sameName(c.approver, c.author))
    warnings.push('The approver is the author: an auditor expects someone else to approve a change.');
  if (c.deployedOn && !c.approver.trim()) warnings.push('Deployed without a recorded approver.');
  if (c.reviewer.trim() && sameName(c.reviewer, c.author)) warnings.push('The reviewer is the author.');
  if (c.deployedOn && !c.tested) warnings.push('No test evidence is recorded.');
  return warnings;
}

export const changeFieldsShape = {
  title: requiredText('Title', 200),
  description: z.string().trim().max(8000, 'Description must be at most 8,000 characters').default(''),
  ticketRef: z.string().trim().max(120, 'Ticket reference must be at most 120 characters').default(''),
  author: requiredText('Author', 160),
  reviewer: z.string().trim().max(160, 'Reviewer must be at most 160 characters').default(''),
  approver: z.string().trim().max(160, 'Approver must be at most 160 characters').default(''),
  testEvidence: z.string().trim().max(8000, 'Test evidence must be at most 8,000 characters').default(''),
  evidenceIds: evidenceIdList.default([]),
  deployedOn: optionalDate,
  emergency: z.boolean().default(false),
  significant: z.boolean().default(false),
  significantDescription: z.string().trim().max(4000, 'At most 4,000 characters').default(''),
  controls: controlIdList.default([]),
};

const significantDescribed = (v: { significant: boolean; significantDescription: string }) =>
  !v.significant || v.significantDescription !== '';
const significantMessage = {
  path: ['significantDescription'],
  message: 'Describe the significant change: it goes into the system description',
};

export const changeCreateSchema = z.object(changeFieldsShape).strict().refine(significantDescribed, significantMessage);
export const changeUpdateSchema = z
  .object({ id: z.number().int().positive(), ...changeFieldsShape })
  .strict()
  .refine(significantDescribed, significantMessage);
export const changeIdSchema = z.object({ id: z.number().int().positive() }).strict();
/** Deleting a production change takes a reason: the population the auditor samples loses a row. */
export const changeRemoveSchema = z
  .object({
    id: z.number().int().positive(),
    reason: requiredText('A reason for deleting the change', 1000),
  })
  .strict();

export const experimentFieldsShape = {
  what: requiredText('What was tried', 500),
  who: requiredText('Who', 160),
  trackedIn: z.string().trim().max(300, 'At most 300 characters').default(''),
  occurredOn: isoDate,
};
export const experimentCreateSchema = z.object(experimentFieldsShape).strict();
export const experimentUpdateSchema = z.object({ id: z.number().int().positive(), ...experimentFieldsShape }).strict();

type ChangeImportKey =
  | 'title'
  | 'description'
  | 'ticketRef'
  | 'author'
  | 'reviewer'
  | 'approver'
  | 'testEvidence'
  | 'deployedOn'
  | 'emergency'
  | 'significant'
  | 'significantDescription';

export const CHANGE_IMPORT_FIELDS: readonly ImportField<ChangeImportKey>[] = [
  { key: 'title', label: 'Title', required: true, aliases: ['summary', 'subject', 'change', 'name'] },
  { key: 'description', label: 'Description', required: false, aliases: ['details', 'body'] },
  {
    key: 'ticketRef',
    label: 'Ticket',
    required: false,
    aliases: ['ticket ref', 'ticket reference', 'key', 'issue', 'issue key', 'pr', 'pull request', 'id', 'reference'],
  },
  { key: 'author', label: 'Author', required: true, aliases: ['created by', 'developer', 'assignee', 'requester'] },
  { key: 'reviewer', label: 'Reviewer', required: false, aliases: ['reviewed by', 'code reviewer'] },
  { key: 'approver', label: 'Approver', required: false, aliases: ['approved by'] },
  { key: 'testEvidence', label: 'Test evidence', required: false, aliases: ['testing', 'tests', 'test notes'] },
  {
    key: 'deployedOn',
    label: 'Deployed on',
    required: false,
    aliases: ['deploy date', 'deployed', 'deployment date', 'released', 'release date', 'merged', 'merged on'],
  },
  { key: 'emergency', label: 'Emergency', required: false, aliases: ['emergency change', 'hotfix'] },
  { key: 'significant', label: 'Significant', required: false, aliases: ['significant change'] },
  {
    key: 'significantDescription',
    label: 'Significant change description',
    required: false,
    aliases: ['significance', 'significant description'],
  },
];

export const changesImportSchema = z
  .object({
    ...importBase,
    mapping: mappingSchema([
      'title',
      'description',
      'ticketRef',
      'author',
      'reviewer',
      'approver',
      'testEvidence',
      'deployedOn',
      'emergency',
      'significant',
      'significantDescription',
    ]),
  })
  .strict();

export const changesPopulationSchema = z
  .object(periodSchema)
  .strict()
  .refine((v) => !(v.from && v.to && v.to < v.from), { path: ['to'], message: 'The period ends before it starts' });
