import path from 'node:path';
import type { InputOf, OperationName } from '../../shared/contract';
import type { ErrorShape } from '../../shared/contract/errors';

/**
 * The operations whose input names a file or folder on this computer, and the
 * field that names it. Typed against the contract, so renaming the field in a
 * schema fails to compile here rather than silently opening a hole.
 */
export const PATH_FIELDS: { readonly [K in OperationName]?: keyof InputOf<K> & string } = {
  'vault.create': 'path',
  'vault.createDemo': 'path',
  'vault.open': 'path',
  'policies.export': 'dir',
  'export.verifyPackage': 'path',
};

/**
 * Paths the window may name in an operation: those the user picked in one of
 * the main process's own dialogs during this run, and the vaults on the recent
 * list. The page is treated as untrusted: script running in it (say, through
 * a flaw in a preview) must not be able to create, open or overwrite files of
 * its own choosing, only act on what the person chose.
 */
export class PathGrants {
  private readonly granted = new Set<string>();

  constructor(private readonly recent: () => readonly string[] = () => []) {}

  /** Records a path the user chose in a dialog; returns it unchanged. */
  grant<T extends string | null>(chosen: T): T {
    if (chosen !== null) this.granted.add(path.resolve(chosen));
    return chosen;
  }

  allows(candidate: string): boolean {
    const resolved = path.resolve(candidate.trim());
    return this.granted.has(resolved) || this.recent().some((p) => path.resolve(p) === resolved);
  }

  /** Null when the operation names no path, or only granted ones; otherwise the refusal to send back. */
  check(name: OperationName, input: unknown): ErrorShape | null {
    const field = PATH_FIELDS[name];
    if (field === undefined || typeof input !== 'object' || input === null) return null;
    const value = (input as Record<string, unknown>)[field];
    // A missing or non-text value is left for the schema to refuse with its own message.
    if (typeof value !== 'string' || value.trim() === '' || this.allows(value)) return null;
    return {
      code: 'unauthorized',
      message: `Refused ${name}: ${field} was not chosen in one of Attest's own dialogs. Choose the location again.`,
      details: { field },
    };
  }
}
