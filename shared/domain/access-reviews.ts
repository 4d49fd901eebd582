import { z } from 'zod';
import { isoDate, requiredText } from '../contract/primitives';
import { cellCountProblem, normaliseHeader, parseCsv } from '../csv';
import { addDaysToDate, addMonthsToDate } from './dates';
import { periodBuckets, type Bucket } from './period-coverage';
import { plural } from '../words';

export const REVIEW_FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;
export type ReviewFrequency = (typeof REVIEW_FREQUENCIES)[number];

export const REVIEW_FREQUENCY_LABELS: Record<ReviewFrequency, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  semiannual: 'Every six months',
  annual: 'Yearly',
};

export const FREQUENCY_MONTHS: Record<ReviewFrequency, number> = {
  monthly: 1,
  quarterly: 3,
  semiannual: 6,
  annual: 12,
};

export const CRITICALITIES = ['low', 'medium', 'high'] as const;
export type Criticality = (typeof CRITICALITIES)[number];
export const CRITICALITY_LABELS: Record<Criticality, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const DECISIONS = ['keep', 'revoke', 'change-role'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS: Record<Decision, string> = {
  keep: 'Keep',
  revoke: 'Revoke',
  'change-role': 'Change role',
};

export type ReviewStatus = 'in-progress' | 'completed';
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  'in-progress': 'In progress',
  completed: 'Completed',
};

/** The most accounts one review holds; far above any agency's largest system, well within a fast import. */
export const MAX_REVIEW_ACCOUNTS = 50_000;

// ---------------------------------------------------------------------------------------------------------------
// Systems inventory

export const systemFieldsSchema = z
  .object({
    name: requiredText('System name', 120),
    owner: z.string().trim().max(120).default(''),
    inScope: z.boolean().default(true),
    criticality: z.enum(CRITICALITIES, { error: 'Choose a criticality' }).default('medium'),
    reviewFrequency: z.enum(REVIEW_FREQUENCIES, { error: 'Choose how often access is reviewed' }).default('quarterly'),
    description: z.string().trim().max(2000).default(''),
  })
  .strict();
export const systemUpdateSchema = z.object({ id: z.number().int().positive(), fields: systemFieldsSchema }).strict();
export type SystemFields = z.output<typeof systemFieldsSchema>;
export type SystemFieldsInput = z.input<typeof systemFieldsSchema>;

export type SystemReviewState = 'out-of-scope' | 'never-reviewed' | 'overdue' | 'due-soon' | 'current';
export const SYSTEM_REVIEW_STATE_LABELS: Record<SystemReviewState, string> = {
  'out-of-scope': 'Not in scope',
  'never-reviewed': 'Never reviewed',
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  current: 'Up to date',
};

export interface AccessSystem {
  id: number;
  name: string;
  owner: string;
  inScope: boolean;
  criticality: Criticality;
  reviewFrequency: ReviewFrequency;
  description: string;
  createdAt: string;
  updatedAt: string;
  reviews: number;
  /** review_date of the latest completed review. */
  lastReviewed: string | null;
  /** When the next review must be done by. */
  nextDue: string;
  state: SystemReviewState;
  openRemediations: number;
}

/** Within this many days of the due date a review shows as due soon. */
export const DUE_SOON_DAYS = 14;

/**
 * When a system's next review is due and whether it is late. The clock starts at the latest completed review, or
 * (never reviewed) at the baseline: the audit period's start or the day the system was added, whichever is later.
 * Overdue means today is past the due date.
 */
export function reviewDue(
  system: { inScope: boolean; reviewFrequency: ReviewFrequency },
  lastReviewed: string | null,
  baseline: string,
  today: string,
): { nextDue: string; state: SystemReviewState } {
  const nextDue = addMonthsToDate(lastReviewed ?? baseline, FREQUENCY_MONTHS[system.reviewFrequency]);
  if (!system.inScope) return { nextDue, state: 'out-of-scope' };
  if (today > nextDue) return { nextDue, state: 'overdue' };
  if (!lastReviewed) return { nextDue, state: 'never-reviewed' };
  if (addDaysToDate(today, DUE_SOON_DAYS) >= nextDue) return { nextDue, state: 'due-soon' };
  return { nextDue, state: 'current' };
}

