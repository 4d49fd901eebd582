import { atPageTop, contentBottom, contentLeft, contentTop, contentWidth, newPage, type Doc } from './flow';
import { drawLine, layoutRuns, measure, type Align, type Line, type Run } from './text';
import { COLOR, TYPE, type TextStyle } from './theme';

export interface TableColumn {
  header: string;
  /** A fraction of the table's width (≤ 1), points (> 1), or omitted to size from the content. */
  width?: number;
  align?: Align;
}

/** Plain text in the table's style, or runs for mixed fonts. */
export type TableCell = string | readonly Run[];

export interface TableOptions {
  columns: readonly TableColumn[];
  rows: readonly (readonly TableCell[])[];
  x?: number;
  width?: number;
  /** Alternate row shading, or a hairline under every row. */
  look?: 'zebra' | 'rules';
  style?: TextStyle;
  headStyle?: TextStyle;
}

const PAD_X = 6;
const PAD_Y = 4.5;

function runsOf(cell: TableCell | undefined): readonly Run[] {
  if (cell === undefined) return [];
  return typeof cell === 'string' ? [{ text: cell }] : cell;
}

function plain(cell: TableCell | undefined): string {
  return runsOf(cell)
    .map((r) => r.text)
    .join('');
}

/**
 * Widths from the content: every column gets at least its longest word; then the
 * columns that need least to sit on one line (dates, names, versions) get it,
 * and whatever is left goes to the columns with the most text.
 */
export function autoWidths(
  doc: Doc,
  cells: readonly (readonly TableCell[])[],
  width: number,
  style: TextStyle,
): number[] {
  const columns = Math.max(0, ...cells.map((r) => r.length));
  const natural = new Array<number>(columns).fill(0);
  const minimum = new Array<number>(columns).fill(0);
  for (const row of cells) {
    row.forEach((cell, c) => {
      for (const line of plain(cell).split('\n')) {
        natural[c] = Math.max(natural[c]!, measure(doc, line, 'Bold', style.size) + 2 * PAD_X + 1);
        for (const word of line.split(/\s+/))
          minimum[c] = Math.max(minimum[c]!, measure(doc, word, 'Bold', style.size) + 2 * PAD_X + 1);
      }
    });
  }
  const min = minimum.map((m) => Math.min(m, width * 0.45));
  const sumNatural = natural.reduce((a, b) => a + b, 0);
  const sumMin = min.reduce((a, b) => a + b, 0);
  if (sumNatural <= width) return natural.map((n) => (n / sumNatural) * width);
  if (sumMin >= width) return min.map((m) => (m / sumMin) * width);
  const widths = [...min];
  let spare = width - sumMin;
  const order = widths.map((_, c) => c).sort((a, b) => natural[a]! - min[a]! - (natural[b]! - min[b]!));
  const rest: number[] = [];
  let left = order.length;
  for (const c of order) {
    const need = natural[c]! - min[c]!;
    // A column is satisfied only while that leaves the others an equal share of the spare room.
    if (need <= spare / left) {
      widths[c] = natural[c]!;
      spare -= need;
      left -= 1;
    } else rest.push(c);
  }
  const restNeed = rest.reduce((a, c) => a + natural[c]! - min[c]!, 0) || 1;
  for (const c of rest) widths[c] = min[c]! + ((natural[c]! - min[c]!) / restNeed) * spare;
  return widths;
}

function resolveWidths(doc: Doc, options: TableOptions, width: number, style: TextStyle): number[] {
  const { columns } = options;
  const known = columns.map((c) => (c.width === undefined ? null : c.width <= 1 ? c.width * width : c.width));
  const fixed = known.reduce<number>((a, w) => a + (w ?? 0), 0);
  const autoIdx = known.flatMap((w, i) => (w === null ? [i] : []));
  if (autoIdx.length === 0) return known.map((w) => ((w ?? 0) / (fixed || 1)) * width);
  const content = [columns.map((c) => c.header), ...options.rows].map((row) => autoIdx.map((i) => row[i] ?? ''));
  const auto = autoWidths(doc, content, Math.max(width - fixed, autoIdx.length * 24), style);
  const widths = known.map((w) => w ?? 0);
  autoIdx.forEach((i, k) => (widths[i] = auto[k]!));
  const total = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => (w / total) * width);
}

interface Row {
  cells: Line[][];
  lines: number;
}

interface Prepared {
  x: number;
  width: number;
  widths: number[];
  style: TextStyle;
  headStyle: TextStyle;
  head: Row;
  headHeight: number;
  rows: Row[];
}

