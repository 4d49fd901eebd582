import PDFDocument from 'pdfkit';
import { FONT_NAMES, fontPath, type FontName } from './resources';

// Speed-ups over pdfkit's font handling, measured on a 30-policy export. They
// reach into pdfkit and fontkit internals (both pinned), each guarded so that
// if an internal moves the output stays the same, only slower.

/** A parsed font face as pdfkit holds it (a fontkit font); opaque to us. */
export type Face = object;

let faces: Record<FontName, Face> | null = null;

/**
 * Parsing a DejaVu TTF costs ~40 ms and pdfkit would redo it for every document
 * (it was 85% of a 30-policy export). pdfkit accepts an already parsed face
 * wherever it takes a font path, and each document still builds its own subset,
 * so faces are parsed once per process by letting pdfkit open them on a scratch
 * document that is never written.
 */
export function loadFaces(): Record<FontName, Face> {
  if (faces) return faces;
  const loaded = {} as Record<FontName, Face>;
  for (const name of FONT_NAMES) {
    const file = fontPath(name);
    const scratch = new PDFDocument({ autoFirstPage: false, font: file });
    const face = (scratch as unknown as { _font?: { font?: unknown } })._font?.font;
    // Should pdfkit's internals change, fall back to the path: slower, same output.
    loaded[name] = face && typeof face === 'object' ? kernOnly(rememberGlyphOutlines(face)) : (file as unknown as Face);
  }
  faces = loaded;
  return loaded;
}

/**
 * OpenType features fontkit applies by default that do nothing for our text:
 * text is NFC-normalised before layout (see text.ts), so accented letters are
 * single precomposed glyphs and mark positioning, composition, ligatures and
 * localised forms never change the result, while decoding their lookup tables
 * was half the cost of shaping. Kerning stays on.
 */
const UNUSED_FEATURES = {
  ccmp: false,
  locl: false,
  rlig: false,
  mark: false,
  mkmk: false,
  calt: false,
  clig: false,
  liga: false,
  rclt: false,
  curs: false,
};

function kernOnly(face: object): Face {
  const f = face as { layout?: (text: string, features?: unknown, ...rest: unknown[]) => unknown };
  const layout = f.layout?.bind(face);
  if (!layout) return face;
  // A fresh object each time: fontkit writes the features it applied into it.
  f.layout = (text, features, ...rest) => layout(text, features ?? { ...UNUSED_FEATURES }, ...rest);
  return face;
}

interface GlyphInternals {
  _decode?: () => unknown;
  _attestDecoded?: true;
}

/**
 * Writing a font subset decodes every used glyph's outline again in every
 * document (a sixth of a policy's time); an outline never changes, so each
 * glyph of a shared face keeps the first decode. Guarded, so a fontkit without
 * these internals just runs uncached.
 */
function rememberGlyphOutlines(face: object): Face {
  const f = face as { getGlyph?: (id: number, codePoints?: number[]) => GlyphInternals };
  const getGlyph = f.getGlyph?.bind(face);
  if (!getGlyph) return face;
  f.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    const decode = glyph._decode?.bind(glyph);
    if (decode && !glyph._attestDecoded) {
      let outline: unknown;
      let done = false;
      glyph._decode = () => {
        if (!done) {
          outline = decode();
          done = true;
        }
        return outline;
      };
      glyph._attestDecoded = true;
    }
    return glyph;
  };
  return face;
}

/**
 * pdfkit caches the shaped glyph run of every word per font per document, and
 * shaping (GSUB/GPOS) was over half of a policy's layout time. Runs depend only
 * on the face, so one cache per face is shared by all documents; each document
 * still records its own glyph subset when it writes text.
 */
const layoutCaches = new Map<FontName, object>();
const LAYOUT_CACHE_LIMIT = 20_000;
let documentsSinceCheck = 0;

interface FontInternals {
  _font?: { layoutCache?: object };
}

export function trimLayoutCaches(): void {
  if (++documentsSinceCheck < 16) return;
  documentsSinceCheck = 0;
  for (const [name, cache] of layoutCaches) {
    let size = 0;
    for (const _word in cache) if (++size > LAYOUT_CACHE_LIMIT) break;
    if (size > LAYOUT_CACHE_LIMIT) layoutCaches.delete(name);
  }
}

/** Points the document's current font at the shared run cache for its face. */
export function shareLayoutCache(doc: PDFKit.PDFDocument, name: FontName): void {
  const font = (doc as unknown as FontInternals)._font;
  if (!font?.layoutCache) return;
  const shared = layoutCaches.get(name);
  if (!shared) layoutCaches.set(name, font.layoutCache);
  else if (font.layoutCache !== shared) font.layoutCache = shared;
}
