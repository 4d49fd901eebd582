import type { ImportReport } from '../../../../shared/domain/policies';
import { call } from '../../client';

/** The contract accepts up to 20,000,000 base64 characters a file: 15 MB of bytes. */
export const MAX_FILE_BYTES = 15_000_000;
export const ACCEPTED_FILES = '.md,.markdown,.txt,.docx';

export interface ImportProgress {
  phase: 'reading' | 'importing';
  /** 1-based number of the file being worked on. */
  index: number;
  total: number;
  file: string;
}

export interface ImportOutcome extends ImportReport {
  total: number;
  /** How many files were done when the person stopped the import; null when it ran to the end. */
  stoppedAt: number | null;
}

/** A file's bytes as base64, read by the browser (no path ever leaves the page). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * Imports files one at a time so progress is honest and the person can stop
 * between files. A file that fails is reported by name with its reason; the
 * others still import.
 */
export async function importPolicyFiles(
  files: readonly File[],
  onProgress: (progress: ImportProgress) => void,
  shouldStop: () => boolean,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { imported: [], failed: [], total: files.length, stoppedAt: null };
  for (const [i, file] of files.entries()) {
    if (shouldStop()) {
      outcome.stoppedAt = i;
      break;
    }
    if (file.size > MAX_FILE_BYTES) {
      outcome.failed.push({ file: file.name, error: 'it is larger than 15 MB, the most Attest imports in one file' });
      continue;
    }
    onProgress({ phase: 'reading', index: i + 1, total: files.length, file: file.name });
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch (error) {
      outcome.failed.push({
        file: file.name,
        error: `it could not be read from disk (${error instanceof Error ? error.message : String(error)})`,
      });
      continue;
    }
    onProgress({ phase: 'importing', index: i + 1, total: files.length, file: file.name });
    const result = await call('policies.import', { files: [{ name: file.name, contentBase64 }] });
    if (result.ok) {
      outcome.imported.push(...result.value.imported);
      outcome.failed.push(...result.value.failed);
    } else {
      outcome.failed.push({ file: file.name, error: result.error.message });
    }
  }
  return outcome;
}
