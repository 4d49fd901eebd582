// The PDF layer every Attest document is built from; see document.ts for the order of calls.
export {
  createPdf,
  finish,
  isDraft,
  type Decorations,
  type PdfOptions,
  type PdfResult,
  type RunningText,
} from './document';
export { fontPath, resourcesDir, type FontName } from './fonts';
export {
  atPageTop,
  contentBottom,
  contentLeft,
  contentTop,
  contentWidth,
  ensureSpace,
  gap,
  newPage,
  onPage,
  pageCount,
  pageIndex,
  type Doc,
} from './flow';
export { longDate } from './format';
export { drawCodeBlock } from './code';
export { markdownHeadings, renderMarkdown, type MarkdownOptions, type RenderedHeading } from './markdown';
export { Outline } from './outline';
export { autoWidths, drawTable, tableLeadHeight, type TableCell, type TableColumn, type TableOptions } from './table';
export { drawParagraph, layoutRuns, measure, putText, type Align, type Run } from './text';
export { COLOR, PAGE, SPACE, TYPE, type TextStyle } from './theme';
export { fillToc, reserveToc, type TocEntry, type TocItem, type TocReservation } from './toc';
