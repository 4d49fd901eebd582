export interface VaultInfo {
  id: string;
  path: string;
  /** The schema version (PRAGMA user_version). */
  formatVersion: number;
  createdAt: string;
  orgName: string;
}

export interface RecentVault {
  path: string;
  orgName: string;
  openedAt: string;
  exists: boolean;
}

export interface AuditEntry {
  seq: number;
  at: string;
  operation: string;
  entity: string;
  entityId: string;
  summary: string;
}

export interface AppInfo {
  name: string;
  version: string;
  vault: VaultInfo | null;
}
