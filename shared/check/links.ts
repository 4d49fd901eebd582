import type { LinkTarget } from './types';

/** Link targets the app knows how to open (renderer/src/store/hash.ts turns them into addresses). */
export const link = {
  scope: (): LinkTarget => ({ area: 'scope', sub: '', label: 'Scope' }),
  criterion: (id: string): LinkTarget => ({ area: 'criteria', sub: id, label: `Criterion ${id}` }),
  control: (id: string): LinkTarget => ({ area: 'controls', sub: id, label: `Control ${id}` }),
  policy: (id: string, title: string): LinkTarget => ({ area: 'policies', sub: id, label: `Policy "${title}"` }),
  evidence: (): LinkTarget => ({ area: 'evidence', sub: '', label: 'Evidence' }),
  area: (area: LinkTarget['area'], label: string): LinkTarget => ({ area, sub: '', label }),
  record: (area: LinkTarget['area'], id: string | number, label: string): LinkTarget => ({
    area,
    sub: String(id),
    label,
  }),
};
