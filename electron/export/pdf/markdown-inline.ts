import type { MarkedToken, Token } from 'marked';
import type { FontName } from './fonts';
import type { Run } from './text';
import { COLOR } from './theme';

/** The character references people actually type; any other stays as written. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  sect: '§',
  para: '¶',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  larr: '←',
  rarr: '→',
  le: '≤',
  ge: '≥',
  ne: '≠',
};

/** marked leaves character references in text for an HTML renderer to resolve; a PDF must resolve them itself. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

interface Emphasis {
  bold: boolean;
  italic: boolean;
  color?: string;
  link?: string;
}

function fontFor(e: Emphasis): FontName {
  if (e.bold && e.italic) return 'BoldItalic';
  return e.bold ? 'Bold' : e.italic ? 'Italic' : 'Body';
}

/** The text of inline tokens without formatting (bookmarks, contents, table sizing). */
export function plainText(tokens: readonly Token[] | undefined): string {
  return inlineRuns(tokens)
    .map((r) => r.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Inline Markdown as styled runs. Links are shown with their address, since
 * paper cannot be clicked; inline HTML is shown as written, never interpreted.
 */
export function inlineRuns(
  tokens: readonly Token[] | undefined,
  emphasis: Emphasis = { bold: false, italic: false },
): Run[] {
  const runs: Run[] = [];
  const push = (text: string, e: Emphasis, font: FontName = fontFor(e)): void => {
    if (text === '') return;
    const run: Run = { text, font };
    if (e.color) run.color = e.color;
    if (e.link) run.link = e.link;
    runs.push(run);
  };
  for (const raw of tokens ?? []) {
    const token = raw as MarkedToken;
    switch (token.type) {
      case 'text':
        if (token.tokens?.length) runs.push(...inlineRuns(token.tokens, emphasis));
        // A single newline inside a paragraph is a soft break: a space in print.
        else push(decodeEntities(token.text).replace(/\n/g, ' '), emphasis);
        break;
      case 'escape':
        push(token.text, emphasis);
        break;
      case 'strong':
        runs.push(...inlineRuns(token.tokens, { ...emphasis, bold: true }));
        break;
      case 'em':
        runs.push(...inlineRuns(token.tokens, { ...emphasis, italic: true }));
        break;
      case 'del':
        runs.push(...inlineRuns(token.tokens, { ...emphasis, color: COLOR.muted }));
        break;
      case 'codespan':
        push(token.text, emphasis, 'Mono');
        break;
      case 'br':
        push('\n', emphasis);
        break;
      case 'link': {
        const inner = inlineRuns(token.tokens, { ...emphasis, color: COLOR.accent, link: token.href });
        runs.push(...inner);
        const shown = inner.map((r) => r.text).join('');
        const address = token.href.replace(/^mailto:/i, '');
        if (shown.trim() !== address && shown.trim() !== token.href)
          push(` (${address})`, { ...emphasis, color: COLOR.muted, link: token.href });
        break;
      }
      case 'image':
        push(`[image: ${token.text || 'untitled'}] (${token.href})`, { ...emphasis, color: COLOR.muted });
        break;
      case 'html':
        push(token.text.replace(/\n/g, ' '), emphasis);
        break;
      case 'checkbox':
        push(token.checked ? '☑ ' : '☐ ', emphasis);
        break;
      default:
        push((raw as { raw?: string }).raw ?? '', emphasis);
    }
  }
  return runs;
}
