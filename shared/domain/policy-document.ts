/** Everything a policy PDF or Markdown export shows, gathered from the vault. */
export interface PolicyDocument {
  orgName: string;
  title: string;
  /** "1.0", "1.1", "2.0"... */
  version: string;
  status: 'draft' | 'in-review' | 'approved';
  owner: string;
  /** The Markdown text of this version, exactly as approved. */
  body: string;
  effectiveDate: string | null;
  nextReviewDate: string | null;
  approval: {
    approverName: string;
    approverTitle: string;
    approvedOn: string;
    note: string;
  } | null;
  /** Every version, oldest first. */
  revisions: {
    version: string;
    status: 'draft' | 'in-review' | 'approved' | 'superseded';
    date: string;
    author: string;
    approver: string;
    summary: string;
  }[];
  /** SHA-256 of `body`, printed so a reader can match it to the vault. */
  bodySha256: string;
}
