import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileExtension, isOpenableExtension, opensWithItsProgram } from '../../../shared/domain/evidence-open';

describe('which stored files are opened with their own program', () => {
  it('opens document kinds: Office without macros, PDF, images, text, data, mail, archives, recordings', () => {
    for (const name of [
      'Q3 access review.docx',
      'scan-report.pdf',
      'mfa-setting.png',
      'budget.xlsx',
      'SCAN.PDF',
      'Photo.JPeG',
      'users.csv',
      'notes.txt',
      'message.eml',
      'evidence.zip',
      'walkthrough.mp4',
      'report.final.pdf',
      'Zugriffsprüfung – Q3.xlsx',
    ]) {
      expect(opensWithItsProgram(name), name).toBe(true);
    }
  });

  it('never opens programs, scripts, web pages, SVG, macro-enabled Office, unknown kinds or names without a kind', () => {
    for (const name of [
      'setup.exe',
      'run.sh',
      'deploy.ps1',
      'script.bat',
      'installer.msi',
      'report.html',
      'report.htm',
      'chart.svg',
      'budget.xlsm',
      'notes.docm',
      'deck.pptm',
      'export.bin',
      'no-extension',
      'README',
      '.bashrc',
      'report.pdf.exe',
      'report.pdf.',
      'file.',
      '..',
      '',
    ]) {
      expect(opensWithItsProgram(name), JSON.stringify(name)).toBe(false);
    }
  });

  it('judges the safe name the copy gets: folders are dropped first', () => {
    expect(opensWithItsProgram('../../Q3 access review.xlsx')).toBe(true);
    expect(opensWithItsProgram('C:\\Users\\ana\\Downloads\\tool.exe')).toBe(false);
    expect(opensWithItsProgram('reports.pdf/setup.exe')).toBe(false);
    expect(opensWithItsProgram('evil.exe/report.pdf')).toBe(true);
  });

  it('reads an extension as Node does, so the page and the main process agree', () => {
    for (const name of [
      'a.docx',
      'a.b.c',
      '.bashrc',
      '..foo',
      '...pdf',
      '..',
      '.',
      '...',
      'file.',
      'x. ',
      'README',
      '.a.b',
      'a..b',
      '',
    ]) {
      expect(fileExtension(name), JSON.stringify(name)).toBe(path.posix.extname(name));
    }
    expect(isOpenableExtension('.DOCX')).toBe(true);
    expect(isOpenableExtension('docx')).toBe(false);
    expect(isOpenableExtension('')).toBe(false);
  });
});
