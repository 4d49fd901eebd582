import { APP_NAME, APP_VERSION } from '../../shared/version';
import {
  contentBottom,
  contentLeft,
  contentTop,
  contentWidth,
  ensureSpace,
  gap,
  pageIndex,
  type Doc,
} from './pdf/flow';
import { isoDay, longDate } from './pdf/format';
import type { Outline } from './pdf/outline';
import { drawTable, tableLeadHeight, type TableColumn, type TableCell } from './pdf/table';
import { drawParagraph, layoutRuns, putText, type Run } from './pdf/text';
import type { TocEntry } from './pdf/toc';
import { COLOR, TYPE, headingStyle, spaceAfter, spaceBefore, type TextStyle } from './pdf/theme';

// Building blocks shared by the package's documents (description and assertion,
// controls matrix): headings that land in the contents and the bookmarks,
// paragraphs, lists, and the cover. Layout primitives stay in ./pdf.

/** Collects contents entries as headings are drawn, with one named destination per heading. */
export class Sections {
  readonly entries: TocEntry[] = [];
  private count = 0;

  constructor(
    private readonly doc: Doc,
    private readonly outline: Outline,
  ) {}

  /**
   * A heading kept with `keep` points of what follows (a few lines of text by default; for a table, its header
   * and first row: see tableKeep), so that no heading ends a page alone. Level 1 and 2 go into the contents.
   */
  heading(level: 1 | 2 | 3, title: string, keep = 3 * TYPE.body.lineHeight): void {
    const doc = this.doc;
    const style = headingStyle(level);
    const x = contentLeft(doc);
    const width = contentWidth(doc);
    gap(doc, spaceBefore(level));
    ensureSpace(doc, headingHeight(doc, level, title) - spaceBefore(level) + keep);
    drawParagraph(doc, [{ text: title }], style, {
      x,
      width,
      onFirstLine: (top) => {
        const dest = `section-${++this.count}`;
        doc.addNamedDestination(dest, 'XYZ', null, Math.max(top - 12, 0), null);
        this.outline.add(level, title, top);
        if (level <= 2) this.entries.push({ title, level, page: pageIndex(doc) + 1, dest });
      },
    });
    doc.y += spaceAfter(level);
  }
}

/** The height a heading takes, space before and after included (for keeping a heading with a sub-heading). */
export function headingHeight(doc: Doc, level: 1 | 2 | 3, title: string): number {
  const style = headingStyle(level);
  const lines = layoutRuns(doc, [{ text: title }], style, contentWidth(doc)).length;
  return spaceBefore(level) + lines * style.lineHeight + spaceAfter(level);
}

export function paragraph(doc: Doc, runs: string | readonly Run[], style: TextStyle = TYPE.body): void {
  const list = typeof runs === 'string' ? [{ text: runs }] : runs;
  drawParagraph(doc, list, style, { x: contentLeft(doc), width: contentWidth(doc) });
  doc.y += 7;
}

/** Plain text as typed: blank lines separate paragraphs. */
export function paragraphs(doc: Doc, text: string): void {
  for (const p of text.split(/\n\s*\n/)) if (p.trim()) paragraph(doc, p.trim());
}

const NOTE_STYLE: TextStyle = { ...TYPE.body, color: COLOR.muted };

/** A muted note, for sections with nothing to list. */
export function note(doc: Doc, text: string): void {
  paragraph(doc, [{ text, font: 'Italic' }], NOTE_STYLE);
}

/** The height note() takes. */
export function noteHeight(doc: Doc, text: string): number {
  return layoutRuns(doc, [{ text, font: 'Italic' }], NOTE_STYLE, contentWidth(doc)).length * NOTE_STYLE.lineHeight + 7;
}

/**
 * A list with hanging markers ("a.", "•"). `keepWithLast`: points of what follows that must stay on the page
 * of the last item (the signature under the last statement of an assertion).
 */
export function list(
  doc: Doc,
  items: readonly (string | readonly Run[])[],
  marker: (i: number) => string,
  options: { keepWithLast?: number } = {},
): void {
  const x = contentLeft(doc);
  const width = contentWidth(doc);
  const indent = 18;
  items.forEach((item, i) => {
    const runs = typeof item === 'string' ? [{ text: item }] : item;
    if (i === items.length - 1 && options.keepWithLast !== undefined) {
      const lines = layoutRuns(doc, runs, TYPE.body, width - indent).length;
      ensureSpace(doc, lines * TYPE.body.lineHeight + 4 + 3 + options.keepWithLast);
    }
    drawParagraph(doc, runs, TYPE.body, {
      x: x + indent,
      width: width - indent,
      onFirstLine: (top) => putText(doc, marker(i), x + 2, top, TYPE.body),
    });
    doc.y += 4;
  });
  doc.y += 3;
}

/** A table of a document section: its columns, its rows, and what to say instead when there are none. */
export interface TableSpec {
  columns: readonly TableColumn[];
  rows: readonly (readonly TableCell[])[];
  empty: string;
}

/** A table over the full width, or a note when there are no rows. */
export function table(doc: Doc, spec: TableSpec): void {
  if (spec.rows.length === 0) return note(doc, spec.empty);
  drawTable(doc, { columns: spec.columns, rows: spec.rows });
  doc.y += 10;
}

/**
 * What must fit under a heading for the table() below it to start on the same page: the table's header and
 * first row, or the note said when it has no rows.
 */
export function tableKeep(doc: Doc, spec: TableSpec): number {
  if (spec.rows.length === 0) return noteHeight(doc, spec.empty);
  return tableLeadHeight(doc, { columns: spec.columns, rows: spec.rows });
}

export interface CoverText {
  orgName: string;
  label: string;
  title: string;
  lines: string[];
  createdAt: Date;
  draft: boolean;
}

/** Page one: organisation, what the document is, for which system and period, when it was prepared. */
export function drawCover(doc: Doc, cover: CoverText): void {
  const x = contentLeft(doc);
  const width = contentWidth(doc);
  const top = contentTop(doc) - 12;
  doc.rect(x, top, width, 3).fill(COLOR.accent);
  putText(doc, cover.orgName, x, top + 14, { ...TYPE.h3, size: 11.5, lineHeight: 15, color: COLOR.accent });
  doc.y = 236;
  putText(doc, cover.label.toUpperCase(), x, doc.y, TYPE.label);
  doc.y += 16;
  drawParagraph(doc, [{ text: cover.title }], TYPE.title, { x, width: width * 0.9 });
  doc.y += 8;
  for (const line of cover.lines) {
    drawParagraph(doc, [{ text: line }], { ...TYPE.body, size: 11, lineHeight: 16, color: COLOR.muted }, { x, width });
  }
  if (cover.draft) {
    doc.y += 24;
    putText(doc, 'DRAFT — NOT FOR RELIANCE', x, doc.y, { ...TYPE.label, size: 9, color: COLOR.stampDraft });
  }
  const foot = contentBottom(doc) - TYPE.small.lineHeight * 2;
  putText(doc, `${cover.orgName} · Confidential · Prepared for the service auditor`, x, foot, TYPE.small);
  putText(
    doc,
    `Prepared with ${APP_NAME} ${APP_VERSION} on ${longDate(isoDay(cover.createdAt))}`,
    x,
    foot + TYPE.small.lineHeight,
    TYPE.small,
  );
}
