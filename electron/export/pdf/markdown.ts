import { marked, type MarkedToken, type Token, type Tokens } from 'marked';
import { drawCodeBlock } from './code';
import {
  contentBottom,
  contentLeft,
  contentTop,
  contentWidth,
  ensureSpace,
  gap,
  onPage,
  pageIndex,
  type Doc,
} from './flow';
import { inlineRuns, plainText } from './markdown-inline';
import type { Outline } from './outline';
import { drawTable, tableLeadHeight, type TableOptions } from './table';
import { drawParagraph, layoutRuns, putText, type Run } from './text';
import { COLOR, SPACE, TYPE, headingStyle, spaceAfter, spaceBefore, type TextStyle } from './theme';

export interface RenderedHeading {
  /** 1 for the body's top headings, whatever Markdown depth they were written at. */
  level: number;
  text: string;
  /** One-based page number. */
  page: number;
  /** Named destination at the heading, for links from a table of contents. */
  dest: string;
}

export interface MarkdownOptions {
  /** Bookmarks for headings go here, at `outlineLevel + level - 1`. */
  outline?: Outline;
  outlineLevel?: number;
  x?: number;
  width?: number;
}

type Marker = (top: number) => void;

interface Ctx {
  doc: Doc;
  x: number;
  width: number;
  /** Base style for paragraphs (blockquotes make it muted and italic). */
  style: TextStyle;
  italic: boolean;
  /** Shift so the body's shallowest heading is level 1. */
  shift: number;
  options: MarkdownOptions;
  headings: RenderedHeading[];
  /** A list marker waiting for the first line of its item. */
  marker: Marker | undefined;
  /** Tight list items space their blocks closer than paragraphs. */
  tight: boolean;
}

const destCounters = new WeakMap<Doc, number>();

function nextDest(doc: Doc): string {
  const n = (destCounters.get(doc) ?? 0) + 1;
  destCounters.set(doc, n);
  return `h${n}`;
}

function takeMarker(ctx: Ctx, top: number): void {
  ctx.marker?.(top);
}

function emphasis(ctx: Ctx): { bold: boolean; italic: boolean; color?: string } {
  return ctx.style.color === COLOR.text
    ? { bold: false, italic: ctx.italic }
    : { bold: false, italic: ctx.italic, color: ctx.style.color };
}

function paragraph(ctx: Ctx, runs: Run[]): void {
  drawParagraph(ctx.doc, runs, ctx.style, { x: ctx.x, width: ctx.width, onFirstLine: (top) => takeMarker(ctx, top) });
}

function tableOptions(ctx: Ctx, token: Tokens.Table): TableOptions {
  return {
    x: ctx.x,
    width: ctx.width,
    columns: token.header.map((cell, i) => ({ header: plainText(cell.tokens), align: token.align[i] ?? 'left' })),
    rows: token.rows.map((row) => row.map((cell) => inlineRuns(cell.tokens))),
  };
}

function headingLevel(ctx: Ctx, token: Tokens.Heading): number {
  return Math.max(1, token.depth - ctx.shift);
}

/** How much of the next block must fit under a heading for the heading to stay on this page. */
function leadHeight(ctx: Ctx, next: MarkedToken | undefined): number {
  const body = ctx.style.lineHeight;
  switch (next?.type) {
    case undefined:
      return 0;
    case 'table':
      return tableLeadHeight(ctx.doc, tableOptions(ctx, next)) + 4;
    case 'code':
    case 'html':
      return 3 * TYPE.code.lineHeight + 14;
    case 'heading': {
      const level = headingLevel(ctx, next);
      return spaceBefore(level) + headingStyle(level).lineHeight + spaceAfter(level) + 2 * body;
    }
    default:
      return 2 * body;
  }
}

