import type { LinkTarget } from './types';

/** Link targets the app knows how to open (renderer/src/store/hash.ts turns them into addresses). */
export const link = {
  scope: (): LinkTarget => ({ area: 'scope', sub: '', label: 'Scope' }),
  criterion: (id: string): LinkTarget => ({ area: 'criteria', sub: id, label: `Criterion ${id}` }),
  control: (id: string): LinkTarget => ({ area: 'controls', sub: id, label: `Control ${id}` }),
  policy: (id: string, title: string): LinkTarget => ({ area: 'policies', sub: id, label: `Policy "${title}"` }),
  evidence: (): LinkTarget => ({ area: 'evidence', sub: '', label: 'Evidence' }),
  /** One system's reviews across the audit period (`#/access-reviews/system/<id>`). */
  accessSystem: (id: number, name: string): LinkTarget => ({
    area: 'access-reviews',
    sub: `system/${id}`,
    label: `Access reviews: ${name}`,
  }),
  area: (area: LinkTarget['area'], label: string): LinkTarget => ({ area, sub: '', label }),
  record: (area: LinkTarget['area'], id: string | number, label: string): LinkTarget => ({
    area,
    sub: String(id),
    label,
  }),
};
