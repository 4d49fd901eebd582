import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHELL_CHANNELS } from '../../../shared/contract/bridge';
import type { ExportProgress } from '../../../shared/domain/description';
import { registerDialogHandlers } from '../../../electron/main/dialogs';
import { PathGrants } from '../../../electron/main/path-grants';
import { dispatch } from '../../../electron/services/dispatch';
import type { Workbench } from '../../../electron/services/workbench';
import { BrowserWindow, dialog, ipcMain, resetFakeElectron } from '../../fakes/electron';
import { cleanUp, eventFrom, workbenchWithVault } from './support';

vi.mock('electron', () => import('../../fakes/electron'));

beforeEach(() => resetFakeElectron());
afterEach(() => cleanUp());

async function exportToTheEnd(wb: Workbench): Promise<ExportProgress> {
  const started = await dispatch(wb, 'export.start', { at: '2025-07-01T09:00:00Z' });
  if (!started.ok) throw new Error(started.error.message);
  let progress = started.value as ExportProgress;
  for (let i = 0; i < 400 && progress.phase !== 'done' && progress.phase !== 'failed'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const next = await dispatch(wb, 'export.progress', { jobId: progress.jobId });
    if (!next.ok) throw new Error(next.error.message);
    progress = next.value as ExportProgress;
  }
  return progress;
}

describe('Save package… in the desktop window', () => {
  it('saves the finished package where the person chose, offers its own name, and does nothing when cancelled', async () => {
    const { wb, dir } = workbenchWithVault();
    registerDialogHandlers(ipcMain, 'app://attest', new PathGrants());
    const win = new BrowserWindow();
    void win.loadURL('app://attest/index.html');
    const event = eventFrom(win.webContents);

    const done = await exportToTheEnd(wb);
    expect(done.phase).toBe('done');

    dialog.nextSave = { canceled: true, filePath: '' };
    expect(await ipcMain.invoke(SHELL_CHANNELS.savePackage, event)).toEqual({ ok: true, value: null });

    const target = path.join(dir, 'for the auditor.zip');
    dialog.nextSave = { canceled: false, filePath: target };
    expect(await ipcMain.invoke(SHELL_CHANNELS.savePackage, event)).toEqual({ ok: true, value: target });
    expect(fs.statSync(target).size).toBe(done.size);
    // The dialog is a sheet of the window, proposing the package's own file name, for ZIP files.
    const [parent, options] = dialog.calls.at(-1)!.args as [unknown, { defaultPath: string; filters: unknown }];
    expect(parent).toBe(win);
    expect(options.defaultPath).toBe(done.fileName);
    expect(options.filters).toEqual([{ name: 'ZIP package', extensions: ['zip'] }]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.zip'))).toEqual(['for the auditor.zip']);
  });
});
