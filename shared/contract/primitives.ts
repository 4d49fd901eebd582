import { z } from 'zod';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date, YYYY-MM-DD, that exists on the calendar. */
export const isoDate = z
  .string()
  .regex(DATE_RE, 'Use a date in the form YYYY-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'This date does not exist on the calendar');

/** A line of text a person types: trimmed, not empty. */
export const requiredText = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label} must be at most ${max} characters`);

export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 in hex');

export const empty = z.object({}).strict();

/** A list that may not name the same thing twice: "A control is listed twice". */
export function distinct<T extends z.ZodType>(list: z.ZodArray<T>, what: string) {
  return list.refine((l) => new Set(l).size === l.length, `${what} is listed twice`);
}
