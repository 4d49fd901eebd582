import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePoliciesPdf, writePolicyPdf, type PolicyPdfOptions } from '../../../electron/export/policy-pdf';
import type { PolicyDocument } from '../../../shared/domain/policy-document';
import { tempDir } from '../../helpers/tmp';
import { TYPOGRAPHY, draftPolicy, longTableBody, samplePolicy } from './fixtures';
import { bookmarks, pageTexts, pdfFonts, pdfInfo, qdf, qpdfCheck, screenshot } from './pdf-tools';

const CREATED = new Date('2026-03-01T12:00:00Z');

async function render(policy: PolicyDocument, options: PolicyPdfOptions = {}, name = 'policy.pdf') {
  const file = path.join(tempDir('attest-pdf-'), name);
  const result = await writePolicyPdf(policy, fs.createWriteStream(file), { createdAt: CREATED, ...options });
  return { file, result, pages: pageTexts(file) };
}

const STANDARD_14 = /Helvetica|Times|Courier|Symbol|ZapfDingbats/;

describe('writePolicyPdf', () => {
  it('writes a valid PDF whose text, footers and metadata read back', async () => {
    const { file, result, pages } = await render(samplePolicy());
    const size = fs.statSync(file).size;
    expect(result.bytes).toBe(size);
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
    const info = pdfInfo(file);
    expect(Number(info.Pages)).toBe(result.pages);
    expect(result.pages).toBe(pages.length);
    expect(info.Title).toBe('Access Control Policy');
    expect(info.Author).toBe('Acme AI');
    expect(info.Creator).toBe('Attest 0.1.0');
    expect(info['PDF version']).toBe('1.7');
    expect(info['Page size']).toContain('letter');
    expect(info.JavaScript).toBe('no');

    // Cover: no running head or page number, but everything that identifies the version.
    const cover = pages[0]!;
    expect(cover).toContain('Access Control Policy');
    expect(cover).toMatch(/VERSION\s+1\.2/);
    expect(cover).toMatch(/EFFECTIVE DATE\s+January 15, 2026/);
    expect(cover).toMatch(/NEXT REVIEW\s+January 15, 2027/);
    expect(cover).toMatch(/OWNER\s+Dana Reyes/);
    expect(cover).toContain('Approved by Jordan Lee, CEO on January 14, 2026');
    expect(cover).toContain('Approved at the January leadership meeting');
    expect(cover).not.toMatch(/Page \d+ of/);

    // Every later page: running head and "Page N of M".
    const total = pages.length;
    pages.slice(1).forEach((text, i) => {
      expect(text).toMatch(/^\s*Access Control Policy\s+Acme AI\s*$/m);
      expect(text).toContain(`Page ${i + 2} of ${total}`);
    });

    const all = pages.join('\n');
    for (const heading of ['Revision history', 'Purpose', 'Scope', 'Roles', 'Procedures', 'Review'])
      expect(all).toMatch(new RegExp(`^\\s*${heading}\\s*$`, 'm'));
    expect(all).toMatch(/Version\s+Status\s+Date\s+Author\s+Approver\s+Summary/);
    expect(all).toMatch(/1\.0\s+Superseded\s+2025-01-10\s+Dana Reyes\s+Jordan Lee, CEO\s+First version\./);
    expect(all).toMatch(/1\.1\s+Superseded\s+2025-07-02\s+Dana Reyes\s+Jordan Lee, CEO\s+Added quarterly/);
    expect(all).toMatch(/1\.2\s+Approved\s+2026-01-14\s+Sam Okafor\s+Jordan Lee, CEO\s+Service accounts/);
    expect(all).toContain(`SHA-256 of the text of version 1.2: ${samplePolicy().bodySha256}`);
    screenshot(file, 1, 'pdf-policy-cover');
    screenshot(file, 2, 'pdf-policy-body');
  });

  it('keeps accents, dashes and typographic quotes exactly', async () => {
    const title = 'Politique d’accès — Café Zoë';
    const { file, pages } = await render(samplePolicy({ title, orgName: 'Łódź Façade Ltd' }));
    const all = pages.join('\n');
    expect(all).toContain(TYPOGRAPHY);
    expect(pages[0]).toContain(title);
    expect(pages[0]).toContain('Łódź Façade Ltd');
    expect(pdfInfo(file).Title).toBe(title);
  });

  it('embeds only the DejaVu fonts, never a standard-14 font', async () => {
    const { file } = await render(samplePolicy());
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans(Mono|-Bold|-Oblique|-BoldOblique)?$/);
      expect(font.embedded).toBe(true);
    }
    // Not even an unused font object: pdfkit's Helvetica default is never loaded.
    expect(qdf(file)).not.toMatch(STANDARD_14);
  });

  it('bookmarks the revision history and every heading, nested by level', async () => {
    const { file, pages } = await render(samplePolicy());
    const marks = bookmarks(file);
    expect(marks.map((m) => m.title)).toEqual([
      'Access Control Policy',
      'Revision history',
      'Purpose',
      'Scope',
      'Procedures',
      'Review',
    ]);
    const scope = marks.find((m) => m.title === 'Scope')!;
    expect(scope.kids.map((k) => k.title)).toEqual(['Roles']);
    // Each bookmark lands on the page where its heading is printed.
    for (const mark of [...marks.slice(1), ...scope.kids])
      expect(pages[mark.page - 1]).toMatch(new RegExp(`^\\s*${mark.title}\\s*$`, 'm'));
  });

  it('renders Markdown lists, tables, emphasis, links, quotes and code', async () => {
    const { pages } = await render(samplePolicy());
    const all = pages.join('\n');
    expect(all).toMatch(/•\s+Production systems and cloud accounts/);
    expect(all).toMatch(/◦\s+Training sets/);
    expect(all).toMatch(/1\.\s+Request access through the ticket queue/);
    expect(all).toMatch(/3\.\s+Receive the grant/);
    expect(all).toMatch(/☑\s+Quarterly review done/);
    expect(all).toMatch(/☐\s+Annual test pending/);
    expect(all).toMatch(/Role\s+Responsibility\s+Review/);
    expect(all).toMatch(/Engineering Lead\s+Manages service accounts and the secrets manager\s+Monthly/);
    expect(all).toContain('bold duty, italic nuance, both at once and mfa --enforce in code.');
    expect(all).toContain('the handbook (https://handbook.example.com/security)');
    expect(all).toContain('https://status.example.com');
    expect(all).toContain('Access is removed within one business day');
    expect(all).toContain('$ attest check vault.attest --json');
    expect(all).toContain('{ "blockers": 0 }');
    expect(all).toContain('entities decode: © 2026.');
    // Markdown syntax itself never shows.
    expect(all).not.toMatch(/\*\*|`mfa|\]\(/);
  });

  it('shows HTML as literal text and never makes anything executable', async () => {
    const { file, pages } = await render(samplePolicy());
    const all = pages.join('\n');
    expect(all).toContain('<script>alert(1)</script>');
    expect(all).toContain('<b>not bold</b>');
    const structure = qdf(file);
    expect(structure).not.toMatch(/\/JavaScript|\/JS\b|\/OpenAction|\/AA\b|\/Launch/);
  });

  it('watermarks drafts on every page and says plainly they are not approved', async () => {
    const draft = await render(draftPolicy());
    draft.pages.forEach((text) => expect(text).toContain('DRAFT'));
    expect(draft.pages[0]).toContain('Not approved — draft');
    expect(draft.pages[0]).not.toContain('Approved by');

    const approved = await render(samplePolicy());
    approved.pages.forEach((text) => expect(text).not.toContain('DRAFT'));

    const forced = await render(samplePolicy(), { draft: true });
    forced.pages.forEach((text) => expect(text).toContain('DRAFT'));
    screenshot(draft.file, 1, 'pdf-policy-draft-cover');
  });

  it('breaks a 200-row table across pages, repeating its header and never splitting a row', async () => {
    const { file, pages } = await render(samplePolicy({ body: longTableBody(200) }));
    const spanned = pages.filter((text) => /Row \d+ of the register/.test(text));
    expect(spanned.length).toBeGreaterThanOrEqual(4);
    for (const text of spanned) expect(text).toMatch(/Asset\s+Owner\s+Classification\s+Notes/);
    const seen = [...pages.join('\n').matchAll(/Asset (\d+)\s+Owner \d\s+\S+\s+Row (\d+) of the register/g)];
    expect(seen.map((m) => Number(m[1]))).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    for (const m of seen) expect(m[1]).toBe(m[2]);
    screenshot(file, 3, 'pdf-policy-long-table');
  });

  it('splits a single row only when it is taller than a page', async () => {
    const tall = Array.from({ length: 160 }, (_, i) => `item-${i + 1} of a cell that runs on well past a page`).join(
      ' ',
    );
    const body = `## Register\n\n| Item | Detail |\n| --- | --- |\n| short | one |\n| tall | ${tall} |\n| after | two |\n`;
    const { file, pages } = await render(samplePolicy({ body }));
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
    const all = pages.join('\n');
    for (let i = 1; i <= 160; i++) expect(all).toMatch(new RegExp(`item-${i}\\b`));
    const withTall = pages.filter((t) => /item-\d+/.test(t));
    expect(withTall.length).toBeGreaterThanOrEqual(2);
    for (const text of withTall) expect(text).toMatch(/Item\s+Detail/);
  });

  it('writes the same bytes for the same input', async () => {
    const a = await render(samplePolicy(), {}, 'a.pdf');
    const b = await render(samplePolicy(), {}, 'b.pdf');
    expect(fs.readFileSync(a.file).equals(fs.readFileSync(b.file))).toBe(true);
  });

  it('rejects and closes the stream when layout fails', async () => {
    const file = path.join(tempDir('attest-pdf-'), 'bad.pdf');
    const out = fs.createWriteStream(file);
    const broken = { ...samplePolicy(), revisions: null } as unknown as PolicyDocument;
    const closed = new Promise<void>((resolve) => out.on('close', () => resolve()));
    await expect(writePolicyPdf(broken, out)).rejects.toThrow();
    expect(out.destroyed).toBe(true);
    await closed;
  });
});

