import { AppError } from '../../shared/contract/errors';
import type { Engagement, EngagementBasics } from '../../shared/domain/engagement';
import { getEngagement, upsertEngagement } from '../vault/queries/engagement';
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
  return engagement;
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
