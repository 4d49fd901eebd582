import { AppError } from '../../shared/contract/errors';
import { engagementWarnings, type Engagement, type EngagementBasics } from '../../shared/domain/engagement';
import { CATEGORY_IDS, categoryName, type CategoryId } from '../../shared/catalog/categories';
import { getCategories, getEngagement, setCategories, upsertEngagement } from '../vault/queries/engagement';
import { seedLibrary } from './controls';
import type { Vault } from '../vault/vault';

const LABELS: Record<keyof EngagementBasics, string> = {
  orgName: 'organisation',
  systemName: 'system',
  reportType: 'report type',
  asOfDate: 'as-of date',
  periodStart: 'period start',
  periodEnd: 'period end',
};

export function getEngagementOrFail(vault: Vault): Engagement {
  const engagement = getEngagement(vault.db);
  if (!engagement) throw new AppError('vault_error', 'This vault has no engagement record', { reason: 'damaged' });
  return { ...engagement, warnings: engagementWarnings(engagement) };
}

export function updateEngagement(vault: Vault, basics: EngagementBasics): Engagement {
  return vault.write('engagement.update', (tx) => {
    const before = getEngagementOrFail(vault);
    // Both the as-of date and the period are kept whatever the type, so switching type loses nothing.
    const next = {
      orgName: basics.orgName,
      systemName: basics.systemName,
      reportType: basics.reportType,
      asOfDate: basics.asOfDate || null,
      periodStart: basics.periodStart || null,
      periodEnd: basics.periodEnd || null,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[])
      .filter((k) => (before[k] ?? null) !== next[k])
      .map((k) => `${LABELS[k]}: ${before[k] ?? '(none)'} → ${next[k] ?? '(none)'}`);
    upsertEngagement(vault.db, { ...next, updatedAt: tx.at });
    tx.audit('engagement', '1', changed.length ? `Changed ${changed.join('; ')}` : 'Saved with no changes');
    return getEngagementOrFail(vault);
  });
}

/**
 * Sets the categories in scope. Security is always in. Library controls for a
 * newly added category are copied in; nothing is ever removed, so controls
 * of a dropped category stay, shown as out of scope.
 */
export function setScopeCategories(
  vault: Vault,
  categories: readonly CategoryId[],
): { engagement: Engagement; addedControls: string[] } {
  return vault.write('engagement.setCategories', (tx) => {
    const before = getCategories(vault.db);
    const next = CATEGORY_IDS.filter((c) => c === 'security' || categories.includes(c));
    setCategories(vault.db, next);
    const addedControls = seedLibrary(vault.db, next, tx.at);
    const added = next.filter((c) => !before.includes(c)).map(categoryName);
    const removed = before.filter((c) => !next.includes(c)).map(categoryName);
    const parts = [
      added.length ? `added ${added.join(', ')}` : '',
      removed.length ? `removed ${removed.join(', ')}` : '',
    ].filter(Boolean);
    tx.audit(
      'engagement',
      '1',
      `Categories ${parts.join('; ') || 'unchanged'}${addedControls.length ? `; copied ${addedControls.length} library controls` : ''}`,
    );
    return { engagement: getEngagementOrFail(vault), addedControls };
  });
}
