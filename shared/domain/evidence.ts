import { z } from 'zod';
import type { Frequency } from '../catalog/types';
import type { BucketCoverage } from './period-coverage';
import { isoDate, requiredText } from '../contract/primitives';
import { controlIdSchema } from './controls';
import { addDaysToDate, addMonthsToDate } from './dates';

export const EVIDENCE_TYPES = [
  'policy-document',
  'configuration-screenshot',
  'system-export',
  'ticket',
  'log-extract',
  'scan-report',
  'pentest-report',
  'training-record',
  'meeting-minutes',
  'vendor-report',
  'other',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const EVIDENCE_TYPE_LABELS: Record<EvidenceType, string> = {
  'policy-document': 'Policy document',
  'configuration-screenshot': 'Configuration screenshot',
  'system-export': 'System listing or export',
  ticket: 'Ticket',
  'log-extract': 'Log extract',
  'scan-report': 'Scan report',
  'pentest-report': 'Penetration test report',
  'training-record': 'Training record',
  'meeting-minutes': 'Meeting minutes',
  'vendor-report': 'Vendor report',
  other: 'Other',
};

export type Freshness = 'current' | 'expiring' | 'expired';
export const FRESHNESS_LABELS: Record<Freshness, string> = {
  current: 'Current',
  expiring: 'Expiring',
  expired: 'Expired',
};

/** Largest accepted evidence file. */
export const MAX_EVIDENCE_BYTES = 4 * 1024 ** 3;

export interface EvidenceItem {
  id: number;
  sha256: string;
  title: string;
  description: string;
  type: EvidenceType;
  fileName: string;
  mediaType: string;
  size: number;
  collectedAt: string;
  effectiveDate: string;
  coversFrom: string | null;
  coversTo: string | null;
  source: string;
  owner: string;
  /** The override, when the owner set one. */
  validUntilOverride: string | null;
  /** The override, or the date derived from the linked controls' frequency. */
  validUntil: string;
  freshness: Freshness;
  controls: string[];
  createdAt: string;
  updatedAt: string;
}

/**
 * What the evidence list carries of an item; evidence.get has the rest. Kept
 * slim so that tens of thousands of items list quickly.
 */
export type EvidenceSummary = Pick<
  EvidenceItem,
  | 'id'
  | 'title'
  | 'type'
  | 'fileName'
  | 'size'
  | 'effectiveDate'
  | 'validUntil'
  | 'freshness'
  | 'controls'
  | 'owner'
  | 'source'
>;

export const evidenceListSchema = z
  .object({
    /** Only the items linked to this control. */
    control: controlIdSchema.optional(),
  })
  .strict();

/**
 * How long one piece of evidence speaks for a control of each frequency: a
 * weekly control needs fresh evidence every week, an annual one each year.
 * Continuous and per-event controls are re-evidenced quarterly and yearly.
 */
export function validityEnd(effectiveDate: string, frequency: Frequency): string {
  switch (frequency) {
    case 'daily':
      return addDaysToDate(effectiveDate, 1);
    case 'weekly':
      return addDaysToDate(effectiveDate, 7);
    case 'monthly':
      return addMonthsToDate(effectiveDate, 1);
    case 'quarterly':
    case 'continuous':
      return addMonthsToDate(effectiveDate, 3);
    case 'annual':
    case 'per-event':
      return addMonthsToDate(effectiveDate, 12);
  }
}

/** One evidence item's dates as they bear on a control it is linked to. */
export interface ItemDates {
  effectiveDate: string;
  /** The owner's override of the valid-until date, if any: it holds for every linked control. */
  validUntil: string | null;
}

/** What decides how long a control's evidence lasts: all a query or a fold over its items needs to keep. */
export interface EvidenceReach {
  /** The newest effective date of any item. */
  lastEffective: string;
  /** The newest effective date of an item without an override, if any. */
  newestPlain: string | null;
  /** The latest override, if any. */
  latestOverride: string | null;
}

/** The reach of a control's items effective by `asOf` (all of them when not given); null when there is none. */
export function reachOf(items: Iterable<ItemDates>, asOf?: string): EvidenceReach | null {
  let lastEffective = '';
  let newestPlain: string | null = null;
  let latestOverride: string | null = null;
  for (const { effectiveDate, validUntil } of items) {
    if (asOf !== undefined && effectiveDate > asOf) continue;
    if (effectiveDate > lastEffective) lastEffective = effectiveDate;
    if (validUntil === null) {
      if (newestPlain === null || effectiveDate > newestPlain) newestPlain = effectiveDate;
    } else if (latestOverride === null || validUntil > latestOverride) latestOverride = validUntil;
  }
  return lastEffective === '' ? null : { lastEffective, newestPlain, latestOverride };
}

/**
 * Until when a control's evidence speaks for it: the latest valid-until over
 * its items, each item's override or else its effective date plus this
 * control's own frequency (not the strictest of all the item's controls).
 * validityEnd never decreases with the date, so of the items without an
 * override only the newest counts.
 */
export function coveredUntil(reach: EvidenceReach, frequency: Frequency): string {
  const derived = reach.newestPlain === null ? '' : validityEnd(reach.newestPlain, frequency);
  const override = reach.latestOverride ?? '';
  return derived > override ? derived : override;
}

/** Expiring means within 30 days. */
export function freshness(validUntil: string, today: string): Freshness {
  if (validUntil < today) return 'expired';
  return validUntil <= addDaysToDate(today, 30) ? 'expiring' : 'current';
}

// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;

/** At most `max` UTF-16 units (what length limits count), never splitting a character in two. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  // A high surrogate at the edge would be left without its pair.
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** A file name as a person would see it: no folders, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = cut(base.replace(CONTROL_CHARS, '').trim(), 255);
  return clean === '' || clean === '.' || clean === '..' ? 'file' : clean;
}

const TITLE_MAX = 200;

/** The title an item gets when none is typed: the safe file name without its extension, cut to fit a title. */
export function titleFromFileName(name: string): string {
  const safe = safeFileName(name);
  const dot = safe.lastIndexOf('.');
  const stem = (dot > 0 ? safe.slice(0, dot) : safe).trim() || safe;
  return cut(stem, TITLE_MAX).trim();
}

export const evidenceMetaSchema = z
  .object({
    // Control characters (a terminal escape in a file name) never reach a title.
    title: z
      .string()
      .transform((t) => t.replace(CONTROL_CHARS, ''))
      .pipe(requiredText('Title', TITLE_MAX)),
    description: z.string().trim().max(4000).default(''),
    type: z.enum(EVIDENCE_TYPES, { error: 'Choose an evidence type' }),
    effectiveDate: isoDate.optional(),
    coversFrom: isoDate.nullable().optional(),
    coversTo: isoDate.nullable().optional(),
    owner: z.string().trim().max(120).default(''),
    validUntil: isoDate.nullable().optional(),
    controls: z.array(controlIdSchema).min(1, 'Link the evidence to at least one control').max(200),
  })
  .refine((v) => !(v.coversFrom && v.coversTo && v.coversTo < v.coversFrom), {
    path: ['coversTo'],
    message: 'Covers-to must not be before covers-from',
  });

export const evidenceAttachSchema = z
  .object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Expected the SHA-256 of an uploaded file'),
    fileName: requiredText('File name', 1000),
    mediaType: z.string().max(200).default('application/octet-stream'),
    source: z.string().trim().max(200).default('manual'),
    meta: evidenceMetaSchema,
  })
  .strict();

