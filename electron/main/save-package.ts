import { dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { latestFinishedPackage, saveExport } from '../services/export-jobs';

/**
 * The window's "Save package…": the OS save dialog, then a copy of the finished
 * package to the chosen file. Main picks the path; the page never names one.
 */
export async function savePackageWithDialog(parent: BrowserWindow | null): Promise<string | null> {
  const latest = latestFinishedPackage();
  const options: SaveDialogOptions = {
    title: 'Save package for the auditor',
    defaultPath: latest.fileName,
    buttonLabel: 'Save',
    filters: [{ name: 'ZIP package', extensions: ['zip'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  return saveExport(latest.jobId, result.filePath).path;
}
