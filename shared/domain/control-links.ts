/** The kinds of record that can point at a control, in the order the control page lists them. */
export const CONTROL_LINK_KINDS = ['risk', 'vendor', 'incident-action', 'change', 'cuec'] as const;
export type ControlLinkKind = (typeof CONTROL_LINK_KINDS)[number];

export const CONTROL_LINK_KIND_LABELS: Record<ControlLinkKind, string> = {
  risk: 'Risks it treats',
  vendor: 'Vendors that rely on it',
  'incident-action': 'Incident corrective actions',
  change: 'Production changes',
  cuec: 'Client-side controls (CUECs) on the same criteria',
};

/**
 * Where a linked record's own page is: an app area and the page inside it.
 * Kept as plain strings here (shared/ knows nothing of the renderer's routes).
 */
export interface ControlLinkTarget {
  area: 'risks' | 'vendors' | 'incidents' | 'changes' | 'scope';
  sub: string;
}

/** One record linked to a control, described in a line. */
export interface ControlLink {
  kind: ControlLinkKind;
  id: number;
  title: string;
  /** Its status in a few words: score and treatment, criticality, due date, deployment. */
  detail: string;
  /** Something on it an auditor would question (overdue, self-approved…), or null. */
  attention: string | null;
  target: ControlLinkTarget;
}

export interface ControlLinkGroup {
  kind: ControlLinkKind;
  label: string;
  links: ControlLink[];
}

/** Everything that points at one control, grouped by kind; every kind is present, possibly empty. */
export interface ControlLinks {
  controlId: string;
  total: number;
  groups: ControlLinkGroup[];
}
