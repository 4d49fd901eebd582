import type { VaultInfo } from '../../shared/domain/vault';
import { updateEngagement } from './engagement';
import type { Workbench } from './workbench';

export type DemoSize = 'small' | 'large';

/** A fictional agency, our own invention, so a newcomer sees a realistic vault at once. */
export const DEMO_ORG = {
  orgName: 'Fernhill Analytics',
  systemName: 'Fernhill Model Delivery Platform',
};

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A six-month Type II period ending on the last day of the previous month. */
export function demoPeriod(today: Date): { periodStart: string; periodEnd: string } {
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
  const start = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 5, 1));
  return { periodStart: isoDay(start), periodEnd: isoDay(end) };
}

/**
 * Builds the demo vault through the same services a person uses. Each area
 * adds its records here as it lands; `large` adds them at benchmark scale.
 */
export function createDemoVault(wb: Workbench, file: string, size: DemoSize): VaultInfo {
  const info = wb.createVault(file, {
    orgName: 'Fernhill',
    systemName: 'Fernhill platform',
    reportType: 'type1',
    asOfDate: null,
    periodStart: null,
    periodEnd: null,
    categories: ['confidentiality', 'processing-integrity'],
  });
  const vault = wb.requireVault();
  const period = demoPeriod(new Date(vault.now()));
  updateEngagement(vault, {
    ...DEMO_ORG,
    reportType: 'type2',
    asOfDate: '',
    ...period,
  });
  void size;
  return { ...info, orgName: DEMO_ORG.orgName };
}
