import { AREA_IDS, isAreaId, type AreaId } from '../areas';

const DEFAULT_AREA: AreaId = AREA_IDS[0];

/** `#/scope` → 'scope'; anything unknown → the overview. */
export function areaFromHash(hash: string): AreaId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isAreaId(id) ? id : DEFAULT_AREA;
}

export function hashForArea(area: AreaId): string {
  return `#/${area}`;
}
