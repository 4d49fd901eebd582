import { AREA_IDS, isAreaId, type AreaId } from '../areas';

const DEFAULT_AREA: AreaId = AREA_IDS[0];

/** Where the app is: an area, and optionally a page inside it (a control ID, the coverage matrix). */
export interface Route {
  area: AreaId;
  /** The rest of the hash after the area, decoded; '' for the area's own page. */
  sub: string;
}

/** `#/controls/AC-03` → { area: 'controls', sub: 'AC-03' }; anything unknown → the overview. */
export function routeFromHash(hash: string): Route {
  const [head = '', ...rest] = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  if (!isAreaId(head)) return { area: DEFAULT_AREA, sub: '' };
  let sub = rest.filter(Boolean).join('/');
  try {
    sub = decodeURIComponent(sub);
  } catch {
    sub = '';
  }
  return { area: head, sub };
}

/** `#/scope` → 'scope'; anything unknown → the overview. */
export function areaFromHash(hash: string): AreaId {
  return routeFromHash(hash).area;
}

export function hashForArea(area: AreaId, sub = ''): string {
  return sub ? `#/${area}/${encodeURIComponent(sub)}` : `#/${area}`;
}

/** The address of a control's detail page. */
export function controlHref(id: string): string {
  return hashForArea('controls', id);
}

/** The address of a criterion, opened in the Criteria list. */
export function criterionHref(id: string): string {
  return hashForArea('criteria', id);
}
