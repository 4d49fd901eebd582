import { loadFaces } from './faces';

interface GlyphLookup {
  hasGlyphForCodePoint?: (codePoint: number) => boolean;
}

const known = new Map<number, boolean>();

/** Whether the bundled Body face draws this code point; true when the face cannot be asked. */
function printable(codePoint: number): boolean {
  let answer = known.get(codePoint);
  if (answer === undefined) {
    const face = loadFaces().Body as GlyphLookup;
    answer = typeof face.hasGlyphForCodePoint === 'function' ? face.hasGlyphForCodePoint(codePoint) : true;
    known.set(codePoint, answer);
  }
  return answer;
}

export interface Unprintable {
  /** The distinct characters the PDFs' fonts have no glyph for, in the order first met (at most `limit`). */
  characters: string[];
  /** The first text they were found in, cut to a readable length. */
  example: string | null;
}

/**
 * Characters in the data a PDF is made from that the bundled fonts cannot
 * draw (CJK, for one: DejaVu covers Latin, Greek and Cyrillic). pdfkit would
 * leave a gap without a word, so the export says which ones, rather than let
 * what someone typed vanish from the document silently.
 */
export function unprintableCharacters(data: unknown, limit = 12): Unprintable {
  const found = new Set<string>();
  let example: string | null = null;
  const seen = new WeakSet<object>();
  const visit = (value: unknown): void => {
    if (found.size >= limit) return;
    if (typeof value === 'string') {
      // Text is NFC-normalised before layout (text.ts), so judge what is drawn.
      const text = value.normalize('NFC');
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        // Control characters and ASCII never reach the check: the former are not drawn, the latter always are.
        if (cp < 0x7f || (cp >= 0x80 && cp < 0xa0) || printable(cp)) continue;
        found.add(ch);
        example ??= text.length > 60 ? `${text.slice(0, 57)}…` : text;
        if (found.size >= limit) return;
      }
      return;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    for (const item of Array.isArray(value) ? value : Object.values(value)) visit(item);
  };
  visit(data);
  return { characters: [...found], example };
}
