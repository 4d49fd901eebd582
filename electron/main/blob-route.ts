import { Readable } from 'node:stream';
import { HTTP_ROUTES } from '../../shared/contract/bridge';
import { sha256Hex } from '../../shared/contract/primitives';
import type { Workbench } from '../services/workbench';
import { APP_HOST, APP_SCHEME } from './window';

const HEADERS = {
  // A stored file is data, never a page: nothing in it may run or be sniffed into HTML.
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'X-Content-Type-Options': 'nosniff',
  'Content-Type': 'application/octet-stream',
  'Cache-Control': 'no-store',
};

/**
 * GET app://attest/api/blobs/<sha256>: a stored evidence file's bytes,
 * streamed from the open vault, so previews and downloads use the same
 * address in the Electron window as in the browser host. Null when the
 * request is not for a blob.
 */
export function serveBlob(workbench: Workbench, requestUrl: string): Response | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  const prefix = `${HTTP_ROUTES.blobs}/`;
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || !url.pathname.startsWith(prefix)) return null;
  const sha = sha256Hex.safeParse(url.pathname.slice(prefix.length));
  if (!sha.success) return new Response('Not a file fingerprint', { status: 400, headers: HEADERS });
  const vault = workbench.vault;
  const stat = vault?.blobs.stat(sha.data);
  if (!vault || !stat) return new Response('No such file in the open vault', { status: 404, headers: HEADERS });
  const body = Readable.toWeb(vault.blobs.read(sha.data)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    status: 200,
    headers: { ...HEADERS, 'Content-Length': String(stat.size), 'Content-Disposition': 'attachment' },
  });
}
