import path from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { VaultInfo } from '../../shared/domain/vault';
import { Vault, type NewVault, type VaultOptions } from '../vault/vault';
import { seedLibrary } from './controls';
import { RecentVaults } from './recent';

export const VAULT_EXTENSION = '.attest';

/** Adds the .attest extension when a name has none, so vaults are easy to recognise. */
export function vaultFileName(p: string): string {
  return path.extname(p) === '' ? `${p}${VAULT_EXTENSION}` : p;
}

/** What every door shares: at most one open vault, and the recent list. */
export class Workbench {
  private current: Vault | null = null;
  readonly recent: RecentVaults;

  constructor(options: { recentFile: string; vaultOptions?: VaultOptions }) {
    this.recent = new RecentVaults(options.recentFile);
    this.vaultOptions = options.vaultOptions ?? {};
  }

  private readonly vaultOptions: VaultOptions;

  get vault(): Vault | null {
    return this.current;
  }

  requireVault(): Vault {
    if (!this.current) throw new AppError('no_vault', 'No vault is open. Create a vault or open one first.');
    return this.current;
  }

  createVault(file: string, init: NewVault): VaultInfo {
    const vault = Vault.create(path.resolve(vaultFileName(file)), init, this.vaultOptions, (db, at) => {
      const added = seedLibrary(db, ['security', ...init.categories], at);
      return `copied ${added.length} library controls`;
    });
    return this.adopt(vault);
  }

  openVault(file: string): VaultInfo {
    const vault = Vault.open(path.resolve(file), this.vaultOptions);
    return this.adopt(vault);
  }

  closeVault(): void {
    this.current?.close();
    this.current = null;
  }

  private adopt(vault: Vault): VaultInfo {
    this.closeVault();
    this.current = vault;
    const info = vault.info();
    this.recent.remember(info.path, info.orgName, vault.now());
    return info;
  }
}
