import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { HTTP_ROUTES } from '../../shared/contract/bridge';
import { AppError, type ErrorCode, type ErrorShape, type Result } from '../../shared/contract/errors';
import { sha256Hex } from '../../shared/contract/primitives';
import { MAX_EVIDENCE_BYTES } from '../../shared/domain/evidence';
import { EXPORT_DOWNLOAD_ROUTE } from '../../shared/domain/description';
import { dispatch, toErrorShape } from '../services/dispatch';
import type { Workbench } from '../services/workbench';
import { authenticated, cookieName, hostAllowed, originAllowed, SECURITY_HEADERS, tokenMatches } from './security';
import { contentType, resolveStatic } from './static';

// Policy imports carry Word files as base64 in JSON; evidence streams separately.
const MAX_JSON_BYTES = 32 * 1024 * 1024;

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  no_vault: 409,
  vault_error: 500,
  internal: 500,
};

export interface HostOptions {
  workbench: Workbench;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed only in tests; normally a fresh random secret per launch. */
  secret?: string;
}

export interface Host {
  url: string;
  /** The URL to open once: it carries the secret, which becomes a session cookie. */
  launchUrl: string;
  port: number;
  secret: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendEnvelope(res: ServerResponse, result: Result<unknown>): void {
  sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
}

function sendError(res: ServerResponse, status: number, error: ErrorShape): void {
  sendJson(res, status, { ok: false, error });
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const pieces: Buffer[] = [];
  let size = 0;
  for await (const piece of req as AsyncIterable<Buffer>) {
    size += piece.length;
    if (size > MAX_JSON_BYTES) throw new AppError('invalid_input', 'Request body is larger than 32 MiB');
    pieces.push(piece);
  }
  const text = Buffer.concat(pieces).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('invalid_input', 'Request body is not valid JSON');
  }
}

/**
 * The browser host: the same renderer and the same contract as the Electron
 * window, over HTTP on 127.0.0.1 only, guarded by a per-launch secret.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  const { workbench, staticDir } = options;
  let port = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) {
      return sendError(res, 403, { code: 'unauthorized', message: 'This host name is not allowed' });
    }
    if (!originAllowed(req, port)) {
      return sendError(res, 403, { code: 'unauthorized', message: 'Requests from other sites are not allowed' });
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (req.method === 'GET' && url.pathname === '/' && url.searchParams.has('token')) {
      if (!tokenMatches(url.searchParams.get('token'), secret)) {
        return sendError(res, 401, { code: 'unauthorized', message: 'This link is not valid for this session' });
      }
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `${cookieName(port)}=${encodeURIComponent(secret)}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
        'Cache-Control': 'no-store',
      });
      return void res.end();
    }
    if (!authenticated(req, port, secret)) {
      return sendError(res, 401, {
        code: 'unauthorized',
        message: 'Open the address printed by `attest serve`; it carries this session’s key',
      });
    }

    if (url.pathname.startsWith(HTTP_ROUTES.operation)) {
      if (req.method !== 'POST') return sendError(res, 405, { code: 'invalid_input', message: 'Use POST' });
      const name = decodeURIComponent(url.pathname.slice(HTTP_ROUTES.operation.length));
      const input = await readJson(req);
      return sendEnvelope(res, await dispatch(workbench, name, input));
    }

    if (url.pathname === HTTP_ROUTES.blobs && req.method === 'POST') {
      const vault = workbench.requireVault();
      const controller = new AbortController();
      req.on('aborted', () => controller.abort());
      const blob = await vault.blobs.put(req, { signal: controller.signal, maxBytes: MAX_EVIDENCE_BYTES });
      return sendEnvelope(res, { ok: true, value: blob });
    }

    if (url.pathname.startsWith(`${HTTP_ROUTES.blobs}/`) && req.method === 'GET') {
      const sha = sha256Hex.safeParse(url.pathname.slice(HTTP_ROUTES.blobs.length + 1));
      if (!sha.success)
        return sendError(res, 400, { code: 'invalid_input', message: 'sha256: expected 64 hex characters' });
      const vault = workbench.requireVault();
      const stat = vault.blobs.stat(sha.data);
      if (!stat) return sendError(res, 404, { code: 'not_found', message: `No blob ${sha.data} in this vault` });
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'application/octet-stream',
        'Content-Length': stat.size,
        'Content-Disposition': 'attachment',
        'Cache-Control': 'no-store',
      });
      await pipeline(vault.blobs.read(sha.data), res);
      return;
    }

    if (url.pathname.startsWith(EXPORT_DOWNLOAD_ROUTE) && req.method === 'GET') {
      const { serveExportDownload } = await import('../export/download-route');
      return serveExportDownload(url.pathname.slice(EXPORT_DOWNLOAD_ROUTE.length), res);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, 405, { code: 'invalid_input', message: `${req.method} is not allowed here` });
    }
    const file = resolveStatic(staticDir, url.pathname);
    if (!file) return sendError(res, 404, { code: 'not_found', message: `Nothing at ${url.pathname}` });
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentType(file),
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'private, max-age=3600',
    });
    if (req.method === 'HEAD') return void res.end();
    await pipeline(fs.createReadStream(file), res);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const shape = toErrorShape(error);
      sendError(res, STATUS[shape.code], shape);
    });
  });
  // Evidence uploads can be large and slow; the default 5-minute request timeout would cut them.
  server.requestTimeout = 0;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: `${url}?token=${encodeURIComponent(secret)}`,
    port,
    secret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