describe('writePoliciesPdf', () => {
  it('combines policies after a cover and contents whose page numbers are right', async () => {
    const policies = [
      samplePolicy(),
      samplePolicy({ title: 'Change Management Policy', version: '2.0' }),
      samplePolicy({ title: 'Vendor Management Policy', body: longTableBody(80) }),
    ];
    const file = path.join(tempDir('attest-pdf-'), 'policies.pdf');
    const result = await writePoliciesPdf(policies, fs.createWriteStream(file), { createdAt: CREATED });
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
    const pages = pageTexts(file);
    expect(result.pages).toBe(pages.length);
    expect(pages[0]).toContain('Acme AI');
    expect(pages[0]).toContain('3 policies');
    const contents = pages[1]!;
    expect(contents).toContain('Contents');
    for (const policy of policies) {
      const m = new RegExp(`^\\s*${policy.title}\\s+(\\d+)\\s*$`, 'm').exec(contents);
      expect(m, policy.title).not.toBeNull();
      const page = Number(m![1]);
      // The policy starts at the top of that page (after the running head).
      const start = pages[page - 1]!;
      expect(start).toMatch(/^\s*\S.*\n+\s*POLICY\s*$/m);
      expect(start).toContain(policy.title);
      expect(start).toContain(`Page ${page} of ${pages.length}`);
    }
    expect(pages.join('\n')).not.toContain('DRAFT');
    const marks = bookmarks(file);
    expect(marks.map((m) => m.title)).toEqual(['Contents', ...policies.map((p) => p.title)]);
    expect(marks[1]!.kids.map((k) => k.title)).toEqual([
      'Revision history',
      'Purpose',
      'Scope',
      'Procedures',
      'Review',
    ]);
    screenshot(file, 2, 'pdf-policies-contents');
  });
});
