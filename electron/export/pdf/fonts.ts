import { loadFaces, shareLayoutCache, trimLayoutCaches } from './faces';
import { FONT_NAMES, type FontName } from './resources';

export { FONT_FILES, FONT_NAMES, fontPath, resourcesDir, type FontName } from './resources';

/**
 * Option for `new PDFDocument`: no default font at all. Left out, pdfkit loads
 * Helvetica (a standard-14 font we must not ship); given our Body face, pdfkit
 * would later fail to cache 'Body' under its own name and re-open the face on
 * every font switch. Callers select a registered font before any text.
 */
export function defaultFontOption(): { font: string } {
  return { font: null as unknown as string };
}

/** Registers Body, Bold, Italic, BoldItalic and Mono on a document. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  trimLayoutCaches();
  const all = loadFaces();
  for (const name of FONT_NAMES) doc.registerFont(name, all[name] as unknown as string);
}

/** Selects a registered font (and size); every font switch in export/ goes through here. */
export function useFont(doc: PDFKit.PDFDocument, name: FontName, size?: number): PDFKit.PDFDocument {
  doc.font(name);
  if (size !== undefined) doc.fontSize(size);
  shareLayoutCache(doc, name);
  return doc;
}
