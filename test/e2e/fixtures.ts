import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { test as base, expect, type Page } from '@playwright/test';

const execFileAsync = promisify(execFile);

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli', 'attest.js');
export const SCREENS = path.join(ROOT, 'test-results', 'screens');

const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/\?token=[^\s'"]+/;
const START_TIMEOUT_MS = 20_000;

export interface LaunchOptions {
  /** Creates a vault with `attest init` and serves it; without it the host starts with no vault open. */
  org?: string;
  /**
   * Creates the vault with `attest demo` instead (a fictional agency, Fernhill Analytics): `small` is
   * the demo a person explores, `large` the benchmark scale with 1,000 controls.
   */
  demo?: 'small' | 'large';
}

export interface AttestHost {
  /** The launch URL printed by `attest serve`: opening it sets the session cookie. */
  launchUrl: string;
  /** The app's own address, http://127.0.0.1:<port>/ */
  baseUrl: string;
  /** A temp folder private to this host (ATTEST_HOME and vaults live here). */
  dir: string;
  /** The vault served, when `org` or `demo` was given. */
  vaultPath: string | null;
}

interface Running {
  child: ChildProcess;
  dir: string;
}

/** The environment of every CLI call: a private config folder so the recent list starts empty. */
function cliEnv(dir: string): NodeJS.ProcessEnv {
  return { ...process.env, ATTEST_HOME: path.join(dir, 'home'), NO_COLOR: '1' };
}

async function init(dir: string, vaultPath: string, org: string): Promise<void> {
  try {
    await execFileAsync(process.execPath, [CLI, 'init', vaultPath, '--org', org], { env: cliEnv(dir), cwd: dir });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`attest init failed: ${e.stderr?.trim() || e.message}`, { cause: error });
  }
}

async function demo(dir: string, vaultPath: string, size: 'small' | 'large'): Promise<void> {
  try {
    await execFileAsync(process.execPath, [CLI, 'demo', vaultPath, '--size', size], { env: cliEnv(dir), cwd: dir });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`attest demo failed: ${e.stderr?.trim() || e.message}`, { cause: error });
  }
}

/** Spawns `attest serve` and resolves with the launch URL it prints. */
function serve(dir: string, vaultPath: string | null): Promise<{ child: ChildProcess; launchUrl: string }> {
  const args = [CLI, 'serve', ...(vaultPath ? [vaultPath] : []), '--port', '0', '--no-open'];
  const child = spawn(process.execPath, args, { env: cliEnv(dir), cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk;
  });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`attest serve printed no URL within ${START_TIMEOUT_MS} ms. stderr: ${stderr.trim()}`));
    }, START_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = URL_PATTERN.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve({ child, launchUrl: match[0] });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`attest serve exited (${code ?? signal}) before printing its URL. stderr: ${stderr.trim()}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<{
  /** Starts a host; every host started is stopped and its temp folder removed after the test. */
  launch: (options?: LaunchOptions) => Promise<AttestHost>;
  /** A host serving a fresh vault for "Acme AI Ltd". */
  host: AttestHost;
  /** Fails the test on a page error or a console error (a CSP violation, a React warning). */
  quietConsole: void;
}>({
  quietConsole: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // Error envelopes come with 4xx/5xx statuses; the browser logs those, and the UI handles them.
        if (message.text().startsWith('Failed to load resource')) return;
        problems.push(`console error: ${message.text()}`);
      });
      await use();
      expect(problems, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
  // Playwright needs an object pattern here even when no other fixture is used.
  // eslint-disable-next-line no-empty-pattern
  launch: async ({}, use) => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing; run npm run build first`);
    const running: Running[] = [];
    await use(async (options = {}) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-e2e-'));
      let vaultPath: string | null = null;
      if (options.demo) {
        vaultPath = path.join(dir, 'demo.attest');
        await demo(dir, vaultPath, options.demo);
      } else if (options.org) {
        vaultPath = path.join(dir, 'vault.attest');
        await init(dir, vaultPath, options.org);
      }
      const { child, launchUrl } = await serve(dir, vaultPath);
      running.push({ child, dir });
      return { launchUrl, baseUrl: new URL('/', launchUrl).toString(), dir, vaultPath };
    });
    for (const { child, dir } of running) {
      await stop(child);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  host: async ({ launch }, use) => {
    await use(await launch({ org: 'Acme AI Ltd' }));
  },
});

export { expect };

/**
 * Saves a screenshot of the whole page to test-results/screens/<name>.png for a
 * person to look at. The viewport is stretched to the page's height first, so
 * the fixed header and navigation are drawn where they really sit.
 */
export async function screen(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENS, { recursive: true });
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await page.evaluate(() => window.scrollTo(0, 0));
  try {
    await page.screenshot({ path: path.join(SCREENS, `${name}.png`), animations: 'disabled', caret: 'hide' });
  } finally {
    await page.setViewportSize(viewport);
  }
}
