/** The five Trust Services categories. Security (the common criteria) is always in scope. */
export const CATEGORY_IDS = ['security', 'availability', 'processing-integrity', 'confidentiality', 'privacy'] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface Category {
  id: CategoryId;
  name: string;
  /** One sentence, our words: what adding this category commits the organisation to. */
  summary: string;
}

export const CATEGORIES: readonly Category[] = [
  {
    id: 'security',
    name: 'Security',
    summary:
      'The system and its data are protected against unauthorised access, use and change. Required in every SOC 2 examination.',
  },
  {
    id: 'availability',
    name: 'Availability',
    summary:
      'The system is up and usable as promised to clients. Add it when you run hosted AI services with uptime commitments.',
  },
  {
    id: 'processing-integrity',
    name: 'Processing Integrity',
    summary: 'Processing, including model outputs, is complete, valid, accurate, timely and authorised.',
  },
  {
    id: 'confidentiality',
    name: 'Confidentiality',
    summary:
      'Information you promised to keep confidential, such as client data and models, is protected and disposed of properly.',
  },
  {
    id: 'privacy',
    name: 'Privacy',
    summary:
      'Personal information is collected, used, kept, shared and disposed of as your privacy notice says. Add it when you handle personal information.',
  },
];

/** The preset most AI agencies start from. */
export const AI_AGENCY_PRESET: readonly CategoryId[] = ['security', 'confidentiality', 'processing-integrity'];

export function categoryName(id: CategoryId): string {
  return CATEGORIES.find((c) => c.id === id)?.name ?? id;
}
