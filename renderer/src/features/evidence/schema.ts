import { z } from 'zod';
import { isoDate, requiredText } from '../../../../shared/contract/primitives';
import { EVIDENCE_TYPES, EVIDENCE_TYPE_LABELS, type EvidenceItem } from '../../../../shared/domain/evidence';

/** A date field: empty means "not set". */
const optionalDate = z
  .string()
  .transform((v) => v.trim())
  .pipe(z.union([z.literal(''), isoDate]))
  .transform((v) => (v === '' ? null : v));

const fields = {
  description: z.string().trim().max(4000),
  type: z.enum(EVIDENCE_TYPES, { error: 'Choose an evidence type' }),
  effectiveDate: z.string().trim().min(1, 'The effective date is required').pipe(isoDate),
  coversFrom: optionalDate,
  coversTo: optionalDate,
  owner: z.string().trim().max(120),
  validUntil: optionalDate,
  controls: z.array(z.string()).min(1, 'Link the evidence to at least one control').max(200),
};

const coversInOrder = (v: { coversFrom: string | null; coversTo: string | null }) =>
  !(v.coversFrom && v.coversTo && v.coversTo < v.coversFrom);
const coversMessage = { path: ['coversTo'], message: 'Covers-to must not be before covers-from' };

/** The details of an evidence item as edited on its page. */
export const metaFormSchema = z
  .object({ title: requiredText('Title', 200), ...fields })
  .refine(coversInOrder, coversMessage);

/** The upload form: an empty title means each file's own name. */
export const uploadFormSchema = z
  .object({ title: z.string().trim().max(200, 'Title must be at most 200 characters'), ...fields })
  .refine(coversInOrder, coversMessage);

export type MetaFormValues = z.input<typeof metaFormSchema>;
export type MetaFormOutput = z.output<typeof metaFormSchema>;
export type UploadFormValues = z.input<typeof uploadFormSchema>;
export type UploadFormOutput = z.output<typeof uploadFormSchema>;

export const TYPE_OPTIONS = EVIDENCE_TYPES.map((value) => ({ value, label: EVIDENCE_TYPE_LABELS[value] }));

export function metaValuesOf(item: EvidenceItem): MetaFormValues {
  return {
    title: item.title,
    description: item.description,
    type: item.type,
    effectiveDate: item.effectiveDate,
    coversFrom: item.coversFrom ?? '',
    coversTo: item.coversTo ?? '',
    owner: item.owner,
    validUntil: item.validUntilOverride ?? '',
    controls: item.controls,
  };
}
