import type { Doc } from './flow';

/** pdfkit's outline item, with the dictionary we need to correct. */
interface OutlineItem {
  addItem(title: string, options?: { expanded?: boolean }): OutlineItem;
  outlineData: { Dest?: unknown[] };
}

/**
 * PDF bookmarks nested by heading level. Levels may skip (1 then 3): an item
 * nests under the nearest earlier item of a lower level.
 */
export class Outline {
  private readonly stack: { level: number; item: OutlineItem }[] = [];

  constructor(private readonly doc: Doc) {}

  /** Adds a bookmark to the current page at `top` (layout coordinates). */
  add(level: number, title: string, top: number = this.doc.y): void {
    while (this.stack.length && this.stack[this.stack.length - 1]!.level >= level) this.stack.pop();
    const parent = this.stack[this.stack.length - 1]?.item ?? (this.doc.outline as unknown as OutlineItem);
    const item = parent.addItem(title, { expanded: level <= 1 });
    // pdfkit's own destination puts the view's left edge at the page's right edge;
    // keep the reader's horizontal position (null) and land just above the heading.
    item.outlineData.Dest = [this.doc.page.dictionary, 'XYZ', null, this.doc.page.height - Math.max(top - 12, 0), null];
    this.stack.push({ level, item });
  }
}
