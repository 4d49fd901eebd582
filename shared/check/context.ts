import { CRITERIA, CRITERIA_BY_ID } from '../catalog/criteria';
import type { CategoryId } from '../catalog/categories';
import type { CheckSnapshot, SnapshotControl, SnapshotEvidenceLink } from './types';

/**
 * What several rules need, derived once per run from the snapshot so that no
 * rule walks the 50,000 evidence links on its own.
 */
export interface CheckContext {
  snapshot: CheckSnapshot;
  asOf: string;
  scope: ReadonlySet<CategoryId>;
  /** In-scope criteria not marked not applicable. */
  applicableCriteria: ReadonlySet<string>;
  /** Controls mapped to an in-scope category and not marked not applicable. */
  controls: SnapshotControl[];
  controlsById: ReadonlyMap<string, SnapshotControl>;
  /** Evidence links of each control, by effective date ascending. */
  evidenceByControl: ReadonlyMap<string, SnapshotEvidenceLink[]>;
  /** The control's criteria that are in scope (the ones its findings count against). */
  inScopeCriteria(control: SnapshotControl): string[];
  /** How many of these controls map to each in-scope criterion (the per-criterion denominator of a control rule). */
  perCriterion(controls: readonly SnapshotControl[]): Map<string, number>;
  /** A value computed once per run and shared by the rules that need it (e.g. the period's buckets). */
  memo<T>(key: string, compute: () => T): T;
}

const byDate = (a: SnapshotEvidenceLink, b: SnapshotEvidenceLink) =>
  a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : 0;

function isSorted(list: readonly SnapshotEvidenceLink[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.effectiveDate > list[i]!.effectiveDate) return false;
  return true;
}

export function buildContext(snapshot: CheckSnapshot): CheckContext {
  const scope = new Set<CategoryId>(snapshot.engagement?.categories ?? ['security']);
  const inScopeCriterion = (id: string) => {
    const c = CRITERIA_BY_ID.get(id);
    return c !== undefined && scope.has(c.category);
  };
  const applicableCriteria = new Set(
    CRITERIA.filter((c) => scope.has(c.category) && snapshot.criterionExclusions[c.id] === undefined).map((c) => c.id),
  );
  const controls = snapshot.controls.filter(
    (c) => c.notApplicableReason === null && c.criteria.some((k) => inScopeCriterion(k)),
  );
  const evidenceByControl = new Map<string, SnapshotEvidenceLink[]>();
  for (const e of snapshot.evidence) {
    const list = evidenceByControl.get(e.controlId);
    if (list) list.push(e);
    else evidenceByControl.set(e.controlId, [e]);
  }
  // The vault loads most links in date order (items with an override or a covered range come after); sort what is not.
  for (const list of evidenceByControl.values()) if (!isSorted(list)) list.sort(byDate);
  const memos = new Map<string, unknown>();
  const criteriaCache = new Map<string, string[]>();
  const inScopeCriteria = (control: SnapshotControl) => {
    let list = criteriaCache.get(control.id);
    if (!list) {
      list = control.criteria.filter(inScopeCriterion);
      criteriaCache.set(control.id, list);
    }
    return list;
  };
  return {
    snapshot,
    asOf: snapshot.asOf,
    scope,
    applicableCriteria,
    controls,
    controlsById: new Map(controls.map((c) => [c.id, c])),
    evidenceByControl,
    inScopeCriteria,
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
    perCriterion(list) {
      const counts = new Map<string, number>();
      for (const c of list) for (const k of inScopeCriteria(c)) counts.set(k, (counts.get(k) ?? 0) + 1);
      return counts;
    },
  };
}