/** The windows of the audit period in each of which a system needs one completed review (calendar-aligned). */
export function reviewWindows(start: string, end: string, frequency: ReviewFrequency): Bucket[] {
  if (frequency === 'monthly' || frequency === 'quarterly') return periodBuckets(start, end, frequency) ?? [];
  if (frequency === 'annual') return [{ from: start, to: end, label: 'Whole period' }];
  const out: Bucket[] = [];
  for (let year = Number(start.slice(0, 4)); `${year}-01-01` <= end; year++) {
    for (const [from, to, half] of [
      [`${year}-01-01`, `${year}-06-30`, 'H1'],
      [`${year}-07-01`, `${year}-12-31`, 'H2'],
    ] as const) {
      if (to < start || from > end) continue;
      out.push({ from: from < start ? start : from, to: to > end ? end : to, label: `${half} ${year}` });
    }
  }
  return out;
}

export type WindowState = 'reviewed' | 'in-progress' | 'missing' | 'upcoming';
export const WINDOW_STATE_LABELS: Record<WindowState, string> = {
  reviewed: 'Reviewed',
  'in-progress': 'In progress',
  missing: 'Missing',
  upcoming: 'Not yet due',
};

export interface ReviewWindow extends Bucket {
  state: WindowState;
  reviews: { id: number; reviewDate: string; status: ReviewStatus; reviewer: string }[];
}

export interface SystemCoverage {
  system: AccessSystem;
  windows: ReviewWindow[];
  missing: number;
}

export interface AccessCoverage {
  periodStart: string;
  periodEnd: string;
  today: string;
  /** In-scope systems only: the population the auditor samples from. */
  systems: SystemCoverage[];
}

/** A window is judged by the reviews performed (review date) inside it. */
export function windowState(
  window: Bucket,
  reviews: readonly { reviewDate: string; status: ReviewStatus }[],
  today: string,
): WindowState {
  const inside = reviews.filter((r) => r.reviewDate >= window.from && r.reviewDate <= window.to);
  if (inside.some((r) => r.status === 'completed')) return 'reviewed';
  if (inside.length) return 'in-progress';
  return window.to < today ? 'missing' : 'upcoming';
}

// ---------------------------------------------------------------------------------------------------------------
// Reviews

const reviewFields = {
  periodStart: isoDate,
  periodEnd: isoDate,
  reviewer: requiredText('Reviewer', 120),
  reviewDate: isoDate,
  notes: z.string().trim().max(4000).default(''),
};
const periodInOrder = (v: { periodStart: string; periodEnd: string }) => v.periodStart <= v.periodEnd;
const periodMessage = { path: ['periodEnd'], message: 'The end of the period reviewed is before its start' };

export const reviewCreateSchema = z
  .object({ systemId: z.number().int().positive(), ...reviewFields })
  .strict()
  .refine(periodInOrder, periodMessage);
export const reviewUpdateSchema = z
  .object({ id: z.number().int().positive(), ...reviewFields })
  .strict()
  .refine(periodInOrder, periodMessage);

export const reviewListSchema = z
  .object({
    systemId: z.number().int().positive().optional(),
    status: z.enum(['in-progress', 'completed']).optional(),
  })
  .strict();

const emailText = z
  .string()
  .trim()
  .min(1, 'Email is required')
  .max(320)
  .regex(/^[^\s@]+@[^\s@]+$/, 'Use an email address like name@example.com')
  .transform((v) => v.toLowerCase());

export const accountInputSchema = z
  .object({
    name: z.string().trim().max(200).default(''),
    email: emailText,
    role: z.string().trim().max(200).default(''),
    lastLogin: isoDate.nullable().default(null),
  })
  .strict();

export const accountsAddSchema = z
  .object({
    reviewId: z.number().int().positive(),
    accounts: z.array(accountInputSchema).min(1).max(MAX_REVIEW_ACCOUNTS),
  })
  .strict();

export const ACCOUNT_FIELDS = ['name', 'email', 'role', 'lastLogin'] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];
export const ACCOUNT_FIELD_LABELS: Record<AccountField, string> = {
  name: 'Name',
  email: 'Email',
  role: 'Role',
  lastLogin: 'Last login',
};

