import { BrowserWindow, dialog, type IpcMain, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { SHELL_CHANNELS } from '../../shared/contract/bridge';
import { vaultFileName } from '../services/workbench';
import { handleShell } from './ipc';
import type { PathGrants } from './path-grants';
import { savePackageWithDialog } from './save-package';

export const VAULT_FILTERS = [{ name: 'Attest vault', extensions: ['attest'] }];

/** The chosen path, with .attest added when the user typed a bare name; null when cancelled. */
export async function chooseNewVaultPath(parent: BrowserWindow | null): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: 'New vault',
    buttonLabel: 'Create',
    filters: VAULT_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : vaultFileName(result.filePath);
}

export async function chooseVaultToOpen(parent: BrowserWindow | null): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Open vault',
    filters: VAULT_FILTERS,
    properties: ['openFile'],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function chooseExportFolder(parent: BrowserWindow | null): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Export to folder',
    buttonLabel: 'Export here',
    properties: ['openDirectory', 'createDirectory'],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Every path a dialog hands the window is granted, so the window may then name it in an operation. */
export function registerDialogHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  expectedOrigin: string,
  grants: PathGrants,
): void {
  handleShell(ipcMain, SHELL_CHANNELS.chooseNewVaultPath, expectedOrigin, async (event) =>
    grants.grant(await chooseNewVaultPath(BrowserWindow.fromWebContents(event.sender))),
  );
  handleShell(ipcMain, SHELL_CHANNELS.chooseVaultToOpen, expectedOrigin, async (event) =>
    grants.grant(await chooseVaultToOpen(BrowserWindow.fromWebContents(event.sender))),
  );
  handleShell(ipcMain, SHELL_CHANNELS.chooseExportFolder, expectedOrigin, async (event) =>
    grants.grant(await chooseExportFolder(BrowserWindow.fromWebContents(event.sender))),
  );
  handleShell(ipcMain, SHELL_CHANNELS.savePackage, expectedOrigin, (event) =>
    savePackageWithDialog(BrowserWindow.fromWebContents(event.sender)),
  );
}
