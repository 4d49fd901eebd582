import { useFont, type FontName } from './fonts';
import { atPageTop, contentBottom, newPage, type Doc } from './flow';
import type { TextStyle } from './theme';

// Our own line breaking rather than pdfkit's `continued` text: mixed fonts on one
// line, exact line heights for page-break decisions, and widow/orphan control all
// need the lines known before anything is drawn.

/** A stretch of text in one font and colour; a link makes it clickable too. */
export interface Run {
  text: string;
  font?: FontName;
  color?: string;
  link?: string;
}

export interface Segment {
  text: string;
  font: FontName;
  color: string;
  link: string | undefined;
  /** Offset from the line's start. */
  x: number;
  width: number;
}

export interface Line {
  segments: Segment[];
  width: number;
}

export type Align = 'left' | 'center' | 'right';

interface Part {
  text: string;
  font: FontName;
  color: string;
  link: string | undefined;
  width: number;
}

type Piece = { kind: 'word'; parts: Part[]; width: number } | { kind: 'space'; part: Part } | { kind: 'break' };

/** Advance widths at 1 pt, per font and text: measuring is most of layout, and words repeat across documents. */
const widths = new Map<string, number>();
const WIDTH_CACHE_LIMIT = 100_000;

export function measure(doc: Doc, text: string, font: FontName, size: number): number {
  const key = `${font}\u0000${text}`;
  let unit = widths.get(key);
  if (unit === undefined) {
    unit = useFont(doc, font, 1000).widthOfString(text) / 1000;
    if (widths.size >= WIDTH_CACHE_LIMIT) widths.clear();
    widths.set(key, unit);
  }
  return unit * size;
}

function pieces(doc: Doc, runs: readonly Run[], style: TextStyle): Piece[] {
  const out: Piece[] = [];
  for (const run of runs) {
    const font = run.font ?? style.font;
    const color = run.color ?? style.color;
    const part = (text: string): Part => ({
      text,
      font,
      color,
      link: run.link,
      width: measure(doc, text, font, style.size),
    });
    // NFC: an accent typed as a combining mark becomes the precomposed letter (fonts.ts
    // shapes without mark positioning). Tabs and other blanks become one space; a
    // newline is a hard break.
    const normalised = run.text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[\t\f\v\u2028\u2029 ]+/g, ' ');
    for (const chunk of normalised.split(/(\n| )/)) {
      if (chunk === '') continue;
      if (chunk === '\n') out.push({ kind: 'break' });
      else if (chunk === ' ') out.push({ kind: 'space', part: part(' ') });
      else {
        const p = part(chunk);
        const last = out[out.length - 1];
        // No space between runs ("**bold**,") means one word: never break there.
        if (last?.kind === 'word') {
          last.parts.push(p);
          last.width += p.width;
        } else out.push({ kind: 'word', parts: [p], width: p.width });
      }
    }
  }
  return out;
}

/**
 * Splits a word wider than the line by characters (long URLs, hashes). Widths
 * are summed per character, not re-measured per prefix, so a pasted blob of
 * thousands of characters stays linear.
 */
function splitPart(doc: Doc, part: Part, size: number, room: number, width: number): Part[][] {
  const lines: Part[][] = [];
  let text = '';
  let used = 0;
  let avail = room;
  for (const ch of part.text) {
    const w = measure(doc, ch, part.font, size);
    if (text !== '' && used + w > avail) {
      lines.push([{ ...part, text, width: used }]);
      text = '';
      used = 0;
      avail = width;
    }
    text += ch;
    used += w;
  }
  lines.push([{ ...part, text, width: used }]);
  return lines;
}

function toLine(doc: Doc, parts: Part[], size: number): Line {
  const segments: Segment[] = [];
  for (const p of parts) {
    const last = segments[segments.length - 1];
    if (last && last.font === p.font && last.color === p.color && last.link === p.link) last.text += p.text;
    else segments.push({ text: p.text, font: p.font, color: p.color, link: p.link, x: 0, width: 0 });
  }
  let x = 0;
  for (const s of segments) {
    s.x = x;
    s.width = measure(doc, s.text, s.font, size);
    x += s.width;
  }
  return { segments, width: x };
}

