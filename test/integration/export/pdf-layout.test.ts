import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  contentLeft,
  createPdf,
  drawTable,
  fillToc,
  finish,
  gap,
  markdownHeadings,
  newPage,
  Outline,
  pageIndex,
  putText,
  renderMarkdown,
  reserveToc,
  resourcesDir,
  TYPE,
  type TocEntry,
} from '../../../electron/export/pdf';
import { tempDir } from '../../helpers/tmp';
import { bookmarks, pageTexts, pdfFonts, qpdfCheck, screenshot } from './pdf-tools';

const CREATED = new Date('2026-03-01T12:00:00Z');

/** A document shaped like the system description: cover, contents, prose sections, a long table. */
function sectionMarkdown(n: number): string {
  const para = 'The system processes client data in isolated environments, and access is granted by role. '.repeat(6);
  return `# Section ${n}\n\n${para}\n\n## Part ${n}.1\n\n${para}\n\n## Part ${n}.2\n\n${para}\n`;
}

describe('the shared PDF layer', () => {
  it('lays out a contents page whose page numbers match where each heading is printed', async () => {
    const file = path.join(tempDir('attest-pdf-'), 'system.pdf');
    const doc = createPdf({ title: 'System description', subject: 'SOC 2', author: 'Acme AI', createdAt: CREATED });
    const outline = new Outline(doc);
    putText(doc, 'System description', contentLeft(doc), 250, TYPE.title);

    const sections = [1, 2, 3, 4, 5, 6].map(sectionMarkdown);
    const planned = [...sections.flatMap((md) => markdownHeadings(md)), { level: 1, text: 'Controls matrix' }].map(
      (h) => ({ title: h.text, level: h.level }),
    );
    const toc = reserveToc(doc, planned);

    const entries: TocEntry[] = [];
    sections.forEach((md, i) => {
      if (i > 0) gap(doc, 12);
      for (const h of renderMarkdown(doc, md, { outline }))
        entries.push({ title: h.text, level: h.level, page: h.page, dest: h.dest });
    });
    newPage(doc);
    outline.add(1, 'Controls matrix');
    entries.push({ title: 'Controls matrix', level: 1, page: pageIndex(doc) + 1 });
    putText(doc, 'Controls matrix', contentLeft(doc), doc.y, TYPE.h1);
    doc.y += TYPE.h1.lineHeight + 8;
    drawTable(doc, {
      columns: [
        { header: 'Control', width: 60 },
        { header: 'Description', width: 0.6 },
        { header: 'Criteria', align: 'right' },
      ],
      rows: Array.from({ length: 120 }, (_, i) => [
        `AC-${String(i + 1).padStart(3, '0')}`,
        i % 10 === 0
          ? 'A longer description that wraps onto a second line in the description column. '.repeat(2)
          : 'Access is reviewed quarterly.',
        `CC6.${(i % 8) + 1}`,
      ]),
      look: 'rules',
    });
    fillToc(doc, toc, entries);
    const result = await finish(doc, fs.createWriteStream(file), {
      runningHeader: { left: 'System description', right: 'Acme AI' },
      footer: 'Confidential',
    });

    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
    const pages = pageTexts(file);
    expect(result.pages).toBe(pages.length);
    // Contents: every entry with a page number where that heading really is.
    const contents = pages.slice(toc.firstPage, toc.firstPage + toc.pages).join('\n');
    for (const entry of entries) {
      const line = new RegExp(`^\\s*${entry.title}\\s+(\\d+)\\s*$`, 'm').exec(contents);
      expect(line, `${entry.title} in:\n${contents}`).not.toBeNull();
      expect(Number(line![1])).toBe(entry.page);
      expect(pages[entry.page - 1]).toMatch(new RegExp(`^\\s*${entry.title}\\s*$`, 'm'));
    }
    // The table's header row on every page it spans; rows whole and in order.
    const tablePages = pages.filter((t) => /AC-\d{3}/.test(t));
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
    for (const text of tablePages) expect(text).toMatch(/Control\s+Description\s+Criteria/);
    const ids = [...pages.join('\n').matchAll(/AC-(\d{3})/g)].map((m) => Number(m[1]));
    expect(ids).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    // Bookmarks nest: Part n.1 under Section n.
    const marks = bookmarks(file);
    expect(marks.map((m) => m.title)).toEqual([...sections.map((_, i) => `Section ${i + 1}`), 'Controls matrix']);
    expect(marks[0]!.kids.map((k) => k.title)).toEqual(['Part 1.1', 'Part 1.2']);
    for (const font of pdfFonts(file)) expect(font.name).toMatch(/\+DejaVuSans/);
    screenshot(file, toc.firstPage + 1, 'pdf-layout-contents');
    screenshot(file, entries[entries.length - 1]!.page, 'pdf-layout-table');
  });

  it('refuses to fill contents that differ from what was reserved', () => {
    const doc = createPdf({ title: 't', subject: 's', author: 'a' });
    const toc = reserveToc(doc, [{ title: 'One', level: 1 }]);
    expect(() => fillToc(doc, toc, [{ title: 'Two', level: 1, page: 2 }])).toThrow(/differ/);
  });
});

describe('resourcesDir', () => {
  const saved = process.env.ATTEST_RESOURCES_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.ATTEST_RESOURCES_DIR;
    else process.env.ATTEST_RESOURCES_DIR = saved;
  });

  it('finds the bundled fonts from the source tree', () => {
    delete process.env.ATTEST_RESOURCES_DIR;
    expect(fs.existsSync(path.join(resourcesDir(), 'fonts', 'DejaVuSans.ttf'))).toBe(true);
  });

  it('honours ATTEST_RESOURCES_DIR and names it when the fonts are not there', () => {
    const dir = tempDir('attest-res-');
    process.env.ATTEST_RESOURCES_DIR = dir;
    expect(() => resourcesDir()).toThrow(/ATTEST_RESOURCES_DIR.*fonts/);
    fs.mkdirSync(path.join(dir, 'fonts'));
    fs.copyFileSync(path.resolve('resources/fonts/DejaVuSans.ttf'), path.join(dir, 'fonts', 'DejaVuSans.ttf'));
    expect(resourcesDir()).toBe(dir);
  });
});
