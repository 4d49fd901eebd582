import type { CategoryId } from '../catalog/categories';
import type { Frequency } from '../catalog/types';
import type { ControlStatus } from '../domain/controls';
import type { ReportType } from '../domain/engagement';
import type { SampleSizes } from './sample-sizes';

export const SEVERITIES = ['blocker', 'warning', 'advice'] as const;
/** blocker: an auditor would report an exception or refuse to start; warning: likely questioned; advice: good practice. */
export type Severity = (typeof SEVERITIES)[number];

/** What a finding is about, for grouping and filtering (the screens of the app where it is fixed). */
export const CHECK_AREAS = [
  'scope',
  'controls',
  'evidence',
  'policies',
  'incidents',
  'access-reviews',
  'risks',
  'vendors',
  'people',
  'changes',
  'description',
  'integrity',
] as const;
export type CheckArea = (typeof CHECK_AREAS)[number];

/** Where the app opens to fix a finding: an area of the navigation and a page inside it (see renderer store/hash). */
export interface LinkTarget {
  area:
    | 'overview'
    | 'scope'
    | 'criteria'
    | 'controls'
    | 'policies'
    | 'evidence'
    | 'incidents'
    | 'access-reviews'
    | 'risks'
    | 'vendors'
    | 'people'
    | 'changes'
    | 'self-check'
    | 'export';
  /** The page inside the area: a record ID, or '' for the area's own page. */
  sub: string;
  /** What the link opens, for its label ("Control AC-03"). */
  label: string;
}

export interface Finding {
  /** Stable across runs while the same problem persists: `<rule id>:<record>`. The remediation plan keys on it. */
  key: string;
  ruleId: string;
  severity: Severity;
  area: CheckArea;
  /** The rule's title. */
  title: string;
  /** What is wrong, naming the record. */
  message: string;
  /** How to fix it. */
  fix: string;
  criteria: string[];
  link: LinkTarget;
}

/** What one rule found: how many records it examined (for the score) and the problems. */
export interface RuleOutcome {
  checked: number;
  /** Records examined per criterion, when the rule knows (controls do); otherwise the rule's criteria get `checked`. */
  checkedByCriterion?: Map<string, number>;
  findings: Finding[];
  /** Set when the rule could not run because the vault does not hold that area yet. */
  skipped?: string;
}

// ---- The snapshot: everything the rules read, loaded once from the vault (or built by hand in tests). ----

export interface SnapshotEngagement {
  orgName: string;
  systemName: string;
  reportType: ReportType;
  asOfDate: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  categories: CategoryId[];
}

export interface SnapshotControl {
  id: string;
  name: string;
  owner: string;
  status: ControlStatus;
  frequency: Frequency;
  notApplicableReason: string | null;
  criteria: string[];
}

/** One evidence item as it speaks for one control (an item linked to three controls is three links). */
export interface SnapshotEvidenceLink {
  controlId: string;
  effectiveDate: string;
  /** The owner's override of the valid-until date, if any. */
  validUntil: string | null;
  coversFrom: string | null;
  coversTo: string | null;
}

export interface SnapshotPolicy {
  id: string;
  title: string;
  owner: string;
  reviewCadenceMonths: number;
  /** Approval date of the live (approved) version; null when never approved. */
  approvedOn: string | null;
  controls: string[];
}

export interface SnapshotVerification {
  finishedAt: string;
  blobsChecked: number;
  mismatches: number;
  auditBrokenAt: number | null;
}

export interface SnapshotIncident {
  id: number;
  title: string;
  status: 'open' | 'contained' | 'resolved' | 'closed';
  /** When it happened (an instant or a date). */
  occurredAt: string;
  /**
   * The latest timeline entry at or before the as-of date, else when it happened. Edits to the record itself do
   * not count: an import rewrites every record without anyone having worked the incident.
   */
  lastUpdate: string;
  rootCause: string;
  postmortem: string;
  significant: boolean;
  significantReason: string;
}

export type ReviewFrequency = 'monthly' | 'quarterly' | 'semiannual' | 'annual';

/** A system whose access is reviewed (the access-review inventory). */
export interface SnapshotSystem {
  id: number;
  name: string;
  inScope: boolean;
  reviewFrequency: ReviewFrequency;
}

export interface SnapshotAccessReview {
  id: number;
  systemId: number;
  /** The date the review was performed. */
  reviewDate: string;
  completed: boolean;
  /** Accounts to revoke or change whose remediation is not recorded yet. */
  openRemediations: number;
}

/** An account of a person who has left, as one access review saw it (matched by email). */
export interface SnapshotLeaverAccount {
  personId: number;
  reviewId: number;
  decision: 'keep' | 'revoke' | 'change-role' | null;
}

export interface SnapshotRiskAssessment {
  completedOn: string;
}

export interface SnapshotRisk {
  id: number;
  title: string;
  inherentScore: number;
  /** Null until the residual risk is assessed. */
  residualScore: number | null;
  treatment: 'mitigate' | 'accept' | 'transfer' | 'avoid' | null;
}

export interface SnapshotVendor {
  id: number;
  name: string;
  criticality: 'low' | 'medium' | 'high' | 'critical';
  /** Set when the vendor runs part of the system (a subservice organization). */
  subserviceMethod: 'carve-out' | 'inclusive' | null;
  lastReviewed: string | null;
  /** Complementary subservice organization controls recorded for it. */
  csocs: number;
  socReviewedOn: string | null;
}

export interface SnapshotPerson {
  id: number;
  name: string;
  startDate: string;
  endDate: string | null;
  /** Latest completion of a security-awareness course (see isSecurityTraining), if any. */
  lastTrainingOn: string | null;
}

export interface SnapshotChange {
  id: number;
  title: string;
  author: string;
  approver: string;
  deployedOn: string | null;
}

export interface CheckSnapshot {
  /** The date the check speaks for (today by default). */
  asOf: string;
  engagement: SnapshotEngagement | null;
  criterionExclusions: Record<string, string>;
  controls: SnapshotControl[];
  evidence: SnapshotEvidenceLink[];
  policies: SnapshotPolicy[];
  verification: SnapshotVerification | null;
  sampleSizes: SampleSizes;
  // Areas a vault may not hold (an older build): a missing section skips its rules (not a pass, not a failure).
  incidents?: SnapshotIncident[];
  systems?: SnapshotSystem[];
  accessReviews?: SnapshotAccessReview[];
  leaverAccounts?: SnapshotLeaverAccount[];
  riskAssessments?: SnapshotRiskAssessment[];
  risks?: SnapshotRisk[];
  vendors?: SnapshotVendor[];
  people?: SnapshotPerson[];
  changes?: SnapshotChange[];
  /** What the system description still lacks, in words (empty: DC1-DC3 and the signatory are filled). */
  descriptionGaps?: string[];
}

export interface RuleSummary {
  id: string;
  title: string;
  severity: Severity;
  area: CheckArea;
  criteria: string[];
  checked: number;
  failed: number;
  skipped: string | null;
}

export interface CategoryScore {
  category: CategoryId;
  score: number;
  criteria: number;
}

export interface CheckScore {
  overall: number;
  byCategory: CategoryScore[];
  /** In-scope criteria only. */
  byCriterion: Record<string, number>;
}

export interface SeverityCounts {
  blocker: number;
  warning: number;
  advice: number;
}

export interface CheckResult {
  asOf: string;
  score: CheckScore;
  counts: SeverityCounts;
  findings: Finding[];
  rules: RuleSummary[];
}