function heading(ctx: Ctx, token: Tokens.Heading, next: MarkedToken | undefined): void {
  const { doc } = ctx;
  const level = headingLevel(ctx, token);
  const style = headingStyle(level);
  const text = plainText(token.tokens);
  gap(doc, spaceBefore(level));
  const lines = layoutRuns(doc, [{ text, font: style.font }], style, ctx.width).length;
  ensureSpace(doc, lines * style.lineHeight + spaceAfter(level) + leadHeight(ctx, next));
  const runs = inlineRuns(token.tokens, { bold: true, italic: false }).map((r) => ({
    ...r,
    font: r.font === 'Mono' ? r.font : r.font === 'BoldItalic' || r.font === 'Italic' ? 'BoldItalic' : style.font,
    color: style.color,
  }));
  drawParagraph(doc, runs, style, {
    x: ctx.x,
    width: ctx.width,
    onFirstLine: (top) => {
      const dest = nextDest(doc);
      doc.addNamedDestination(dest, 'XYZ', null, Math.max(top - 12, 0), null);
      ctx.options.outline?.add((ctx.options.outlineLevel ?? 1) + level - 1, text, top);
      ctx.headings.push({ level, text, page: pageIndex(doc) + 1, dest });
    },
  });
  doc.y += spaceAfter(level);
}

const BULLETS = ['•', '◦', '▪'];

function list(ctx: Ctx, token: Tokens.List, depth: number): void {
  const { doc } = ctx;
  const indent = SPACE.listIndent + (token.ordered ? 2 : 0);
  const start = typeof token.start === 'number' ? token.start : 1;
  token.items.forEach((item, i) => {
    if (i > 0) gap(doc, token.loose ? SPACE.paragraph : SPACE.list);
    const checkbox = item.tokens.find((t) => t.type === 'checkbox') as Tokens.Checkbox | undefined;
    const label = checkbox
      ? checkbox.checked
        ? '☑'
        : '☐'
      : token.ordered
        ? `${start + i}.`
        : (BULLETS[depth % BULLETS.length] ?? '•');
    const inherited = ctx.marker;
    let done = false;
    const marker: Marker = (top) => {
      if (done) return;
      done = true;
      inherited?.(top);
      const color = token.ordered || checkbox ? ctx.style.color : COLOR.accent;
      putText(doc, label, ctx.x, top, ctx.style, { width: indent - 6, align: 'right', color, font: 'Body' });
    };
    blocks(
      { ...ctx, x: ctx.x + indent, width: ctx.width - indent, marker, tight: !item.loose },
      item.tokens.filter((t) => t.type !== 'checkbox'),
      depth + 1,
    );
    marker(doc.y);
  });
}

/** Draws a vertical bar beside content that may span pages. */
function bar(doc: Doc, x: number, from: { page: number; y: number }, to: { page: number; y: number }): void {
  for (let p = from.page; p <= to.page; p++) {
    const top = p === from.page ? from.y : contentTop(doc);
    const bottom = p === to.page ? to.y : contentBottom(doc);
    if (bottom > top) onPage(doc, p, () => doc.rect(x, top, 2.5, bottom - top).fill(COLOR.rule));
  }
}

function blockquote(ctx: Ctx, token: Tokens.Blockquote, depth: number): void {
  const { doc } = ctx;
  const from = { page: pageIndex(doc), y: doc.y };
  let started = false;
  const marker: Marker = (top) => {
    if (!started) {
      from.page = pageIndex(doc);
      from.y = top;
    }
    started = true;
    takeMarker(ctx, top);
  };
  blocks(
    { ...ctx, x: ctx.x + 14, width: ctx.width - 14, marker, italic: true, style: { ...ctx.style, color: COLOR.muted } },
    token.tokens,
    depth,
  );
  const bottom = doc.y - (ctx.tight ? 0 : SPACE.paragraph);
  bar(doc, ctx.x + 1, from, { page: pageIndex(doc), y: Math.max(bottom, from.y) });
}

function table(ctx: Ctx, token: Tokens.Table): void {
  const { doc } = ctx;
  const options = tableOptions(ctx, token);
  gap(doc, 2);
  ensureSpace(doc, tableLeadHeight(doc, options));
  takeMarker(ctx, doc.y);
  drawTable(doc, options);
}