/** Breaks runs into lines no wider than `width` (greedy, at spaces). */
export function layoutRuns(doc: Doc, runs: readonly Run[], style: TextStyle, width: number): Line[] {
  const lines: Part[][] = [];
  let cur: Part[] = [];
  let curWidth = 0;
  let space: Part | null = null;
  const flush = (): void => {
    lines.push(cur);
    cur = [];
    curWidth = 0;
    space = null;
  };
  for (const piece of pieces(doc, runs, style)) {
    if (piece.kind === 'break') flush();
    else if (piece.kind === 'space') space = cur.length ? piece.part : null;
    else {
      const spaceWidth = space ? space.width : 0;
      if (cur.length && curWidth + spaceWidth + piece.width > width) flush();
      if (space && cur.length) {
        cur.push(space);
        curWidth += space.width;
      }
      space = null;
      for (const part of piece.parts) {
        if (curWidth + part.width <= width || (cur.length === 0 && part.width <= width)) {
          cur.push(part);
          curWidth += part.width;
          continue;
        }
        const chunks = splitPart(doc, part, style.size, width - curWidth, width);
        chunks.forEach((chunk, i) => {
          if (i > 0) flush();
          cur.push(...chunk);
          curWidth += chunk.reduce((w, c) => w + c.width, 0);
        });
      }
    }
  }
  if (cur.length || lines.length === 0) flush();
  return lines.map((parts) => toLine(doc, parts, style.size));
}

/** Vertical offset that centres the font's box in the line's height. */
function textOffset(doc: Doc, style: TextStyle): number {
  useFont(doc, style.font, style.size);
  return (style.lineHeight - doc.currentLineHeight()) / 2;
}

export function drawLine(
  doc: Doc,
  line: Line,
  x: number,
  top: number,
  style: TextStyle,
  width = 0,
  align: Align = 'left',
): void {
  const offset = align === 'right' ? width - line.width : align === 'center' ? (width - line.width) / 2 : 0;
  const y = top + textOffset(doc, style);
  const cursor = { x: doc.x, y: doc.y };
  for (const s of line.segments) {
    useFont(doc, s.font, style.size).fillColor(s.color);
    doc.text(s.text, x + offset + s.x, y, { lineBreak: false, link: s.link ?? null });
  }
  // pdfkit moves its cursor after text; layout owns the cursor.
  doc.x = cursor.x;
  doc.y = cursor.y;
}

/** One line of plain text at a fixed place (headers, footers, labels); never wraps or breaks pages. */
export function putText(
  doc: Doc,
  text: string,
  x: number,
  top: number,
  style: TextStyle,
  options: { width?: number; align?: Align; color?: string; font?: FontName } = {},
): number {
  const runs: Run[] = [{ text, font: options.font ?? style.font, color: options.color ?? style.color }];
  const line = layoutRuns(doc, runs, style, Number.POSITIVE_INFINITY)[0];
  if (line) drawLine(doc, line, x, top, style, options.width ?? 0, options.align ?? 'left');
  return line?.width ?? 0;
}

export interface ParagraphOptions {
  x: number;
  width: number;
  align?: Align;
  /** Called with the top of the first line once its page is settled (list markers hang there). */
  onFirstLine?: (top: number) => void;
}

/**
 * Draws wrapped text at doc.y, continuing on new pages. A paragraph never leaves
 * a single line at the foot of a page (orphan) or carries a single line over
 * to the next (widow) when it can avoid it.
 */
export function drawParagraph(doc: Doc, runs: readonly Run[], style: TextStyle, options: ParagraphOptions): void {
  const lines = layoutRuns(doc, runs, style, options.width);
  const lh = style.lineHeight;
  let i = 0;
  let first = true;
  while (i < lines.length) {
    const room = Math.floor((contentBottom(doc) - doc.y + 0.01) / lh);
    const remaining = lines.length - i;
    let take = remaining;
    if (room < remaining) {
      if (room < 2 && !atPageTop(doc)) {
        newPage(doc);
        continue;
      }
      take = Math.max(room, 1);
      if (remaining - take === 1 && take > 2) take -= 1;
    }
    if (first) options.onFirstLine?.(doc.y);
    first = false;
    for (const line of lines.slice(i, i + take)) {
      drawLine(doc, line, options.x, doc.y, style, options.width, options.align);
      doc.y += lh;
    }
    i += take;
    if (i < lines.length) newPage(doc);
  }
}
