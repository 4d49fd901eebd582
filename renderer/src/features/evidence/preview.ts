import type { EvidenceItem } from '../../../../shared/domain/evidence';

export type PreviewKind = 'image' | 'text' | 'csv' | 'json' | 'markdown' | 'pdf' | 'none';

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const IMAGE_EXT = ['png', 'jpg', 'jpeg', 'gif', 'webp'];

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** How an item can be shown without running anything it contains. */
export function previewKind(item: Pick<EvidenceItem, 'mediaType' | 'fileName'>): PreviewKind {
  const type = item.mediaType.toLowerCase().split(';')[0]!.trim();
  const ext = extension(item.fileName);
  if (IMAGE_TYPES.includes(type) || (type === 'application/octet-stream' && IMAGE_EXT.includes(ext))) return 'image';
  if (type === 'text/csv' || ext === 'csv') return 'csv';
  if (type === 'application/json' || ext === 'json') return 'json';
  if (type === 'text/markdown' || ext === 'md' || ext === 'markdown') return 'markdown';
  if (type === 'application/pdf' || ext === 'pdf') return 'pdf';
  if (type === 'text/plain' || ['txt', 'log', 'text'].includes(ext)) return 'text';
  return 'none';
}

/** Text previews read at most this much of the file. */
export const PREVIEW_BYTES = 2 * 1024 * 1024;
export const CSV_ROWS = 500;

/**
 * CSV parsed simply: commas (or semicolons/tabs, whichever the first line uses
 * most), double-quoted fields with "" escapes, CRLF or LF line ends. Stops
 * after `limit` rows.
 */
export function parseCsv(text: string, limit = CSV_ROWS + 1): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n/) === -1 ? text.length : text.search(/\r?\n/));
  const candidates = [',', ';', '\t'];
  const delimiter = candidates.reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  );
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  while (i < source.length && rows.length < limit) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
    i++;
  }
  if ((field !== '' || row.length) && rows.length < limit) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Reads the start of a stored file as text (at most PREVIEW_BYTES); says whether it was cut. */
export async function fetchText(url: string, signal: AbortSignal): Promise<{ text: string; truncated: boolean }> {
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (!response.ok) throw new Error(`The file could not be read (${response.status})`);
  const reader = response.body?.getReader();
  if (!reader) return { text: await response.text(), truncated: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size >= PREVIEW_BYTES) {
      truncated = true;
      await reader.cancel();
      break;
    }
  }
  const bytes = new Uint8Array(Math.min(size, PREVIEW_BYTES));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, Math.max(0, bytes.length - offset));
    bytes.set(part, offset);
    offset += part.length;
  }
  return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes), truncated };
}
