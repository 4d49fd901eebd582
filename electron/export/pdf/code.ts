import { atPageTop, contentBottom, newPage, type Doc } from './flow';
import { useFont } from './fonts';
import { measure } from './text';
import { COLOR, TYPE, type TextStyle } from './theme';

const PAD = 7;

/** Hard-wraps each source line by characters; Mono advances are all equal, so one measure will do. */
function wrap(doc: Doc, text: string, width: number, style: TextStyle): string[] {
  const perLine = Math.max(8, Math.floor(width / measure(doc, 'M', 'Mono', style.size)));
  const out: string[] = [];
  for (const raw of text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\t/g, '    ').trimEnd();
    const chars = Array.from(line);
    if (chars.length === 0) out.push('');
    for (let i = 0; i < chars.length; i += perLine) out.push(chars.slice(i, i + perLine).join(''));
  }
  return out;
}

/**
 * Preformatted text (Markdown code, raw HTML shown as written) in Mono on a
 * light panel, split between pages at line boundaries.
 */
export function drawCodeBlock(
  doc: Doc,
  text: string,
  options: { x: number; width: number; style?: TextStyle; onFirstLine?: (top: number) => void },
): void {
  const style = options.style ?? TYPE.code;
  const lines = wrap(doc, text, options.width - 2 * PAD, style);
  let i = 0;
  let first = true;
  while (i < lines.length) {
    const room = Math.floor((contentBottom(doc) - doc.y - 2 * PAD) / style.lineHeight);
    if (room < Math.min(3, lines.length - i) && !atPageTop(doc)) {
      newPage(doc);
      continue;
    }
    const chunk = lines.slice(i, i + Math.max(room, 1));
    const top = doc.y;
    if (first) options.onFirstLine?.(top + PAD);
    first = false;
    const height = chunk.length * style.lineHeight + 2 * PAD;
    doc.roundedRect(options.x, top, options.width, height, 2).fill(COLOR.codeBg);
    useFont(doc, style.font, style.size).fillColor(style.color);
    const offset = (style.lineHeight - doc.currentLineHeight()) / 2;
    chunk.forEach((line, k) => {
      if (line) doc.text(line, options.x + PAD, top + PAD + k * style.lineHeight + offset, { lineBreak: false });
    });
    doc.x = options.x;
    doc.y = top + height;
    i += chunk.length;
    if (i < lines.length) newPage(doc);
  }
}
