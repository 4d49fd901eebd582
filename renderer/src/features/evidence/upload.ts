import { HTTP_ROUTES } from '../../../../shared/contract/bridge';
import { MAX_EVIDENCE_BYTES } from '../../../../shared/domain/evidence';
import { asResult } from '../../client/errors';

export interface UploadedBlob {
  sha256: string;
  size: number;
  existed: boolean;
}

/** Thrown when the person cancelled the upload. */
export class UploadCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'UploadCancelled';
  }
}

/** The address the bytes of a stored file are read back from (same origin, session cookie). */
export function blobUrl(sha256: string): string {
  return `${HTTP_ROUTES.blobs}/${sha256}`;
}

/** Why a file cannot be uploaded before any byte is sent, or null. */
export function refuseBeforeUpload(file: File): string | null {
  if (file.size > MAX_EVIDENCE_BYTES) return `${file.name} is larger than the 4 GiB limit for one evidence file`;
  return null;
}

/** "report.final.pdf" → "report.final"; names without an extension stay as they are. */
export { titleFromFileName } from '../../../../shared/domain/evidence';

/**
 * Streams one file to the vault with POST /api/blobs. XMLHttpRequest rather than
 * fetch, because only it reports upload progress. Aborting the signal cancels.
 */
export function uploadBlob(
  file: File,
  onProgress: (loaded: number, total: number) => void,
  signal: AbortSignal,
): Promise<UploadedBlob> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new UploadCancelled());
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', HTTP_ROUTES.blobs);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.responseType = 'text';
    const abort = () => xhr.abort();
    signal.addEventListener('abort', abort, { once: true });
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onabort = () => reject(new UploadCancelled());
    xhr.onerror = () => {
      signal.removeEventListener('abort', abort);
      // The browser says only that the request failed: find out whether the file or the host was the cause.
      void explainFailedUpload(file).then((message) =>
        reject(signal.aborted ? new UploadCancelled() : new Error(message)),
      );
    };
    xhr.onload = () => {
      signal.removeEventListener('abort', abort);
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      const result = asResult(body);
      if (result?.ok) {
        onProgress(file.size, file.size);
        resolve(result.value as UploadedBlob);
      } else if (result) reject(new Error(result.error.message));
      else reject(new Error(`The local host answered ${xhr.status} without a readable reply.`));
    };
    xhr.send(file);
  });
}

/** How long the checks after a failed upload wait for an answer. */
const PROBE_TIMEOUT_MS = 3000;

/** Whether the browser can still read the file: it fails once the file is moved, deleted or changed on disk. */
async function fileReadable(file: File): Promise<boolean> {
  try {
    await file.slice(0, 1).arrayBuffer();
    if (file.size > 1) await file.slice(file.size - 1).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** Whether the local host answers at all (any HTTP status will do; only a network failure or silence will not). */
async function hostAnswers(): Promise<boolean> {
  try {
    await fetch('/', {
      method: 'HEAD',
      credentials: 'same-origin',
      cache: 'no-store',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Why an upload failed without a reply (XMLHttpRequest's error event, which
 * names no cause): the file could no longer be read, the host is gone, or,
 * with both fine, the transfer was cut off.
 */
export async function explainFailedUpload(file: File): Promise<string> {
  if (!(await fileReadable(file)))
    return `${file.name} could not be read: it was moved, deleted or changed after it was chosen. Choose it again.`;
  if (!(await hostAnswers()))
    return `${file.name} was not uploaded: Attest could not reach its local host. Check that \`attest serve\` is still running.`;
  return `The upload of ${file.name} was interrupted, or the file could not be read. Try again.`;
}

/** Today as a calendar date in the person's own time zone. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** 512 bytes, 12.3 KB, 4.1 MB: in the user's locale. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${sizeFormat.format(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${sizeFormat.format(value)} ${units[unit]}`;
}
