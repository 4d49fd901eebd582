/**
 * Which stored files the Electron window may hand to the system's program for
 * their kind. The main process refuses anything else (electron/main/open-file.ts)
 * and the page offers only a download for it, so both sides decide alike.
 *
 * The decision is by file extension: the copy handed to the system keeps the
 * item's (made safe) file name, and the system picks its program by that
 * extension, whatever media type the upload claimed.
 */
import { safeFileName } from './evidence';

/**
 * Document kinds the system shows rather than runs. Anything else (programs,
 * scripts, web pages and SVG that run script in a browser, macro-enabled
 * Office files, files without an extension or of an unknown kind) is offered
 * as a download only: evidence is looked at, never executed.
 */
export const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  // Office and OpenDocument without macros
  '.docx',
  '.xlsx',
  '.pptx',
  '.doc',
  '.xls',
  '.ppt',
  '.odt',
  '.ods',
  '.odp',
  '.rtf',
  // PDF, images, text and data
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.bmp',
  '.tif',
  '.tiff',
  '.heic',
  '.txt',
  '.log',
  '.csv',
  '.tsv',
  '.json',
  '.md',
  '.xml',
  '.yaml',
  '.yml',
  // Mail, archives and recordings an auditor may be sent
  '.eml',
  '.msg',
  '.zip',
  '.mp4',
  '.mov',
  '.m4a',
  '.mp3',
  '.wav',
]);

/**
 * The extension of a file name (no folders in it), dot included, as Node's
 * `path.posix.extname` gives it: "report.PDF" → ".PDF", "file." → ".",
 * ".bashrc" and "README" → "".
 */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || name === '..') return '';
  return name.slice(dot);
}

/** Whether an extension (".docx", any case) is a document kind the system may open. */
export function isOpenableExtension(extension: string): boolean {
  return OPENABLE_EXTENSIONS.has(extension.toLowerCase());
}

/**
 * Whether a stored file may be opened with the system's program for its kind,
 * judged on the safe name its copy gets. False means download only.
 */
export function opensWithItsProgram(fileName: string): boolean {
  return isOpenableExtension(fileExtension(safeFileName(fileName)));
}
