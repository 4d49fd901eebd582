import fs from 'node:fs';
import path from 'node:path';
import type { RecentVault } from '../../shared/domain/vault';

const MAX_RECENT = 10;

/** Vaults opened recently, in a small JSON file in the user's config folder. */
export class RecentVaults {
  constructor(private readonly file: string) {}

  list(): RecentVault[] {
    return this.read().map((r) => ({ ...r, exists: fs.existsSync(r.path) }));
  }

  remember(vaultPath: string, orgName: string, openedAt: string): void {
    const absolute = path.resolve(vaultPath);
    const next = [{ path: absolute, orgName, openedAt }, ...this.read().filter((r) => r.path !== absolute)].slice(
      0,
      MAX_RECENT,
    );
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(next, null, 2));
    fs.renameSync(tmp, this.file);
  }

  private read(): Omit<RecentVault, 'exists'>[] {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as unknown;
      if (!Array.isArray(parsed)) return [];
      return parsed.filter(
        (r): r is Omit<RecentVault, 'exists'> =>
          typeof r === 'object' &&
          r !== null &&
          typeof r.path === 'string' &&
          typeof r.orgName === 'string' &&
          typeof r.openedAt === 'string',
      );
    } catch {
      // A missing or unreadable list is an empty list, never a reason to refuse to start.
      return [];
    }
  }
}

/** Where Attest keeps per-user settings outside Electron: $ATTEST_HOME, else the XDG config folder. */
export function defaultConfigDir(): string {
  if (process.env.ATTEST_HOME) return process.env.ATTEST_HOME;
  const base = process.env.XDG_CONFIG_HOME ?? path.join(process.env.HOME ?? process.cwd(), '.config');
  return path.join(base, 'attest');
}
