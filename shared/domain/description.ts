import { z } from 'zod';
import { isoDate } from '../contract/primitives';
import type { ReportType } from './engagement';

/**
 * The system description (DC 200) as management writes it: the narrative
 * parts (DC1-DC3, DC8 notes) and who signs the assertion. The rest of the
 * description (DC4-DC9) is derived from the vault's records at export time.
 */

/** The five kinds of system component DC3 asks for, in the order the description lists them. */
export const COMPONENT_KINDS = ['infrastructure', 'software', 'people', 'procedures', 'data'] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export const COMPONENT_LABELS: Record<ComponentKind, string> = {
  infrastructure: 'Infrastructure',
  software: 'Software',
  people: 'People',
  procedures: 'Procedures',
  data: 'Data',
};

/** One entry of a structured list: a short name and what it is or does. */
export interface DescriptionItem {
  title: string;
  detail: string;
}

export interface Signatory {
  name: string;
  title: string;
  /** YYYY-MM-DD, or '' until management signs. */
  date: string;
}

export interface SystemDescription {
  /** DC1: the kinds of services provided. */
  servicesProvided: string;
  /** DC2: each principal service commitment with the system requirements that meet it. */
  commitments: DescriptionItem[];
  /** DC3: system components, one list per kind. */
  components: Record<ComponentKind, DescriptionItem[]>;
  /** DC8: management's notes on criteria that do not apply (the per-criterion reasons come from the scope). */
  notApplicableNotes: string;
  signatory: Signatory;
  /** null until the description was first saved. */
  updatedAt: string | null;
}

export const MAX_ITEMS = 200;

const itemSchema = z
  .object({
    title: z.string().trim().min(1, 'Name this entry').max(200, 'At most 200 characters'),
    detail: z.string().trim().max(4000, 'At most 4,000 characters'),
  })
  .strict();

const itemList = (what: string) => z.array(itemSchema).max(MAX_ITEMS, `At most ${MAX_ITEMS} ${what}`);

export const descriptionUpdateSchema = z
  .object({
    servicesProvided: z.string().trim().max(20000, 'Services provided must be at most 20,000 characters'),
    commitments: itemList('commitments'),
    components: z
      .object({
        infrastructure: itemList('infrastructure entries'),
        software: itemList('software entries'),
        people: itemList('people entries'),
        procedures: itemList('procedures'),
        data: itemList('data entries'),
      })
      .strict(),
    notApplicableNotes: z.string().trim().max(8000, 'Notes must be at most 8,000 characters'),
    signatory: z
      .object({
        name: z.string().trim().max(120, 'Name must be at most 120 characters'),
        title: z.string().trim().max(120, 'Title must be at most 120 characters'),
        date: z.union([isoDate, z.literal('')]),
      })
      .strict(),
  })
  .strict();

export type DescriptionUpdate = z.output<typeof descriptionUpdateSchema>;
export type DescriptionUpdateInput = z.input<typeof descriptionUpdateSchema>;

export function emptyDescription(): SystemDescription {
  return {
    servicesProvided: '',
    commitments: [],
    components: { infrastructure: [], software: [], people: [], procedures: [], data: [] },
    notApplicableNotes: '',
    signatory: { name: '', title: '', date: '' },
    updatedAt: null,
  };
}

/** The parts of the description still empty, in words a person acts on (also used by the self-check). */
export function descriptionGaps(d: SystemDescription): string[] {
  const gaps: string[] = [];
  if (d.servicesProvided.trim() === '') gaps.push('Services provided (DC1) is empty');
  if (d.commitments.length === 0) gaps.push('No principal service commitments (DC2)');
  for (const kind of COMPONENT_KINDS) {
    if (d.components[kind].length === 0) gaps.push(`No ${COMPONENT_LABELS[kind].toLowerCase()} components (DC3)`);
  }
  if (!d.signatory.name || !d.signatory.title) gaps.push('Nobody is named to sign the assertion');
  if (!d.signatory.date) gaps.push('The assertion has no signature date');
  return gaps;
}

// ---------------------------------------------------------------------------
// The derived sections (DC4-DC9), shown for review before export.

/**
 * A derived section reads a register another area keeps. `available` is false
 * when this vault has no such register yet, so the description can say that no
 * records exist rather than imply there were none.
 */
export interface DerivedList<T> {
  available: boolean;
  rows: T[];
}

export interface IncidentEntry {
  ref: string;
  title: string;
  description: string;
  /** When it happened or was detected, YYYY-MM-DD. */
  date: string;
  severity: string;
  effect: string;
  /** YYYY-MM-DD, or null while the incident is still open or contained. */
  resolvedOn: string | null;
  /** The root cause as recorded ('' when none). */
  cause: string;
  status: string;
}

