import type { Page } from '@playwright/test';

/** What the stand-in shell's dialogs answer; null (the default) is a cancelled dialog. */
export interface FakeShell {
  newVault?: string | null;
  openVault?: string | null;
  exportFolder?: string | null;
  savedPackage?: string | null;
  /** Files "chosen" in main's open dialog: the page sees only tokens, names and sizes. */
  chosenFiles?: { token: string; name: string; size: number }[];
}

/** A call the page made on the bridge, other than operations. */
export interface ShellCall {
  method: string;
  args: unknown[];
}

/**
 * Installs a stand-in for the preload's `window.attest` before the page loads,
 * so the renderer's Electron branch runs in Chromium: operations go to the
 * browser host, dialogs answer what the test says, and every shell call is
 * recorded (see shellCalls). attachEvidenceFiles plays main: it uploads
 * "bytes of <name>" for each file through the host and attaches it, reporting
 * progress as main does.
 */
export async function installFakeBridge(page: Page, shell: FakeShell = {}): Promise<void> {
  await page.addInitScript((answers: FakeShell) => {
    const w = window as unknown as Record<string, unknown>;
    const calls: { method: string; args: unknown[] }[] = [];
    w.__shellCalls = calls;
    const post = (url: string, body: BodyInit, json = true) =>
      fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': json ? 'application/json' : 'application/octet-stream' },
        body,
      }).then((r) => r.json() as Promise<{ ok: boolean; value?: { sha256: string }; error?: unknown }>);
    const recorded =
      <T>(method: string, answer: (...args: never[]) => T | Promise<T>) =>
      async (...args: never[]) => {
        // Functions (progress callbacks) cannot be compared by a test; record what can.
        calls.push({ method, args: args.filter((a) => typeof a !== 'function') });
        return answer(...args);
      };
    w.attest = {
      platform: 'electron',
      call: (name: string, input: unknown) => post(`/api/op/${name}`, JSON.stringify(input ?? {})),
      chooseNewVaultPath: recorded('chooseNewVaultPath', () => answers.newVault ?? null),
      chooseVaultToOpen: recorded('chooseVaultToOpen', () => answers.openVault ?? null),
      chooseExportFolder: recorded('chooseExportFolder', () => answers.exportFolder ?? null),
      savePackage: recorded('savePackage', () => answers.savedPackage ?? null),
      chooseEvidenceFiles: recorded('chooseEvidenceFiles', () => answers.chosenFiles ?? []),
      attachEvidenceFiles: recorded(
        'attachEvidenceFiles',
        async (
          jobId: string,
          files: { token?: string; name: string; size: number }[],
          meta: { title?: string },
          onProgress: (p: unknown) => void,
        ) => {
          const outcomes = [];
          for (const [index, f] of files.entries()) {
            onProgress({ jobId, index, kind: 'progress', loaded: f.size / 2, size: f.size });
            const blob = await post('/api/blobs', `bytes of ${f.name}`, false);
            const r = await post(
              '/api/op/evidence.attach',
              JSON.stringify({
                sha256: blob.value!.sha256,
                fileName: f.name,
                meta: { ...meta, title: meta.title || f.name },
              }),
            );
            const outcome = r.ok
              ? { jobId, index, kind: 'done', result: r.value }
              : { jobId, index, kind: 'failed', error: r.error };
            onProgress(outcome);
            outcomes.push(outcome);
          }
          return outcomes;
        },
      ),
      cancelAttach: recorded('cancelAttach', () => undefined),
      openEvidenceFile: recorded('openEvidenceFile', () => undefined),
      onShellEvent: (listener: (event: unknown) => void) => {
        w.__shellEmit = listener;
        return () => {
          w.__shellEmit = null;
        };
      },
    };
  }, shell);
}

/** The shell calls the page has made so far, in order. */
export function shellCalls(page: Page, method?: string): Promise<ShellCall[]> {
  return page.evaluate(
    (only) =>
      ((window as unknown as { __shellCalls: ShellCall[] }).__shellCalls ?? []).filter(
        (c) => only === null || c.method === only,
      ),
    method ?? null,
  );
}

/** Plays the shell telling the window something (a menu command, a vault change). */
export function emitShellEvent(page: Page, event: unknown): Promise<void> {
  return page.evaluate((e) => {
    const fn = (window as unknown as { __shellEmit?: (event: unknown) => void }).__shellEmit;
    if (!fn) throw new Error('The app did not subscribe to shell events');
    fn(e);
  }, event);
}
