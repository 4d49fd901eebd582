import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { app, shell } from 'electron';
import { AppError } from '../../shared/contract/errors';
import { sha256Hex } from '../../shared/contract/primitives';
import { safeFileName } from '../../shared/domain/evidence';
import { isOpenableExtension } from '../../shared/domain/evidence-open';
import type { Workbench } from '../services/workbench';

/**
 * Copies a stored file to a private temp folder under its own (made safe)
 * name and hands it to the system's program for that kind of file.
 */
export async function openEvidenceFile(workbench: Workbench, input: unknown): Promise<void> {
  const { sha256, fileName } = (input ?? {}) as { sha256?: unknown; fileName?: unknown };
  const sha = sha256Hex.safeParse(sha256);
  if (!sha.success) throw new AppError('invalid_input', 'sha256: expected 64 hex characters');
  const name = safeFileName(typeof fileName === 'string' ? fileName : '');
  // Only document kinds on the allow list (shared with the page, which offers the rest as downloads only).
  // path.extname rather than the shared fileExtension: on Windows it also reads a drive-like "C:.pdf" as no kind.
  if (!isOpenableExtension(path.extname(name))) {
    throw new AppError('invalid_input', `Attest does not open ${name} with another program; download it instead`);
  }
  const vault = workbench.requireVault();
  if (!vault.blobs.stat(sha.data)) throw new AppError('not_found', `No file ${sha.data} in this vault`);
  const dir = path.join(app.getPath('temp'), 'attest-open', sha.data.slice(0, 16));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, name);
  await pipeline(vault.blobs.read(sha.data), fs.createWriteStream(file, { mode: 0o600 }));
  const problem = await shell.openPath(file);
  if (problem) throw new AppError('internal', `The system could not open ${name}: ${problem}`);
}