export interface MappingClash {
  /** The field that reads a column already taken by `other`. */
  field: AccountField;
  other: AccountField;
  /** 0-based. */
  column: number;
}

/**
 * Fields that read the same column: each column feeds at most one field, or an email would also land in the name
 * (or a role in the last login) without anyone noticing. Email claims its column first.
 */
export function mappingClashes(mapping: Partial<Record<AccountField, number | null>>): MappingClash[] {
  const taken = new Map<number, AccountField>();
  const clashes: MappingClash[] = [];
  for (const field of ['email', 'name', 'role', 'lastLogin'] as const) {
    const column = mapping[field];
    if (column === null || column === undefined) continue;
    const other = taken.get(column);
    if (other) clashes.push({ field, other, column });
    else taken.set(column, field);
  }
  return clashes;
}

export function clashMessage(c: MappingClash): string {
  return `${ACCOUNT_FIELD_LABELS[c.field]} and ${ACCOUNT_FIELD_LABELS[c.other]} both read column ${c.column + 1}; choose a different column for ${ACCOUNT_FIELD_LABELS[c.field]}, or none`;
}

/** Which CSV column (0-based) feeds each account field; null = not in the file. Email is required. */
export const columnMappingSchema = z
  .object({
    email: z.number().int().min(0, 'Choose the column that holds the email address'),
    name: z.number().int().min(0).nullable().default(null),
    role: z.number().int().min(0).nullable().default(null),
    lastLogin: z.number().int().min(0).nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    for (const clash of mappingClashes(v)) {
      ctx.addIssue({ code: 'custom', path: [clash.field], message: clashMessage(clash) });
    }
  });
export type ColumnMapping = z.output<typeof columnMappingSchema>;

export const accountsImportSchema = z
  .object({
    reviewId: z.number().int().positive(),
    /** The file's text as read (a BOM, semicolons and CRLF are fine). */
    csv: z.string().max(64 * 1024 * 1024, 'The file is larger than 64 MB'),
    mapping: columnMappingSchema,
  })
  .strict();

export const decideSchema = z
  .object({
    reviewId: z.number().int().positive(),
    accountIds: z.array(z.number().int().positive()).min(1, 'Choose at least one account').max(MAX_REVIEW_ACCOUNTS),
    /** null clears the decision. */
    decision: z.enum(DECISIONS, { error: 'Choose keep, revoke or change role' }).nullable(),
    reason: z.string().trim().max(2000).default(''),
    newRole: z.string().trim().max(200).default(''),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.decision === 'revoke' || v.decision === 'change-role') && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Give a reason for revoking or changing access' });
    if (v.decision === 'change-role' && !v.newRole)
      ctx.addIssue({ code: 'custom', path: ['newRole'], message: 'Name the new role' });
  });

export const remediateSchema = z
  .object({
    accountId: z.number().int().positive(),
    remediatedOn: isoDate,
    note: z.string().trim().max(2000).default(''),
  })
  .strict();

export const completeSchema = z
  .object({
    id: z.number().int().positive(),
    /** Record every undecided account as keep (the reviewer confirms the rest are appropriate). */
    keepUndecided: z.boolean().default(false),
  })
  .strict();

export const addendumSchema = z
  .object({
    reviewId: z.number().int().positive(),
    addedOn: isoDate.optional(),
    author: requiredText('Author', 120),
    text: requiredText('The correction', 8000),
  })
  .strict();

export interface ReviewAccount {
  id: number;
  name: string;
  email: string;
  role: string;
  lastLogin: string | null;
  decision: Decision | null;
  reason: string;
  newRole: string | null;
  remediationNote: string;
  remediatedOn: string | null;
}

export interface ReviewAddendum {
  id: number;
  reviewId: number;
  addedOn: string;
  author: string;
  text: string;
  createdAt: string;
}

export interface AccessReviewSummary {
  id: number;
  systemId: number;
  systemName: string;
  periodStart: string;
  periodEnd: string;
  reviewer: string;
  reviewDate: string;
  status: ReviewStatus;
  completedAt: string | null;
  accounts: number;
  decided: number;
  kept: number;
  revoked: number;
  changed: number;
  /** Revokes and role changes without a completion date. */
  openRemediations: number;
  addenda: number;
}