function prepare(doc: Doc, options: TableOptions, rowLimit = options.rows.length): Prepared {
  const style = options.style ?? TYPE.table;
  const headStyle = options.headStyle ?? TYPE.tableHead;
  const x = options.x ?? contentLeft(doc);
  const width = options.width ?? contentWidth(doc) - (x - contentLeft(doc));
  const widths = resolveWidths(doc, options, width, style);
  const lay = (cells: readonly TableCell[], s: TextStyle): Row => {
    const laid = widths.map((w, c) => layoutRuns(doc, runsOf(cells[c]), s, w - 2 * PAD_X));
    return { cells: laid, lines: Math.max(1, ...laid.map((l) => l.length)) };
  };
  const head = lay(
    options.columns.map((c) => c.header),
    headStyle,
  );
  const headHeight = head.lines * headStyle.lineHeight + 2 * PAD_Y;
  return {
    x,
    width,
    widths,
    style,
    headStyle,
    head,
    headHeight,
    rows: options.rows.slice(0, rowLimit).map((r) => lay(r, style)),
  };
}

/** Height of the header and first row: what must fit before a table may start on a page. */
export function tableLeadHeight(doc: Doc, options: TableOptions): number {
  const t = prepare(doc, options, 1);
  const first = t.rows[0];
  return t.headHeight + (first ? first.lines * t.style.lineHeight + 2 * PAD_Y : 0);
}

/**
 * A table that reads well in print: wrapped cells, the header repeated on every
 * page the table spans, and rows kept whole unless one is taller than a page.
 * Leaves doc.y under the table.
 */
export function drawTable(doc: Doc, options: TableOptions): void {
  const { x, width, widths, style, headStyle, head, headHeight, rows } = prepare(doc, options);
  const rowHeight = (row: Row): number => row.lines * style.lineHeight + 2 * PAD_Y;

  const drawCells = (row: Row, s: TextStyle, from: number, to: number, top: number): void => {
    let cx = x;
    row.cells.forEach((lines, c) => {
      const align = options.columns[c]?.align ?? 'left';
      const w = widths[c]!;
      lines.slice(from, to).forEach((line, k) => {
        drawLine(doc, line, cx + PAD_X, top + PAD_Y + k * s.lineHeight, s, w - 2 * PAD_X, align);
      });
      cx += w;
    });
  };
  const rule = (y: number, color: string, lineWidth: number): void => {
    doc
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(lineWidth)
      .strokeColor(color)
      .stroke();
  };
  const drawHead = (): void => {
    doc.rect(x, doc.y, width, headHeight).fill(COLOR.accentLight);
    drawCells(head, headStyle, 0, head.lines, doc.y);
    doc.y += headHeight;
    rule(doc.y, COLOR.accent, 0.75);
  };
  const drawSlice = (row: Row, index: number, from: number, to: number): void => {
    const height = (to - from) * style.lineHeight + 2 * PAD_Y;
    if (options.look !== 'rules' && index % 2 === 1) doc.rect(x, doc.y, width, height).fill(COLOR.zebra);
    drawCells(row, style, from, to, doc.y);
    doc.y += height;
    if (options.look === 'rules') rule(doc.y, COLOR.rule, 0.4);
  };
  const close = (): void => {
    if (options.look !== 'rules') rule(doc.y, COLOR.rule, 0.75);
  };
  // Each page's part of the table is closed by a rule and reopened by the header.
  const breakPage = (): void => {
    close();
    newPage(doc);
    drawHead();
  };

  const first = rows[0];
  if (doc.y + headHeight + (first ? rowHeight(first) : 0) > contentBottom(doc) && !atPageTop(doc)) newPage(doc);
  drawHead();
  const pageRoom = contentBottom(doc) - contentTop(doc) - headHeight;
  rows.forEach((row, index) => {
    if (doc.y + rowHeight(row) <= contentBottom(doc)) return drawSlice(row, index, 0, row.lines);
    if (rowHeight(row) <= pageRoom) {
      breakPage();
      return drawSlice(row, index, 0, row.lines);
    }
    // Taller than a page: the only case where a row is split.
    let from = 0;
    while (from < row.lines) {
      const fits = Math.floor((contentBottom(doc) - doc.y - 2 * PAD_Y) / style.lineHeight);
      if (fits < 2) {
        breakPage();
        continue;
      }
      const to = Math.min(row.lines, from + fits);
      drawSlice(row, index, from, to);
      from = to;
      if (from < row.lines) breakPage();
    }
  });
  close();
}
