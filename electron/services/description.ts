import { CATEGORIES } from '../../shared/catalog/categories';
import { CRITERIA } from '../../shared/catalog/criteria';
import {
  descriptionGaps,
  type CriterionControls,
  type DescriptionPreview,
  type DescriptionUpdate,
  type NotApplicableEntry,
  type SystemDescription,
} from '../../shared/domain/description';
import type { Engagement } from '../../shared/domain/engagement';
import { assertionText } from '../export/assertion';
import { longDate } from '../export/pdf/format';
import { readDescription, writeDescription } from '../vault/queries/description';
import * as derived from '../vault/queries/export';
import type { Vault } from '../vault/vault';
import { listControls } from './controls';
import { getEngagementOrFail } from './engagement';
import { draftReasons } from './export-readiness';

export function getDescription(vault: Vault): SystemDescription {
  return readDescription(vault.db);
}

function listChanges(before: SystemDescription, next: DescriptionUpdate): string[] {
  const changed: string[] = [];
  if (before.servicesProvided !== next.servicesProvided) changed.push('services provided');
  if (JSON.stringify(before.commitments) !== JSON.stringify(next.commitments)) changed.push('commitments');
  if (JSON.stringify(before.components) !== JSON.stringify(next.components)) changed.push('system components');
  if (before.notApplicableNotes !== next.notApplicableNotes) changed.push('not-applicable notes');
  if (JSON.stringify(before.signatory) !== JSON.stringify(next.signatory)) changed.push('signatory');
  return changed;
}

export function updateDescription(vault: Vault, input: DescriptionUpdate): SystemDescription {
  return vault.write('description.update', (tx) => {
    const changed = listChanges(readDescription(vault.db), input);
    writeDescription(vault.db, input, tx.at);
    tx.audit('description', '1', changed.length ? `Changed ${changed.join(', ')}` : 'Saved with no changes');
    return readDescription(vault.db);
  });
}

/** "as of June 30, 2026" or "for the period January 1, 2026 to June 30, 2026". */
export function periodLabel(e: Pick<Engagement, 'reportType' | 'asOfDate' | 'periodStart' | 'periodEnd'>): string {
  return e.reportType === 'type1'
    ? `as of ${longDate(e.asOfDate)}`
    : `for the period ${longDate(e.periodStart)} to ${longDate(e.periodEnd)}`;
}

/** The last day the description speaks for: the as-of date or the period end (today when unset). */
export function reportDate(e: Engagement, today: string): string {
  return (e.reportType === 'type1' ? e.asOfDate : e.periodEnd) ?? today;
}

function criteriaInScope(
  vault: Vault,
  engagement: Engagement,
): {
  inScope: CriterionControls[];
  notApplicable: NotApplicableEntry[];
} {
  const scope = new Set<string>(engagement.categories);
  const exclusions = new Map(
    (
      vault.db.prepare('SELECT criterion_id AS id, reason FROM criterion_exclusion').all() as {
        id: string;
        reason: string;
      }[]
    ).map((r) => [r.id, r.reason]),
  );
  const byCriterion = new Map<string, { id: string; name: string }[]>();
  for (const control of listControls(vault)) {
    if (control.notApplicableReason !== null) continue;
    for (const k of control.criteria) {
      const list = byCriterion.get(k) ?? [];
      list.push({ id: control.id, name: control.name });
      byCriterion.set(k, list);
    }
  }
  const categoryName = new Map(CATEGORIES.map((c) => [c.id as string, c.name]));
  const inScope: CriterionControls[] = [];
  const notApplicable: NotApplicableEntry[] = [];
  for (const c of CRITERIA) {
    if (!scope.has(c.category)) continue;
    const reason = exclusions.get(c.id);
    if (reason !== undefined) {
      notApplicable.push({ criterionId: c.id, topic: c.topic, reason });
      continue;
    }
    inScope.push({
      criterionId: c.id,
      topic: c.topic,
      category: categoryName.get(c.category) ?? c.category,
      controls: byCriterion.get(c.id) ?? [],
    });
  }
  return { inScope, notApplicable };
}

/** Everything the description PDF shows, assembled once for the review screen and the export. */
/** `at`: the export time (ISO 8601); the preview then speaks for its date rather than today's. */
export async function previewDescription(
  vault: Vault,
  options: { draft?: boolean; at?: string } = {},
): Promise<DescriptionPreview> {
  const engagement = getEngagementOrFail(vault);
  const description = readDescription(vault.db);
  const day = options.at ? options.at.slice(0, 10) : vault.today();
  const end = reportDate(engagement, day);
  const type2 = engagement.reportType === 'type2';
  const { inScope, notApplicable } = criteriaInScope(vault, engagement);
  const categoryName = new Map(CATEGORIES.map((c) => [c.id as string, c.name]));
  const base = {
    orgName: engagement.orgName,
    systemName: engagement.systemName,
    reportType: engagement.reportType,
    periodLabel: periodLabel(engagement),
    categories: engagement.categories.map((c) => categoryName.get(c) ?? c),
    description,
    gaps: descriptionGaps(description),
    dc4Incidents: derived.significantIncidents(vault.db, type2 ? engagement.periodStart : null, end),
    dc5Criteria: inScope,
    dc6Cuecs: derived.cuecs(vault.db, engagement.categories),
    dc7Subservice: derived.subserviceOrganizations(vault.db),
    dc8NotApplicable: notApplicable,
    dc9Changes:
      type2 && engagement.periodStart
        ? derived.significantChanges(vault.db, engagement.periodStart, end)
        : { available: false, rows: [] },
  };
  return {
    ...base,
    assertion: assertionText(base),
    draftReasons: await draftReasons(vault, end, options.draft === true, day),
  };
}