export interface AccessReviewDetail extends AccessReviewSummary {
  notes: string;
  snapshotSha256: string | null;
  accountRows: ReviewAccount[];
  addendaRows: ReviewAddendum[];
  createdAt: string;
  updatedAt: string;
}

export interface ImportResult {
  imported: number;
  total: number;
}

// ---------------------------------------------------------------------------------------------------------------
// CSV column mapping and row checks (shared so the UI previews exactly what the import will do)

const HEADER_SYNONYMS: Record<AccountField, string[]> = {
  email: ['email', 'e mail', 'email address', 'e mail address', 'mail', 'user email', 'primary email', 'login email'],
  name: ['name', 'full name', 'display name', 'user', 'user name', 'username', 'member', 'person'],
  role: ['role', 'roles', 'group', 'groups', 'permission', 'permissions', 'access level', 'permission level', 'type'],
  lastLogin: [
    'last login',
    'last login at',
    'last login date',
    'last sign in',
    'last signin',
    'last sign in time',
    'last seen',
    'last active',
    'last activity',
    'last used',
  ],
};

const LOOSE: Record<AccountField, RegExp> = {
  email: /mail/,
  lastLogin: /login|sign ?in|seen|active|activity/,
  role: /role|group|permission/,
  name: /name/,
};

/** Guesses the mapping from header names; a field with no matching header maps to null. */
export function suggestMapping(headers: readonly string[]): Record<AccountField, number | null> {
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  const out = {} as Record<AccountField, number | null>;
  for (const field of ['email', 'lastLogin', 'role', 'name'] as const) {
    let found: number | null = null;
    for (const synonym of HEADER_SYNONYMS[field]) {
      const index = normalised.findIndex((h, i) => h === synonym && !used.has(i));
      if (index >= 0) {
        found = index;
        break;
      }
    }
    // Looser second pass: a header that contains the field's main word ("Work email", "Last login (UTC)").
    if (found === null) {
      const index = normalised.findIndex((h, i) => LOOSE[field].test(h) && !used.has(i));
      if (index >= 0) found = index;
    }
    if (found !== null) used.add(found);
    out[field] = found;
  }
  return out;
}

const NEVER = new Set(['', 'never', 'n/a', 'na', '-', '—', 'none', 'null']);

/**
 * Reads a last-login cell: blank or "never" is null; ISO dates and date-times (with "T" or a space), YYYY/MM/DD,
 * and day-first DD.MM.YYYY are accepted. Slashed dates like 03/04/2026 are refused: month-first or day-first
 * cannot be told apart, and a wrong guess would put a login in the wrong month.
 */
export function parseLastLogin(raw: string): { ok: true; value: string | null } | { ok: false; message: string } {
  const text = raw.trim();
  if (NEVER.has(text.toLowerCase())) return { ok: true, value: null };
  let y: number, m: number, d: number;
  let match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(text);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: .*)?$/.exec(text))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    return { ok: false, message: `last login "${text}" is not a date; use YYYY-MM-DD (or leave it blank for never)` };
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, message: `last login "${text}" does not exist on the calendar` };
  }
  return { ok: true, value: date.toISOString().slice(0, 10) };
}

export interface CsvProblem {
  /** The line in the file (as a text editor or spreadsheet counts it). */
  line: number;
  message: string;
}

export interface AccountsFromCsv {
  headers: string[];
  accounts: z.output<typeof accountInputSchema>[];
  /** The file line of each account (same order), for messages about accounts already in the review. */
  lines: number[];
  /** Every problem found, in file order; when there is any, nothing should be imported. */
  problems: CsvProblem[];
}

/**
 * Turns CSV text into accounts using `mapping` (the first non-blank row is the header). Blank rows are skipped;
 * each bad row is reported with its line: more or fewer cells than the header, no email, not an email, a date
 * that is not a date, an email already seen earlier in the file. A mapping that points past the header or reads
 * one column twice is reported on the header's line. Throws AppError('invalid_input') only for text that is not
 * CSV at all.
 */
