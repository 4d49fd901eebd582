/**
 * The layout cursor. Every helper flows content at `doc.y` on the last page and
 * adds pages itself; pages earlier in the buffer are only revisited to draw
 * things whose content was unknown at the time (contents, page numbers, bars).
 */
export type Doc = PDFKit.PDFDocument;

export function contentLeft(doc: Doc): number {
  return doc.page.margins.left;
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function contentTop(doc: Doc): number {
  return doc.page.margins.top;
}

export function contentBottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Zero-based index of the page being written (always the last one during layout). */
export function pageIndex(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

export function pageCount(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count;
}

export function newPage(doc: Doc): void {
  doc.addPage();
  doc.x = contentLeft(doc);
  doc.y = contentTop(doc);
}

export function atPageTop(doc: Doc): boolean {
  return doc.y <= contentTop(doc) + 0.5;
}

/** Starts a new page unless `height` more points fit (a fresh page is never skipped). */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > contentBottom(doc) && !atPageTop(doc)) newPage(doc);
}

/** Adds vertical space, but never at the top of a page, where it would only push content down. */
export function gap(doc: Doc, points: number): void {
  if (!atPageTop(doc)) doc.y = Math.min(doc.y + points, contentBottom(doc));
}

/** Runs `draw` on an earlier page, then returns to where layout was. */
export function onPage(doc: Doc, index: number, draw: () => void): void {
  const last = pageIndex(doc);
  const { x, y } = doc;
  doc.switchToPage(index);
  draw();
  doc.switchToPage(last);
  doc.x = x;
  doc.y = y;
}
