import DOMPurify from 'dompurify';
import { Marked, type Token, type Tokens } from 'marked';

/** A heading of the policy text, for the outline. */
export interface OutlineHeading {
  /** Position in the outline; the preview marks the same heading with data-outline="index". */
  index: number;
  depth: number;
  text: string;
  /** Offset of the heading in the Markdown source, for scrolling the editor to it. */
  offset: number;
}

export interface RenderedPolicy {
  /** Sanitised HTML: no scripts, no event handlers, no styles, no outside images. */
  html: string;
  headings: OutlineHeading[];
}

type MarkedHeading = Tokens.Heading & { outlineIndex?: number };

/**
 * Renames inline event handlers (onerror=, onclick=...) inside raw HTML tags
 * before any HTML parser sees them. Chromium reports a Content-Security-Policy
 * violation as soon as it parses such an attribute, even in the inert document
 * DOMPurify sanitises in; renamed, they are plain data attributes that
 * DOMPurify then drops. DOMPurify remains the guard; this only keeps the
 * console quiet.
 */
function renameHandlers(html: string): string {
  return html.replace(/<[^>]*>?/g, (tag) => tag.replace(/([\s/"'])on([a-z]+)(\s*=)/gi, '$1data-dropped-on$2$3'));
}

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html({ text }) {
      return renameHandlers(text);
    },
    heading(token) {
      const index = (token as MarkedHeading).outlineIndex;
      const mark = index === undefined ? '' : ` data-outline="${index}"`;
      // One level down: the page's own title is its only h1, so a "# Heading" in the text becomes an h2.
      // data-depth keeps the Markdown level for the preview's type sizes.
      const level = Math.min(6, token.depth + 1);
      return `<h${level} data-depth="${token.depth}"${mark}>${this.parser.parseInline(token.tokens)}</h${level}>\n`;
    },
  },
});

/** The words of inline tokens without their Markdown: "**Scope** of `x`" → "Scope of x". */
function plainText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((t) => {
      if ('tokens' in t && t.tokens) return plainText(t.tokens);
      if (t.type === 'text' || t.type === 'codespan' || t.type === 'escape') return (t as Tokens.Text).text;
      return '';
    })
    .join('');
}

const purify = DOMPurify(window);

const FORBID_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'iframe',
  'object',
  'embed',
];

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') {
    const href = node.getAttribute('href') ?? '';
    // Links are shown for what they say; they open nothing from inside Attest.
    if (href && !/^(https?:|mailto:)/i.test(href)) node.removeAttribute('href');
    if (href && !node.getAttribute('title')) node.setAttribute('title', href);
    node.removeAttribute('target');
    node.setAttribute('rel', 'noopener noreferrer');
  } else if (node.nodeName === 'IMG') {
    const src = node.getAttribute('src') ?? '';
    node.removeAttribute('srcset');
    // Pictures embedded in the text (data: URLs) show; nothing is fetched from elsewhere.
    if (!/^data:image\/(png|jpe?g|gif|webp);/i.test(src)) {
      node.removeAttribute('src');
      node.setAttribute('data-blocked', '');
      node.setAttribute('title', 'Pictures from outside the policy are not loaded in the preview');
      if (!node.getAttribute('alt')) node.setAttribute('alt', 'picture not shown');
    }
  }
});

/** Renders Markdown to sanitised HTML and collects its headings for the outline. */
export function renderPolicyMarkdown(source: string): RenderedPolicy {
  const tokens = marked.lexer(source);
  const headings: OutlineHeading[] = [];
  let offset = 0;
  for (const token of tokens) {
    // Top-level tokens follow each other in the source; find each from where the last ended.
    const at = source.startsWith(token.raw, offset) ? offset : source.indexOf(token.raw, offset);
    if (at >= 0) offset = at + token.raw.length;
    if (token.type !== 'heading') continue;
    const heading = token as MarkedHeading;
    heading.outlineIndex = headings.length;
    headings.push({
      index: headings.length,
      depth: heading.depth,
      text: plainText(heading.tokens).trim() || heading.text,
      offset: Math.max(0, at),
    });
  }
  const raw = marked.parser(tokens);
  const html = purify.sanitize(raw, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR: ['style', 'id', 'name', 'class'],
    ALLOW_DATA_ATTR: false,
    ADD_ATTR: ['data-outline'],
  });
  return { html, headings };
}
