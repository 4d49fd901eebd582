import { contentBottom, contentLeft, contentTop, contentWidth, newPage, onPage, pageIndex, type Doc } from './flow';
import { drawLine, layoutRuns, measure, putText, type Line } from './text';
import { COLOR, TYPE, type TextStyle } from './theme';

export interface TocItem {
  title: string;
  /** 1 for top-level entries, 2 for entries under them. */
  level: number;
}

export interface TocEntry extends TocItem {
  /** One-based page number, as printed in the footer. */
  page: number;
  /** Named destination to link the entry to. */
  dest?: string;
}

export interface TocReservation {
  firstPage: number;
  pages: number;
  items: readonly TocItem[];
  heading: string;
}

const NUMBER_COLUMN = 34;
const LEADER_GAP = 6;

interface Placed {
  page: number;
  top: number;
  lines: Line[];
  style: TextStyle;
  indent: number;
}

function entryStyle(level: number, nested: boolean): { style: TextStyle; indent: number; before: number } {
  if (level <= 1)
    return { style: nested ? { ...TYPE.body, font: 'Bold' } : TYPE.body, indent: 0, before: nested ? 7 : 5 };
  return { style: { ...TYPE.body, size: 9, lineHeight: 13, color: COLOR.muted }, indent: 16, before: 1 };
}

/** Where each entry goes; depends only on the titles, so reserving and filling agree. */
function plan(doc: Doc, items: readonly TocItem[]): { placed: Placed[]; pages: number } {
  const top = contentTop(doc) + TYPE.h1.lineHeight + 16;
  const bottom = contentBottom(doc);
  const nested = items.some((i) => i.level > 1);
  const width = contentWidth(doc) - NUMBER_COLUMN - LEADER_GAP * 2;
  const placed: Placed[] = [];
  let page = 0;
  let y = top;
  for (const item of items) {
    const { style, indent, before } = entryStyle(item.level, nested);
    const lines = layoutRuns(doc, [{ text: item.title }], style, width - indent - 20);
    const height = lines.length * style.lineHeight;
    if (y > top) y += before;
    if (y + height > bottom) {
      page += 1;
      y = contentTop(doc);
    }
    placed.push({ page, top: y, lines, style, indent });
    y += height;
  }
  return { placed, pages: page + 1 };
}

/**
 * Keeps blank pages for the contents, to be filled by `fillToc` once the page
 * numbers are known (pages are buffered, so we can go back). The contents
 * always start on a page of their own (the page being written may hold
 * positioned text the cursor knows nothing of, like a cover); the cursor is
 * left at the top of a fresh page after them.
 */
export function reserveToc(doc: Doc, items: readonly TocItem[], heading = 'Contents'): TocReservation {
  newPage(doc);
  const firstPage = pageIndex(doc);
  const { pages } = plan(doc, items);
  for (let i = 0; i < pages; i++) newPage(doc);
  return { firstPage, pages, items, heading };
}

function leader(doc: Doc, from: number, to: number, y: number): void {
  if (to - from < 8) return;
  doc.save();
  doc
    .moveTo(from, y)
    .lineTo(to, y)
    .lineWidth(0.9)
    .lineCap('round')
    .dash(0.01, { space: 3.2 })
    .strokeColor(COLOR.faint)
    .stroke();
  doc.restore();
}

export function fillToc(doc: Doc, reservation: TocReservation, entries: readonly TocEntry[]): void {
  const same =
    entries.length === reservation.items.length &&
    entries.every((e, i) => e.title === reservation.items[i]!.title && e.level === reservation.items[i]!.level);
  if (!same) throw new Error('fillToc: entries differ from those reserved');
  const { placed, pages } = plan(doc, entries);
  if (pages > reservation.pages) throw new Error('fillToc: contents outgrew the reserved pages');
  const x = contentLeft(doc);
  const width = contentWidth(doc);
  const right = x + width;
  for (let p = 0; p < reservation.pages; p++) {
    onPage(doc, reservation.firstPage + p, () => {
      if (p === 0) putText(doc, reservation.heading, x, contentTop(doc), TYPE.h1);
      placed.forEach((spot, i) => {
        if (spot.page !== p) return;
        const entry = entries[i]!;
        const { style, lines, indent } = spot;
        lines.forEach((line, k) => drawLine(doc, line, x + indent, spot.top + k * style.lineHeight, style));
        const lastTop = spot.top + (lines.length - 1) * style.lineHeight;
        const lastWidth = lines[lines.length - 1]?.width ?? 0;
        const number = String(entry.page);
        const numberWidth = measure(doc, number, style.font, style.size);
        putText(doc, number, x, lastTop, style, { width, align: 'right' });
        const baseline = lastTop + style.lineHeight * 0.72;
        leader(doc, x + indent + lastWidth + LEADER_GAP, right - numberWidth - LEADER_GAP, baseline);
        if (entry.dest) doc.goTo(x, spot.top, width, lines.length * style.lineHeight, entry.dest);
      });
    });
  }
}