export function readAccountsCsv(text: string, mapping: ColumnMapping): AccountsFromCsv {
  const { rows } = parseCsv(text);
  const [header, ...data] = rows;
  const headers = header?.cells.map((h) => h.trim()) ?? [];
  const problems: CsvProblem[] = [];
  if (!header) return { headers, accounts: [], lines: [], problems: [{ line: 1, message: 'The file is empty' }] };
  const columns = plural(headers.length, 'column');
  for (const field of ACCOUNT_FIELDS) {
    const index = mapping[field];
    if (index !== null && index >= headers.length) {
      problems.push({
        line: header.line,
        message: `${ACCOUNT_FIELD_LABELS[field]} is mapped to column ${index + 1}, but the header has ${columns}`,
      });
    }
  }
  for (const clash of mappingClashes(mapping)) problems.push({ line: header.line, message: clashMessage(clash) });
  if (problems.length) return { headers, accounts: [], lines: [], problems };
  if (data.length === 0) problems.push({ line: header.line, message: 'The file has a header but no accounts' });

  const cell = (cells: string[], index: number | null) => (index === null ? '' : (cells[index] ?? '').trim());
  const seen = new Map<string, number>();
  const accounts: AccountsFromCsv['accounts'] = [];
  const lines: number[] = [];
  for (const row of data) {
    const at = (message: string) => problems.push({ line: row.line, message });
    const shifted = cellCountProblem(row.cells.length, headers.length);
    if (shifted) {
      at(shifted);
      continue;
    }
    const rawEmail = cell(row.cells, mapping.email);
    const email = rawEmail.toLowerCase();
    if (!email) {
      at('the email is empty');
      continue;
    }
    if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 320) {
      at(`"${rawEmail}" is not an email address`);
      continue;
    }
    const earlier = seen.get(email);
    if (earlier !== undefined) {
      at(`${email} is listed twice (also on line ${earlier})`);
      continue;
    }
    seen.set(email, row.line);
    const login = parseLastLogin(cell(row.cells, mapping.lastLogin));
    if (!login.ok) {
      at(login.message);
      continue;
    }
    const name = cell(row.cells, mapping.name);
    const role = cell(row.cells, mapping.role);
    if (name.length > 200 || role.length > 200) {
      at('a name or role is longer than 200 characters');
      continue;
    }
    accounts.push({ name, email, role, lastLogin: login.value });
    lines.push(row.line);
  }
  if (accounts.length + problems.length > MAX_REVIEW_ACCOUNTS) {
    problems.push({ line: header.line, message: `A review holds at most ${MAX_REVIEW_ACCOUNTS} accounts` });
  }
  return { headers, accounts, lines, problems };
}

/**
 * Problems for emails already in the review, or listed twice in `accounts` (for accounts typed in rather than
 * read from a file, whose duplicates readAccountsCsv has not seen). `lines` are file lines, or null to number
 * the entries from 1.
 */
export function duplicateProblems(
  accounts: readonly { email: string }[],
  lines: readonly number[] | null,
  existing: ReadonlySet<string>,
): CsvProblem[] {
  const problems: CsvProblem[] = [];
  const seen = new Map<string, number>();
  accounts.forEach((a, i) => {
    const line = lines ? lines[i]! : i + 1;
    if (existing.has(a.email)) problems.push({ line, message: `${a.email} is already in this review` });
    const earlier = seen.get(a.email);
    if (earlier !== undefined)
      problems.push({
        line,
        message: `${a.email} is listed twice (also ${lines ? 'on line' : 'as entry'} ${earlier})`,
      });
    seen.set(a.email, line);
  });
  if (existing.size + accounts.length > MAX_REVIEW_ACCOUNTS) {
    problems.push({ line: 1, message: `A review holds at most ${MAX_REVIEW_ACCOUNTS} accounts` });
  }
  return problems;
}

/** "line 7: the email is empty; line 9: …" with the first few problems, for one-line error messages. */
export function describeProblems(problems: readonly CsvProblem[], max = 5): string {
  const shown = problems.slice(0, max).map((p) => `line ${p.line}: ${p.message}`);
  const more = problems.length > max ? `; and ${problems.length - max} more` : '';
  return shown.join('; ') + more;
}
