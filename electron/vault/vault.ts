import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { CategoryId } from '../../shared/catalog/categories';
import { addDaysToDate } from '../../shared/domain/dates';
import type { Engagement } from '../../shared/domain/engagement';
import type { VaultInfo } from '../../shared/domain/vault';
import { APP_VERSION } from '../../shared/version';
import { appendAudit } from './audit';
import { BlobStore } from './blobs';
import { openDatabase, type Db } from './database';
import { migrate, schemaVersion } from './migrations/runner';
import { getEngagement, setCategories, upsertEngagement } from './queries/engagement';
import { getMeta, setMeta } from './queries/meta';

export interface VaultOptions {
  /** The clock; tests pin it. */
  now?: () => Date;
  chunkSize?: number;
  chunksPerCommit?: number;
}

/** What a new vault starts with: the engagement, less what the vault stamps itself. */
export type NewVault = Omit<Engagement, 'updatedAt' | 'warnings' | 'categories'> & {
  categories: readonly CategoryId[];
};

export interface WriteContext {
  /** The instant of this write, ISO 8601 UTC. */
  at: string;
  audit(entity: string, entityId: string, summary: string): void;
}

/** An open vault: one SQLite file holding data and evidence bytes. */
export class Vault {
  readonly blobs: BlobStore;
  private readonly clock: () => Date;

  private constructor(
    readonly db: Db,
    readonly path: string,
    options: VaultOptions,
  ) {
    this.clock = options.now ?? (() => new Date());
    this.blobs = new BlobStore(db, () => this.now(), options.chunkSize, options.chunksPerCommit);
  }

  /**
   * Creates the file and its first records in one transaction. `seed` adds
   * records that belong to services (the control library) in the same one.
   */
  static create(
    path: string,
    init: NewVault,
    options: VaultOptions = {},
    seed?: (db: Db, at: string) => string,
  ): Vault {
    const db = openDatabase(path, { create: true });
    const vault = new Vault(db, path, options);
    try {
      migrate(db);
      vault.write('vault.create', (tx) => {
        const id = randomUUID();
        setMeta(db, 'vault_id', id);
        setMeta(db, 'created_at', tx.at);
        setMeta(db, 'created_by', `Attest ${APP_VERSION}`);
        upsertEngagement(db, {
          orgName: init.orgName,
          systemName: init.systemName,
          reportType: init.reportType,
          asOfDate: init.asOfDate,
          periodStart: init.periodStart,
          periodEnd: init.periodEnd,
          updatedAt: tx.at,
        });
        setCategories(db, ['security', ...init.categories]);
        const seeded = seed?.(db, tx.at);
        tx.audit('vault', id, `Created vault for ${init.orgName}${seeded ? `; ${seeded}` : ''}`);
      });
      return vault;
    } catch (error) {
      db.close();
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path + suffix, { force: true });
      throw error;
    }
  }

  static open(path: string, options: VaultOptions = {}): Vault {
    const db = openDatabase(path, { create: false });
    try {
      migrate(db);
      const vault = new Vault(db, path, options);
      vault.blobs.removeAbandoned();
      return vault;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  now(): string {
    return this.clock().toISOString();
  }

  /** Today's calendar date (UTC), YYYY-MM-DD. */
  today(): string {
    return this.now().slice(0, 10);
  }

  /**
   * The latest date a person may say something already happened on. The
   * vault's calendar is UTC; east of UTC the next day has begun, and nobody
   * may be refused their own today.
   */
  latestPastDate(): string {
    return addDaysToDate(this.today(), 1);
  }

  /**
   * The only way services change the vault: one immediate transaction that
   * must append at least one audit entry, or nothing is written.
   */
  write<T>(operation: string, fn: (tx: WriteContext) => T): T {
    return this.db
      .transaction(() => {
        const at = this.now();
        let audited = 0;
        const result = fn({
          at,
          audit: (entity, entityId, summary) => {
            appendAudit(this.db, at, { operation, entity, entityId, summary });
            audited += 1;
          },
        });
        if (audited === 0) throw new Error(`Write ${operation} recorded no audit entry`);
        return result;
      })
      .immediate();
  }

  info(): VaultInfo {
    return {
      id: getMeta(this.db, 'vault_id') ?? '',
      path: this.path,
      formatVersion: schemaVersion(this.db),
      createdAt: getMeta(this.db, 'created_at') ?? '',
      orgName: getEngagement(this.db)?.orgName ?? '',
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
