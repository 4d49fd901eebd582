import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHELL_CHANNELS, type AttachProgress, type ChosenFile } from '../../../shared/contract/bridge';
import type { EvidenceSummary } from '../../../shared/domain/evidence';
import { registerAttachHandlers } from '../../../electron/main/attach';
import { createRendererHandler } from '../../../electron/main/main';
import { dispatch } from '../../../electron/services/dispatch';
import { READ_WHOLE_BYTES } from '../../../electron/services/evidence-ingest';
import { BrowserWindow, dialog, FakeFrame, ipcMain, resetFakeElectron, shell } from '../../fakes/electron';
import { cleanUp, eventFrom, tempDir, workbenchWithVault } from './support';

vi.mock('electron', () => import('../../fakes/electron'));

function ourWindow(): BrowserWindow {
  const win = new BrowserWindow();
  void win.loadURL('app://attest/index.html');
  return win;
}

type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

beforeEach(() => resetFakeElectron());
afterEach(() => cleanUp());

const meta = { title: '', type: 'system-export', controls: ['AC-02'] };

describe('attaching evidence in the main process', () => {
  it('attaches files chosen in the dialog and dropped, streaming a large one, and reports progress', async () => {
    const { wb } = workbenchWithVault();
    registerAttachHandlers(ipcMain, wb, 'app://attest');
    const win = ourWindow();
    const dir = tempDir();
    const users = path.join(dir, 'users.csv');
    const big = path.join(dir, 'audit-log.bin');
    const dropped = path.join(dir, 'mfa.png');
    fs.writeFileSync(users, 'email,mfa\nana@acme.ai,yes\n');
    fs.writeFileSync(big, randomBytes(READ_WHOLE_BYTES + 4096));
    fs.writeFileSync(dropped, randomBytes(2000));

    dialog.nextOpen = { canceled: false, filePaths: [users, big] };
    const chosen = (await ipcMain.invoke(SHELL_CHANNELS.chooseEvidenceFiles, eventFrom(win.webContents))) as Envelope<
      ChosenFile[]
    >;
    expect(chosen.ok && chosen.value.map((c) => [c.name, c.size])).toEqual([
      ['users.csv', 26],
      ['audit-log.bin', READ_WHOLE_BYTES + 4096],
    ]);
    // The page never sees where the files are.
    expect(JSON.stringify(chosen)).not.toContain(dir);
    const tokens = chosen.ok ? chosen.value.map((c) => ({ token: c.token })) : [];

    const answer = (await ipcMain.invoke(SHELL_CHANNELS.attachEvidenceFiles, eventFrom(win.webContents), {
      jobId: 'job-1',
      files: [...tokens, { path: dropped }],
      meta,
    })) as Envelope<AttachProgress[]>;
    expect(answer.ok && answer.value.map((o) => o.kind)).toEqual(['done', 'done', 'done']);

    const events = win.webContents.sent
      .filter((s) => s.channel === SHELL_CHANNELS.attachProgress)
      .map((s) => s.args[0] as AttachProgress);
    expect(
      events
        .filter((e) => e.kind === 'done')
        .map((e) => e.index)
        .sort(),
    ).toEqual([0, 1, 2]);
    const bigProgress = events.filter((e) => e.kind === 'progress' && e.index === 1);
    expect(bigProgress.length).toBeGreaterThan(1);
    expect(bigProgress.at(-1)).toMatchObject({ loaded: READ_WHOLE_BYTES + 4096, size: READ_WHOLE_BYTES + 4096 });

    const list = await dispatch(wb, 'evidence.list', {});
    expect(list.ok && (list.value as EvidenceSummary[]).map((e) => e.title).sort()).toEqual([
      'audit-log',
      'mfa',
      'users',
    ]);

    // A token works once: the same choice cannot be replayed to read the file again.
    const replay = (await ipcMain.invoke(SHELL_CHANNELS.attachEvidenceFiles, eventFrom(win.webContents), {
      jobId: 'job-2',
      files: tokens.slice(0, 1),
      meta,
    })) as Envelope<unknown>;
    expect(replay).toMatchObject({ ok: false, error: { code: 'invalid_input', message: /choose the file again/ } });
  });

  it('refuses other pages, relative paths and bad details before reading any file', async () => {
    const { wb } = workbenchWithVault();
    registerAttachHandlers(ipcMain, wb, 'app://attest');
    const win = ourWindow();
    const file = path.join(tempDir(), 'a.txt');
    fs.writeFileSync(file, 'a');
    const evil = new FakeFrame('https://evil.example/', win.webContents.mainFrame.processId, 1);
    const refused = await ipcMain.invoke(SHELL_CHANNELS.attachEvidenceFiles, eventFrom(win.webContents, evil), {
      jobId: 'x',
      files: [{ path: file }],
      meta,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const relative = await ipcMain.invoke(SHELL_CHANNELS.attachEvidenceFiles, eventFrom(win.webContents), {
      jobId: 'x',
      files: [{ path: 'a.txt' }],
      meta,
    });
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const noControl = await ipcMain.invoke(SHELL_CHANNELS.attachEvidenceFiles, eventFrom(win.webContents), {
      jobId: 'x',
      files: [{ path: file }],
      meta: { ...meta, controls: [] },
    });
    expect(noControl).toMatchObject({ ok: false, error: { code: 'invalid_input', message: /at least one control/ } });
    const list = await dispatch(wb, 'evidence.list', {});
    expect(list.ok && list.value).toEqual([]);
  });
});

describe('stored files in the window', () => {
  it('serves a blob of the open vault at app://attest/api/blobs/<sha256>, and nothing else', async () => {
    const { wb } = workbenchWithVault();
    const blob = wb.requireVault().blobs.putBytes(Buffer.from('hello evidence'));
    const handler = createRendererHandler(tempDir(), wb);
    const ok = await handler(new Request(`app://attest/api/blobs/${blob.sha256}`));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('hello evidence');
    expect(ok.headers.get('Content-Security-Policy')).toContain('sandbox');
    expect((await handler(new Request(`app://attest/api/blobs/${'0'.repeat(64)}`))).status).toBe(404);
    expect((await handler(new Request('app://attest/api/blobs/..%2f..%2fetc'))).status).toBe(400);
  });
});

describe('opening a stored file with its own program', () => {
  it('writes a copy under its safe name and opens it; programs are never opened', async () => {
    const { wb } = workbenchWithVault();
    registerAttachHandlers(ipcMain, wb, 'app://attest');
    const win = ourWindow();
    const sheet = wb.requireVault().blobs.putBytes(Buffer.from('PK spreadsheet bytes'));
    const open = (sha256: string, fileName: string) =>
      ipcMain.invoke(SHELL_CHANNELS.openEvidenceFile, eventFrom(win.webContents), { sha256, fileName });

    expect(await open(sheet.sha256, '../../Q3 access review.xlsx')).toEqual({ ok: true, value: undefined });
    expect(shell.openedPaths).toHaveLength(1);
    const opened = shell.openedPaths[0]!;
    expect(path.basename(opened)).toBe('Q3 access review.xlsx');
    expect(fs.readFileSync(opened, 'utf8')).toBe('PK spreadsheet bytes');

    for (const name of [
      'setup.exe',
      'run.sh',
      'no-extension',
      'report.html',
      'chart.svg',
      'budget.xlsm',
      'notes.docm',
    ]) {
      expect(await open(sheet.sha256, name), name).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await open('0'.repeat(64), 'a.xlsx')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(shell.openedPaths).toHaveLength(1);
  });
});
