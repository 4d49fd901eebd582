import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttestBridge, ShellEvent } from '../../../shared/contract/bridge';
import { SHELL_CHANNELS } from '../../../shared/contract/bridge';

import type * as FakeElectron from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

type Fake = typeof FakeElectron;
let fake: Fake;
let bridge: AttestBridge;

// The preload exposes its bridge when it is loaded, so each test loads it afresh.
// resetModules keeps the mocked 'electron', so the fake is reached through it.
beforeEach(async () => {
  vi.resetModules();
  fake = (await import('electron')) as unknown as Fake;
  fake.resetFakeElectron();
  await import('../../../electron/main/preload');
  bridge = fake.contextBridge.exposed[0]?.api as AttestBridge;
});

describe('preload', () => {
  it('exposes exactly one object, window.attest, with the bridge and nothing more', () => {
    expect(fake.contextBridge.exposed.map((e) => e.key)).toEqual(['attest']);
    expect(Object.keys(bridge).sort()).toEqual([
      'attachEvidenceFiles',
      'call',
      'cancelAttach',
      'chooseEvidenceFiles',
      'chooseExportFolder',
      'chooseNewVaultPath',
      'chooseVaultToOpen',
      'onShellEvent',
      'openEvidenceFile',
      'platform',
      'savePackage',
    ]);
    expect(bridge.platform).toBe('electron');
  });

  it('refuses an operation the contract does not name, without touching IPC', async () => {
    for (const name of ['vault.delete', 'attest-shell:event', '__proto__', 'toString']) {
      const result = await bridge.call(name as 'app.info', {});
      expect(result, name).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(fake.ipcRenderer.invoked).toEqual([]);
  });

  it('sends a known operation on its own channel', async () => {
    fake.ipcRenderer.answer = () => ({ ok: true, value: { name: 'Attest' } });
    expect(await bridge.call('vault.open', { path: '/tmp/a.attest' })).toEqual({ ok: true, value: { name: 'Attest' } });
    expect(fake.ipcRenderer.invoked).toEqual([{ channel: 'attest:vault.open', args: [{ path: '/tmp/a.attest' }] }]);
  });

  it('unwraps the dialog answers and throws when main refuses', async () => {
    fake.ipcRenderer.answer = (channel) =>
      channel === SHELL_CHANNELS.chooseNewVaultPath
        ? { ok: true, value: '/tmp/new.attest' }
        : { ok: false, error: { code: 'unauthorized', message: 'Refused' } };
    expect(await bridge.chooseNewVaultPath()).toBe('/tmp/new.attest');
    await expect(bridge.chooseVaultToOpen()).rejects.toThrow('Refused');
  });

  it('passes shell events to the page without the IpcRendererEvent, until unsubscribed', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onShellEvent((...args: unknown[]) => received.push(args));
    const event: ShellEvent = { type: 'new-vault', path: '/tmp/x.attest' };
    fake.ipcRenderer.emit(SHELL_CHANNELS.event, { sender: fake.ipcRenderer }, event);
    unsubscribe();
    fake.ipcRenderer.emit(SHELL_CHANNELS.event, { sender: fake.ipcRenderer }, { type: 'vault-changed' });
    expect(received).toEqual([[event]]);
    expect(fake.ipcRenderer.listenerCount(SHELL_CHANNELS.event)).toBe(0);
  });
});

describe('attaching evidence from the window', () => {
  it('sends dropped files as the paths Electron knows for them and dialog choices as tokens, with progress', async () => {
    const dropped = new File(['bytes'], 'scan.csv');
    fake.webUtils.paths.set(dropped, '/home/ana/scan.csv');
    fake.ipcRenderer.answer = (channel, request) => {
      const { jobId } = request as { jobId: string };
      // Main reports progress for this batch and for another one the page did not start.
      fake.ipcRenderer.emit(
        SHELL_CHANNELS.attachProgress,
        {},
        { jobId, index: 0, kind: 'progress', loaded: 5, size: 5 },
      );
      fake.ipcRenderer.emit(SHELL_CHANNELS.attachProgress, {}, { jobId: 'other', index: 0, kind: 'progress' });
      return { ok: true, value: [{ jobId, index: 0, kind: 'failed', error: { code: 'x', message: 'm' } }] };
    };
    const seen: unknown[] = [];
    const outcomes = await bridge.attachEvidenceFiles(
      'job-1',
      [dropped, { token: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', name: 'report.pdf', size: 10 }],
      { title: '', type: 'other', controls: ['AC-01'] },
      (p) => seen.push(p),
    );
    expect(fake.ipcRenderer.invoked).toEqual([
      {
        channel: SHELL_CHANNELS.attachEvidenceFiles,
        args: [
          {
            jobId: 'job-1',
            meta: { title: '', type: 'other', controls: ['AC-01'] },
            files: [{ path: '/home/ana/scan.csv' }, { token: '1b4e28ba-2fa1-11d2-883f-0016d3cca427' }],
          },
        ],
      },
    ]);
    expect(seen).toEqual([{ jobId: 'job-1', index: 0, kind: 'progress', loaded: 5, size: 5 }]);
    expect(outcomes).toHaveLength(1);
    // The progress listener is gone once the batch is over.
    expect(fake.ipcRenderer.listenerCount(SHELL_CHANNELS.attachProgress)).toBe(0);
  });
});

describe('preload bundle', () => {
  it('bundles into one CJS file whose only require is electron, as a sandboxed preload needs', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../../../electron/main/preload.ts', import.meta.url))],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      external: ['electron'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const output = Object.values(result.metafile.outputs)[0]!;
    expect(output.imports.filter((i) => i.external).map((i) => i.path)).toEqual(['electron']);
    const code = result.outputFiles[0]!.text;
    expect([...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
  });
});