export interface CriterionControls {
  criterionId: string;
  topic: string;
  category: string;
  controls: { id: string; name: string }[];
}

export interface CuecEntry {
  ref: string;
  description: string;
  criteria: string[];
}

export interface SubserviceEntry {
  name: string;
  service: string;
  treatment: 'carve-out' | 'inclusive';
  /** The controls expected of the subservice organization (CSOCs). */
  csocs: string[];
  criteria: string[];
}

export interface ChangeEntry {
  ref: string;
  title: string;
  date: string;
  kind: string;
  description: string;
}

export interface NotApplicableEntry {
  criterionId: string;
  topic: string;
  reason: string;
}

/** Management's assertion in words, built from the engagement (see electron/export/assertion.ts). */
export interface AssertionText {
  heading: string;
  paragraphs: string[];
  /** "We confirm…", followed by the lettered statements (a), (b) and, for Type II, (c). */
  confirmation: string;
  statements: string[];
}

export interface DescriptionPreview {
  orgName: string;
  systemName: string;
  reportType: ReportType;
  /** "as of June 30, 2026" or "for the period January 1, 2026 to June 30, 2026", in words. */
  periodLabel: string;
  categories: string[];
  description: SystemDescription;
  gaps: string[];
  dc4Incidents: DerivedList<IncidentEntry>;
  dc5Criteria: CriterionControls[];
  dc6Cuecs: DerivedList<CuecEntry>;
  dc7Subservice: DerivedList<SubserviceEntry>;
  dc8NotApplicable: NotApplicableEntry[];
  /** Type II only; empty and unavailable for Type I. */
  dc9Changes: DerivedList<ChangeEntry>;
  assertion: AssertionText;
  /** Why the package would carry the DRAFT watermark now (empty when it would not). */
  draftReasons: string[];
}

// ---------------------------------------------------------------------------
// The package.

export const exportStartSchema = z
  .object({
    draft: z.boolean().default(false),
    /** The export time; fixed for a reproducible package. Defaults to now. */
    at: z.iso.datetime({ error: 'Use an ISO 8601 instant such as 2026-07-01T09:00:00Z' }).optional(),
  })
  .strict();

export const exportJobSchema = z.object({ jobId: z.string().regex(/^[0-9a-f]{16}$/, 'Unknown export') }).strict();

export const verifyPackageSchema = z.object({ path: z.string().trim().min(1, 'Name the package file') }).strict();

export type ExportPhase = 'documents' | 'evidence' | 'finishing' | 'done' | 'failed' | 'cancelled';

/** An export that has stopped, one way or another. */
export function exportEnded(phase: ExportPhase): boolean {
  return phase === 'done' || phase === 'failed' || phase === 'cancelled';
}

export interface ExportProgress {
  jobId: string;
  phase: ExportPhase;
  /** Bytes of files written into the package so far, and the total expected. */
  bytesDone: number;
  bytesTotal: number;
  filesDone: number;
  filesTotal: number;
  fileName: string;
  draft: boolean;
  /** Set when done. */
  size: number | null;
  /** SHA-256 of the package's SHA256SUMS file, which lists every file's hash: one fingerprint for the whole package. */
  fingerprint: string | null;
  error: string | null;
  /** Set when done: what the package leaves out and why. */
  notes: string[];
}

export interface PackageSummary {
  file: string;
  fileName: string;
  size: number;
  /** SHA-256 of the package's SHA256SUMS file (see ExportProgress.fingerprint). */
  fingerprint: string;
  files: number;
  evidenceFiles: number;
  draft: boolean;
  draftReasons: string[];
  exportedAt: string;
  /** What the package leaves out and why (also in manifest.json). */
  notes: string[];
}

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

export interface PackageManifest {
  format: 'attest-package';
  formatVersion: 1;
  vaultId: string;
  engagement: {
    orgName: string;
    systemName: string;
    reportType: ReportType;
    asOfDate: string | null;
    periodStart: string | null;
    periodEnd: string | null;
    categories: string[];
  };
  exportedAt: string;
  generator: string;
  draft: boolean;
  /** What the reader should know about the package's contents, e.g. a document left out and why. */
  notes?: string[];
  files: ManifestFile[];
}

export interface PackageProblem {
  path: string;
  problem: 'altered' | 'missing' | 'extra' | 'unreadable';
  detail: string;
}

export interface PackageVerification {
  ok: boolean;
  file: string;
  checked: number;
  problems: PackageProblem[];
}

/** The browser host serves a finished package at this route plus the job id. */
export const EXPORT_DOWNLOAD_ROUTE = '/api/export/';