export const evidenceUpdateSchema = z.object({ id: z.number().int().positive(), meta: evidenceMetaSchema }).strict();

export const evidenceRemoveSchema = z
  .object({ id: z.number().int().positive(), reason: requiredText('A reason for removing the evidence', 1000) })
  .strict();

export interface AttachResult {
  item: EvidenceItem;
  /** The same bytes were already evidence: the existing item was linked instead of a new one. */
  duplicateOf: number | null;
  warnings: string[];
}

export interface VerificationReport {
  startedAt: string;
  finishedAt: string;
  blobsChecked: number;
  bytesChecked: number;
  mismatches: { sha256: string; items: { id: number; title: string; controls: string[] }[] }[];
  audit: { entries: number; brokenAt: number | null };
  /** Completed access reviews re-hashed against the snapshot taken when they were locked. */
  reviews: { checked: number; altered: { id: number; label: string }[] };
  ok: boolean;
}

export interface ControlPeriodCoverage {
  controlId: string;
  name: string;
  frequency: Frequency;
  owner: string;
  buckets: BucketCoverage[];
  /** Buckets with at least one item. */
  covered: number;
}

export type DueState = 'missing' | 'overdue' | 'due-this-week' | 'due-this-month';
export const DUE_LABELS: Record<DueState, string> = {
  missing: 'No evidence yet',
  overdue: 'Overdue',
  'due-this-week': 'Due this week',
  'due-this-month': 'Due this month',
};

export interface DueItem {
  controlId: string;
  name: string;
  frequency: Frequency;
  owner: string;
  /** The latest evidence's effective date, if any. */
  lastEvidence: string | null;
  /** When fresh evidence is needed: the latest item's valid-until date. */
  dueDate: string | null;
  state: DueState;
}
