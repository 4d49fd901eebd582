import { z } from 'zod';
import { categoryId, REPORT_TYPES } from '../../domain/engagement';
import type { AppInfo, AuditEntry, RecentVault, VaultInfo } from '../../domain/vault';
import { read, write } from '../operation';
import { empty, isoDate, requiredText } from '../primitives';

const vaultPath = z.string().trim().min(1, 'Vault path is required').max(4096, 'Vault path is too long');

/** The app, the vault file and its audit trail. */
export const coreOps = {
  'app.info': read(empty, 'Version of Attest and the open vault, if any').returns<AppInfo>(),

  'vault.create': write(
    z
      .object({
        path: vaultPath,
        orgName: requiredText('Organisation name', 120),
        systemName: requiredText('System name', 120).optional(),
        reportType: z.enum(REPORT_TYPES).optional(),
        asOfDate: isoDate.optional(),
        periodStart: isoDate.optional(),
        periodEnd: isoDate.optional(),
        categories: z.array(categoryId).optional(),
      })
      .strict()
      .refine((v) => !(v.periodStart && v.periodEnd && v.periodEnd <= v.periodStart), {
        path: ['periodEnd'],
        message: 'The period must end after it starts',
      }),
    'Create a new vault file and open it',
  ).returns<VaultInfo>(),
  'vault.createDemo': write(
    z.object({ path: vaultPath, size: z.enum(['small', 'large']).default('small') }).strict(),
    'Create a vault filled with a fictional AI agency, to explore Attest',
  ).returns<VaultInfo>(),
  'vault.open': write(z.object({ path: vaultPath }).strict(), 'Open an existing vault').returns<VaultInfo>(),
  'vault.close': write(empty, 'Close the open vault').returns<null>(),
  'vault.recent': read(empty, 'Vaults opened recently on this computer').returns<RecentVault[]>(),

  'audit.list': read(
    z
      .object({
        limit: z.number().int().min(1).max(500).default(50),
        beforeSeq: z.number().int().positive().optional(),
      })
      .strict(),
    'The audit trail, newest first',
  ).returns<AuditEntry[]>(),
} as const;
