// Every Attest PDF is made the same way:
//   const doc = createPdf({ title, subject, author, draft });   Letter, our fonts, page 1
//   const outline = new Outline(doc);                           bookmarks, nested by level
//   cover: putText / drawParagraph at fixed places, then reserveToc(doc, items) if contents
//   body: renderMarkdown, drawTable, drawParagraph flow at doc.y and add pages themselves
//   fillToc(doc, toc, entries)                                  once page numbers are known
//   await finish(doc, out, { runningHeader, footer })           heads, "Page N of M", watermark
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { APP_NAME, APP_VERSION } from '../../../shared/version';
import { defaultFontOption, registerFonts, useFont } from './fonts';
import { contentLeft, contentWidth, newPage, pageCount, type Doc } from './flow';
import { putText } from './text';
import { COLOR, PAGE, TYPE } from './theme';

export type { Doc } from './flow';

export interface PdfOptions {
  title: string;
  subject: string;
  /** Usually the organisation: the document is theirs, Attest only typeset it. */
  author: string;
  keywords?: string[];
  draft?: boolean;
  /** Fixed in tests so that two runs give the same bytes. */
  createdAt?: Date;
}

const drafts = new WeakSet<Doc>();

/** A Letter document with our fonts registered, Body selected, and its first page added. */
export function createPdf(options: PdfOptions): Doc {
  const createdAt = options.createdAt ?? new Date();
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { ...PAGE.margins },
    bufferPages: true,
    autoFirstPage: false,
    pdfVersion: '1.7',
    displayTitle: true,
    lang: 'en-US',
    ...defaultFontOption(),
    info: {
      Title: options.title,
      Author: options.author,
      Subject: options.subject,
      Keywords: (options.keywords ?? []).join(', '),
      Creator: `${APP_NAME} ${APP_VERSION}`,
      Producer: `${APP_NAME} ${APP_VERSION} (PDFKit)`,
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
  registerFonts(doc);
  if (options.draft) drafts.add(doc);
  newPage(doc);
  useFont(doc, 'Body', TYPE.body.size).fillColor(COLOR.text);
  return doc;
}

export function isDraft(doc: Doc): boolean {
  return drafts.has(doc);
}

export interface RunningText {
  left: string;
  right: string;
}

export interface Decorations {
  /** Running header per page (zero-based index), or one for all pages. */
  runningHeader: RunningText | ((page: number) => RunningText);
  /** Text at the footer's left; "Page N of M" is always on the right. */
  footer?: string | ((page: number) => string);
  /** Leading pages without header and footer; 1 (the cover) unless said otherwise. */
  coverPages?: number;
}

export interface PdfResult {
  pages: number;
  bytes: number;
}

/** Shortens text to fit `width`, with an ellipsis, so running heads never collide. */
function fit(doc: Doc, text: string, width: number, style: typeof TYPE.small): string {
  useFont(doc, style.font, style.size);
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function drawHeader(doc: Doc, head: RunningText): void {
  const x = contentLeft(doc);
  const width = contentWidth(doc);
  const top = doc.page.margins.top - 40;
  const style = TYPE.small;
  const right = fit(doc, head.right, width * 0.4, style);
  const rightWidth = useFont(doc, style.font, style.size).widthOfString(right);
  putText(doc, fit(doc, head.left, width - rightWidth - 24, style), x, top, style);
  putText(doc, right, x, top, style, { width, align: 'right' });
  doc
    .moveTo(x, top + style.lineHeight + 5)
    .lineTo(x + width, top + style.lineHeight + 5)
    .lineWidth(0.5)
    .strokeColor(COLOR.rule)
    .stroke();
}

function drawFooter(doc: Doc, left: string, page: number, total: number): void {
  const x = contentLeft(doc);
  const width = contentWidth(doc);
  const top = doc.page.height - doc.page.margins.bottom + 30;
  const style = TYPE.small;
  const pageText = `Page ${page + 1} of ${total}`;
  putText(doc, fit(doc, left, width * 0.7, style), x, top, style);
  putText(doc, pageText, x, top, style, { width, align: 'right', color: COLOR.text });
}

function drawWatermark(doc: Doc): void {
  const size = 118;
  const cx = doc.page.width / 2;
  const cy = doc.page.height / 2;
  useFont(doc, 'Bold', size);
  const w = doc.widthOfString('DRAFT');
  doc.save();
  doc.rotate(-50, { origin: [cx, cy] });
  doc.fillColor(COLOR.watermark).fillOpacity(0.09);
  // Text extraction splits diagonal glyphs apart; ActualText keeps the word
  // whole for search, copy and screen readers.
  doc.markContent('Span', { actual: 'DRAFT' });
  doc.text('DRAFT', cx - w / 2, cy - size * 0.6, { lineBreak: false });
  doc.endMarkedContent();
  doc.restore();
}

/**
 * Draws what needs the page count (running heads, "Page N of M", the draft
 * watermark) over every buffered page, ends the document and writes it to `out`.
 */
export async function finish(doc: Doc, out: Writable, decorations: Decorations): Promise<PdfResult> {
  const total = pageCount(doc);
  const covers = decorations.coverPages ?? 1;
  const header = decorations.runningHeader;
  const footer = decorations.footer ?? '';
  for (let i = 0; i < total; i++) {
    doc.switchToPage(i);
    if (i >= covers) {
      drawHeader(doc, typeof header === 'function' ? header(i) : header);
      drawFooter(doc, typeof footer === 'function' ? footer(i) : footer, i, total);
    }
    if (drafts.has(doc)) drawWatermark(doc);
  }
  let bytes = 0;
  const done = pipeline(doc, out);
  doc.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  doc.end();
  await done;
  return { pages: total, bytes };
}
