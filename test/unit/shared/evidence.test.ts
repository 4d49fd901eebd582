import { describe, expect, it } from 'vitest';
import { freshness, safeFileName, titleFromFileName, validityEnd } from '../../../shared/domain/evidence';

describe('how long a piece of evidence speaks for its control', () => {
  it('follows the control frequency, month ends included', () => {
    expect(validityEnd('2026-03-10', 'daily')).toBe('2026-03-11');
    expect(validityEnd('2026-12-29', 'weekly')).toBe('2027-01-05');
    expect(validityEnd('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(validityEnd('2028-01-31', 'monthly')).toBe('2028-02-29');
    expect(validityEnd('2026-11-30', 'quarterly')).toBe('2027-02-28');
    expect(validityEnd('2026-05-15', 'continuous')).toBe('2026-08-15');
    expect(validityEnd('2028-02-29', 'annual')).toBe('2029-02-28');
    expect(validityEnd('2026-06-30', 'per-event')).toBe('2027-06-30');
  });
});

describe('freshness', () => {
  const today = '2026-06-01';
  it('is current beyond 30 days, expiring within them, expired after the last valid day', () => {
    expect(freshness('2026-07-02', today)).toBe('current');
    expect(freshness('2026-07-01', today)).toBe('expiring'); // exactly 30 days out
    expect(freshness('2026-06-01', today)).toBe('expiring'); // its last valid day is today
    expect(freshness('2026-05-31', today)).toBe('expired');
  });
});

describe('file names and titles', () => {
  it('keeps any Unicode, drops folders and control characters, and never yields an empty or dot name', () => {
    expect(safeFileName('C:\\Users\\ana\\Zugriffsprüfung – Q3.xlsx')).toBe('Zugriffsprüfung – Q3.xlsx');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('evil\u0000\u001b[2Jname.txt')).toBe('evil[2Jname.txt');
    expect(safeFileName('..')).toBe('file');
    expect(safeFileName('a/b/')).toBe('file');
    expect(safeFileName('日本語の証跡.pdf')).toBe('日本語の証跡.pdf');
  });
  it('titles a file by its name without the extension, cut to 200 characters', () => {
    expect(titleFromFileName('/tmp/Okta users – 2026-06.csv')).toBe('Okta users – 2026-06');
    expect(titleFromFileName('.env')).toBe('.env');
    // Limits count UTF-16 units; a character made of two is never cut in half.
    expect(titleFromFileName(`${'😀'.repeat(120)}.png`)).toBe('😀'.repeat(100));
    expect(titleFromFileName(`a${'😀'.repeat(120)}.png`)).toBe(`a${'😀'.repeat(99)}`);
    expect(safeFileName(`b${'😀'.repeat(200)}`)).toBe(`b${'😀'.repeat(127)}`);
  });
});
