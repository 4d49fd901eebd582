import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Readers from poppler-utils and qpdf: the PDFs are checked the way a reader's tools see them. */
function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The text of each page, as `pdftotext -layout` lays it out. */
export function pageTexts(file: string): string[] {
  const pages = run('pdftotext', ['-layout', file, '-']).split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return info;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, emb, sub, uni, object number, generation
    const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
    if (!m) throw new Error(`Unexpected pdffonts line: ${line}`);
    return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes' };
  });
}

export function qpdfCheck(file: string): string {
  return run('qpdf', ['--check', file]);
}

export interface Bookmark {
  title: string;
  page: number;
  kids: Bookmark[];
}

interface QpdfOutline {
  title: string;
  destpageposfrom1?: number;
  kids: QpdfOutline[];
}

export function bookmarks(file: string): Bookmark[] {
  const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])) as { outlines: QpdfOutline[] };
  const map = (items: QpdfOutline[]): Bookmark[] =>
    items.map((o) => ({ title: o.title, page: o.destpageposfrom1 ?? 0, kids: map(o.kids) }));
  return map(json.outlines);
}

/** The file with streams uncompressed and no object streams, for searching its structure. */
export function qdf(file: string): string {
  const out = `${file}.qdf`;
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, out]);
  return fs.readFileSync(out, 'latin1');
}

/** Renders one page to PNG under test-results/screens, for a person to look at. */
export function screenshot(file: string, page: number, name: string): string {
  const dir = path.resolve('test-results', 'screens');
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, name);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', file, base]);
  return `${base}.png`;
}