function blocks(ctx: Ctx, tokens: readonly Token[], depth: number): void {
  const { doc } = ctx;
  const after = (): void => gap(doc, ctx.tight ? 0 : SPACE.paragraph);
  const meaningful = tokens.filter((t) => t.type !== 'space' && t.type !== 'def') as MarkedToken[];
  meaningful.forEach((token, i) => {
    switch (token.type) {
      case 'heading':
        heading(ctx, token, meaningful[i + 1]);
        break;
      case 'paragraph':
        paragraph(ctx, inlineRuns(token.tokens, emphasis(ctx)));
        after();
        break;
      case 'text':
        paragraph(ctx, inlineRuns(token.tokens ?? [{ ...token, tokens: undefined }], emphasis(ctx)));
        after();
        break;
      case 'list':
        list(ctx, token, depth);
        gap(doc, ctx.tight ? 0 : SPACE.block);
        break;
      case 'blockquote':
        blockquote(ctx, token, depth);
        gap(doc, SPACE.block);
        break;
      case 'table':
        table(ctx, token);
        gap(doc, SPACE.block);
        break;
      case 'code':
        drawCodeBlock(doc, token.text, { x: ctx.x, width: ctx.width, onFirstLine: (top) => takeMarker(ctx, top) });
        gap(doc, SPACE.block);
        break;
      case 'html':
        // Shown as written, as source: a policy PDF never interprets markup.
        if (token.text.trim()) {
          drawCodeBlock(doc, token.text.trimEnd(), {
            x: ctx.x,
            width: ctx.width,
            onFirstLine: (top) => takeMarker(ctx, top),
          });
          gap(doc, SPACE.block);
        }
        break;
      case 'hr': {
        gap(doc, SPACE.block);
        ensureSpace(doc, 24);
        doc
          .moveTo(ctx.x, doc.y)
          .lineTo(ctx.x + ctx.width, doc.y)
          .lineWidth(0.6)
          .strokeColor(COLOR.rule)
          .stroke();
        doc.y += SPACE.block;
        break;
      }
      default:
        paragraph(ctx, [{ text: (token as { raw?: string }).raw ?? '' }]);
        after();
    }
  });
}

/** Every heading token in document order, inside lists and quotes too. */
function headingTokens(tokens: readonly Token[]): Tokens.Heading[] {
  const out: Tokens.Heading[] = [];
  for (const raw of tokens) {
    const token = raw as MarkedToken;
    if (token.type === 'heading') out.push(token);
    else if (token.type === 'list') for (const item of token.items) out.push(...headingTokens(item.tokens));
    else if (token.type === 'blockquote') out.push(...headingTokens(token.tokens));
  }
  return out;
}

function lex(markdown: string): { tokens: Token[]; shift: number } {
  const tokens = marked.lexer(markdown, { gfm: true });
  const depths = headingTokens(tokens).map((h) => h.depth);
  return { tokens, shift: depths.length ? Math.min(...depths) - 1 : 0 };
}

/**
 * The headings `renderMarkdown` will draw, with the same levels and text, without
 * drawing anything: what a table of contents needs to reserve its pages first.
 */
export function markdownHeadings(markdown: string): { level: number; text: string }[] {
  const { tokens, shift } = lex(markdown);
  return headingTokens(tokens).map((h) => ({ level: Math.max(1, h.depth - shift), text: plainText(h.tokens) }));
}

/**
 * Renders Markdown at doc.y, flowing onto new pages, and returns the headings it
 * drew (for a table of contents). Parsed with marked's lexer only: no HTML is
 * ever produced or interpreted.
 */
export function renderMarkdown(doc: Doc, markdown: string, options: MarkdownOptions = {}): RenderedHeading[] {
  const { tokens, shift } = lex(markdown);
  const ctx: Ctx = {
    doc,
    x: options.x ?? contentLeft(doc),
    width: options.width ?? contentWidth(doc),
    style: TYPE.body,
    italic: false,
    shift,
    options,
    headings: [],
    marker: undefined,
    tight: false,
  };
  blocks(ctx, tokens, 0);
  return ctx.headings;
}
