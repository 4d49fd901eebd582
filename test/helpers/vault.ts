import path from 'node:path';
import { Vault, type NewVault, type VaultOptions } from '../../electron/vault/vault';
import { Workbench } from '../../electron/services/workbench';
import { tempDir } from './tmp';

export const SAMPLE: NewVault = {
  orgName: 'Acme AI',
  systemName: 'Acme Delivery Platform',
  reportType: 'type1',
  asOfDate: '2026-06-30',
  periodStart: null,
  periodEnd: null,
  categories: ['confidentiality'],
};

/** A real vault file in a temp folder. */
export function newVault(options: VaultOptions = {}, init: Partial<NewVault> = {}): Vault {
  return Vault.create(path.join(tempDir(), 'test.attest'), { ...SAMPLE, ...init }, options);
}

/** A Type II engagement for January to June 2026 with only Security in scope. */
export const TYPE2_JAN_JUN: Partial<NewVault> = {
  systemName: 'Acme platform',
  reportType: 'type2',
  asOfDate: null,
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  categories: [],
};

/**
 * A workbench with its own recent list and an open real vault, optionally on a
 * fixed clock (`now`, an ISO instant) and with other engagement details.
 */
export function newWorkbench(options: { now?: string; init?: Partial<NewVault> } = {}): Workbench {
  const dir = tempDir();
  const { now } = options;
  const wb = new Workbench({
    recentFile: path.join(dir, 'recent.json'),
    ...(now ? { vaultOptions: { now: () => new Date(now) } } : {}),
  });
  wb.createVault(path.join(dir, 'test.attest'), { ...SAMPLE, ...options.init });
  return wb;
}

export function tableCounts(vault: Vault): Record<string, number> {
  const tables = vault.db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, vault.db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
  );
}
