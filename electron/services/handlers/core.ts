import type { coreOps } from '../../../shared/contract/ops/core';
import { APP_NAME, APP_VERSION } from '../../../shared/version';
import { listAudit } from '../../vault/audit';
import { createDemoVault } from '../demo';
import type { HandlersFor } from './types';

export const coreHandlers: HandlersFor<typeof coreOps> = {
  'app.info': (_input, wb) => ({ name: APP_NAME, version: APP_VERSION, vault: wb.vault?.info() ?? null }),

  'vault.create': (input, wb) =>
    wb.createVault(input.path, {
      orgName: input.orgName,
      systemName: input.systemName ?? `${input.orgName} platform`,
      reportType: input.reportType ?? 'type1',
      asOfDate: input.asOfDate ?? null,
      periodStart: input.periodStart ?? null,
      periodEnd: input.periodEnd ?? null,
      categories: input.categories ?? [],
    }),
  'vault.createDemo': (input, wb) => createDemoVault(wb, input.path, input.size),
  'vault.open': (input, wb) => wb.openVault(input.path),
  'vault.close': (_input, wb) => {
    wb.closeVault();
    return null;
  },
  'vault.recent': (_input, wb) => wb.recent.list(),

  'audit.list': (input, wb) => listAudit(wb.requireVault().db, input.limit, input.beforeSeq),
};
