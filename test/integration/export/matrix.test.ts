import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPackage, FILES } from '../../../electron/services/export';
import { tempDir } from '../../helpers/tmp';
import { call, packageFixture } from './package-fixture';
import { bookmarks, pageTexts, qpdfCheck, screenshot } from './pdf-tools';

describe('controls matrix PDF', () => {
  it('lists criteria in scope with their controls, owner, frequency and evidence references, with contents and bookmarks', async () => {
    const { wb, dir, controls } = await packageFixture();
    const out = path.join(dir, 'package.zip');
    await exportPackage(wb.requireVault(), { out, at: '2026-07-03T09:30:00Z' });
    const root = tempDir('attest-unzip-');
    execFileSync('unzip', ['-q', out, '-d', root]);
    const file = path.join(root, FILES.matrixPdf);
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
    const pages = pageTexts(file);
    expect(pages[1]).toMatch(/Contents/);
    expect(pages[1]).toMatch(/Security\s*\.*\s*\d+/);
    expect(pages[1]).toMatch(/Confidentiality\s*\.*\s*\d+/);
    expect(bookmarks(file).map((b) => b.title)).toEqual([
      'Contents',
      'How to read this matrix',
      'Security',
      'Confidentiality',
    ]);
    const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(raw).toContain('Control and description Owner and frequency Evidence');
    expect(raw).toMatch(new RegExp(`${controls[0]} .*? E-\\d+`));
    expect(raw).toContain('CC6.1');
    expect(raw).toContain('C1.2');
    // The header row is repeated on every page the table runs over.
    const withHeader = pages.slice(3).filter((p) => p.includes('Control and description'));
    expect(withHeader.length).toBe(pages.length - 3);
    screenshot(file, 4, 'export-matrix');
  });

  it('gives each criterion marked not applicable a row with its reason, in the PDF, the CSV and the workbook', async () => {
    const { wb, dir } = await packageFixture();
    const reason = 'We run no offices or data centres; all hosting is with a carved-out cloud provider.';
    await call(wb, 'criteria.setExclusion', { criterionId: 'CC6.4', reason });
    const out = path.join(dir, 'package.zip');
    await exportPackage(wb.requireVault(), { out, at: '2026-07-03T09:30:00Z' });
    const root = tempDir('attest-unzip-');
    execFileSync('unzip', ['-q', out, '-d', root]);

    const pages = pageTexts(path.join(root, FILES.matrixPdf));
    const page = pages.find((p) => /CC6\.4 Physical access restricted/.test(p));
    expect(page).toBeDefined();
    const after = page!.slice(page!.indexOf('CC6.4 Physical access restricted')).replace(/\s+/g, ' ');
    expect(after).toContain('Not applicable: We run no offices or data centres');
    expect(pages[0]!.replace(/\s+/g, ' ')).toMatch(/controls addressing \d+ criteria; 1 not applicable/);

    const csv = fs.readFileSync(path.join(root, FILES.matrixCsv), 'utf8');
    const line = csv.split('\r\n').find((l) => l.includes(',CC6.4,'));
    expect(line).toBe(`Security,CC6.4,Physical access restricted,,Not applicable: ${reason},,,,,Not applicable,,`);
    expect(csv.split('\r\n').filter((l) => l.includes(',CC6.4,'))).toHaveLength(1);

    const xlsx = tempDir('attest-xlsx-');
    execFileSync('unzip', ['-q', path.join(root, FILES.matrixXlsx), '-d', xlsx]);
    const sheet = fs.readFileSync(path.join(xlsx, 'xl', 'worksheets', 'sheet1.xml'), 'utf8');
    expect(sheet).toContain(`Not applicable: ${reason}`);
  });
});
