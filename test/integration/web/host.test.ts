import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../../electron/web/server';
import { tempDir } from '../../helpers/tmp';
import { newWorkbench } from '../../helpers/vault';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Raw requests, because fetch will not let a test forge Host or Origin headers. */
function request(
  host: Host,
  {
    method = 'GET',
    pathname = '/',
    headers = {},
    body,
  }: {
    method?: string;
    pathname?: string;
    headers?: Record<string, string>;
    body?: Buffer | string | AsyncIterable<Buffer>;
  },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, method, path: pathname, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (p: Buffer) => parts.push(p));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body)) {
      req.end(body);
    } else {
      void (async () => {
        for await (const piece of body) if (!req.write(piece)) await new Promise((r) => req.once('drain', r));
        req.end();
      })();
    }
  });
}

const hosts: Host[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

async function start() {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Attest</title>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'outside');
  const wb = newWorkbench();
  const host = await startHost({ workbench: wb, staticDir });
  hosts.push(host);
  const auth = { Authorization: `Bearer ${host.secret}`, Host: `127.0.0.1:${host.port}` };
  return { host, wb, auth };
}

const json = (r: Reply) =>
  JSON.parse(r.body.toString('utf8')) as {
    ok: boolean;
    value: Record<string, unknown>;
    error: Record<string, unknown>;
  };

describe('browser host', () => {
  it('listens on loopback only and prints a launch URL with a per-launch secret', async () => {
    const { host } = await start();
    const other = await start();
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.launchUrl).toContain(`?token=${encodeURIComponent(host.secret)}`);
    expect(host.secret.length).toBeGreaterThanOrEqual(32);
    expect(other.host.secret).not.toBe(host.secret);
  });

  it('refuses requests without the secret (401), including the app itself', async () => {
    const { host } = await start();
    const headers = { Host: `127.0.0.1:${host.port}` };
    expect((await request(host, { headers })).status).toBe(401);
    const op = await request(host, { method: 'POST', pathname: '/api/op/engagement.get', headers, body: '{}' });
    expect(op.status).toBe(401);
    expect(json(op).error.code).toBe('unauthorized');
    const wrong = await request(host, { pathname: '/?token=guess', headers });
    expect(wrong.status).toBe(401);
    const badBearer = await request(host, { pathname: '/', headers: { ...headers, Authorization: 'Bearer nope' } });
    expect(badBearer.status).toBe(401);
  });

  it('turns the launch token into an HttpOnly SameSite cookie that then opens the app', async () => {
    const { host } = await start();
    const headers = { Host: `127.0.0.1:${host.port}` };
    const launch = await request(host, { pathname: `/?token=${encodeURIComponent(host.secret)}`, headers });
    expect(launch.status).toBe(303);
    expect(launch.headers.location).toBe('/');
    const cookie = launch.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(new RegExp(`^attest_${host.port}=`));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const page = await request(host, { headers: { ...headers, Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<title>Attest</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses a foreign Host header (DNS rebinding) with 403 even with the secret', async () => {
    const { host, auth } = await start();
    for (const name of [
      'evil.example',
      `evil.example:${host.port}`,
      '127.0.0.1:1',
      `attacker.localhost:${host.port}`,
    ]) {
      const r = await request(host, {
        method: 'POST',
        pathname: '/api/op/engagement.get',
        headers: { ...auth, Host: name },
        body: '{}',
      });
      expect(r.status, name).toBe(403);
    }
    const ok = await request(host, {
      method: 'POST',
      pathname: '/api/op/engagement.get',
      headers: { ...auth, Host: `localhost:${host.port}` },
      body: '{}',
    });
    expect(ok.status).toBe(200);
  });

  it('refuses a cross-site Origin with 403 and accepts its own', async () => {
    const { host, auth } = await start();
    for (const origin of ['https://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null']) {
      const r = await request(host, {
        method: 'POST',
        pathname: '/api/op/engagement.get',
        headers: { ...auth, Origin: origin },
        body: '{}',
      });
      expect(r.status, origin).toBe(403);
    }
    const same = await request(host, {
      method: 'POST',
      pathname: '/api/op/engagement.get',
      headers: { ...auth, Origin: `http://127.0.0.1:${host.port}` },
      body: '{}',
    });
    expect(same.status).toBe(200);
    expect(json(same).value.orgName).toBe('Acme AI');
  });

  it('dispatches the contract: invalid input is a 400 envelope naming the field; valid input persists', async () => {
    const { host, auth, wb } = await start();
    const bad = await request(host, {
      method: 'POST',
      pathname: '/api/op/engagement.update',
      headers: auth,
      body: JSON.stringify({ orgName: '', systemName: 'S', reportType: 'type1', asOfDate: '2026-01-01' }),
    });
    expect(bad.status).toBe(400);
    expect(json(bad).error).toMatchObject({ code: 'invalid_input', message: 'orgName: Organisation name is required' });
    const good = await request(host, {
      method: 'POST',
      pathname: '/api/op/engagement.update',
      headers: auth,
      body: JSON.stringify({ orgName: 'Beta', systemName: 'S', reportType: 'type1', asOfDate: '2026-01-01' }),
    });
    expect(json(good)).toMatchObject({ ok: true, value: { orgName: 'Beta' } });
    expect(wb.requireVault().info().orgName).toBe('Beta');
    const notJson = await request(host, {
      method: 'POST',
      pathname: '/api/op/engagement.update',
      headers: auth,
      body: '{oops',
    });
    expect(json(notJson).error).toMatchObject({ code: 'invalid_input', message: 'Request body is not valid JSON' });
    const unknown = await request(host, { method: 'POST', pathname: '/api/op/nope', headers: auth, body: '{}' });
    expect(unknown.status).toBe(404);
  });

  it('streams evidence bytes in and out', async () => {
    const { host, auth, wb } = await start();
    const bytes = randomBytes(9 * 1024 * 1024 + 3);
    async function* upload() {
      for (let i = 0; i < bytes.length; i += 256 * 1024) yield bytes.subarray(i, i + 256 * 1024);
    }
    const put = await request(host, { method: 'POST', pathname: '/api/blobs', headers: auth, body: upload() });
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(json(put)).toMatchObject({ ok: true, value: { sha256: sha, size: bytes.length, existed: false } });
    expect(wb.requireVault().blobs.stat(sha)?.size).toBe(bytes.length);
    const get = await request(host, { pathname: `/api/blobs/${sha}`, headers: auth });
    expect(get.status).toBe(200);
    expect(get.headers['content-length']).toBe(String(bytes.length));
    expect(get.body.equals(bytes)).toBe(true);
    const missing = await request(host, { pathname: `/api/blobs/${'a'.repeat(64)}`, headers: auth });
    expect(missing.status).toBe(404);
  });

  it('serves nothing outside the app folder', async () => {
    const { host, auth } = await start();
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00']) {
      const r = await request(host, { pathname: p, headers: auth });
      expect(r.status, p).toBe(404);
    }
  });
});
