import type { ControlTemplate } from '../types';

/** Control ID prefix to the library domain it stands for, in library order. */
export const CONTROL_DOMAINS: Record<string, string> = {
  GV: 'Governance',
  HR: 'People',
  RA: 'Risk management',
  MN: 'Monitoring',
  AC: 'Access control',
  OP: 'Security operations',
  CM: 'Change management',
  ML: 'Model lifecycle',
  DA: 'AI data handling',
  VM: 'Vendor management',
  IR: 'Incident response',
  BC: 'Continuity and availability',
  PI: 'Processing integrity',
  CF: 'Confidentiality',
  PR: 'Privacy',
};

/** The owner roles the library assigns. A vault may rename them to fit the agency. */
export const CONTROL_OWNER_ROLES = [
  'CEO',
  'CTO',
  'Head of Operations',
  'Engineering Lead',
  'ML Lead',
  'Compliance Owner',
  'People Lead',
] as const;

export type ControlOwnerRole = (typeof CONTROL_OWNER_ROLES)[number];

/** A library control as written in the domain files; the domain is derived from the ID prefix. */
export type ControlDraft = Omit<ControlTemplate, 'domain' | 'ownerRole'> & {
  ownerRole: ControlOwnerRole;
};

/** The domain name for a control ID such as "AC-03". */
export function domainOfControlId(id: string): string {
  const prefix = id.slice(0, id.indexOf('-'));
  const domain = CONTROL_DOMAINS[prefix];
  if (domain === undefined) throw new Error(`Control ${id} has an unknown domain prefix`);
  return domain;
}

export function defineControls(drafts: readonly ControlDraft[]): ControlTemplate[] {
  return drafts.map((d) => ({
    id: d.id,
    domain: domainOfControlId(d.id),
    name: d.name,
    description: d.description,
    ownerRole: d.ownerRole,
    frequency: d.frequency,
    type: d.type,
    mode: d.mode,
    suggestedEvidence: d.suggestedEvidence,
    criteria: d.criteria,
    ai: d.ai,
  }));
}
