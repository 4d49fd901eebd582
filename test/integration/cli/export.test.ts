import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PackageSummary, PackageVerification } from '../../../shared/domain/description';
import { runCli } from '../../../electron/cli/main';
import { capture } from '../../helpers/cli';
import { tempDir } from '../../helpers/tmp';
import { packageFixture } from '../export/package-fixture';

beforeEach(() => {
  process.env.ATTEST_HOME = tempDir();
});

describe('attest export and attest verify-package', () => {
  it('exports a package at a fixed time, verifies it, and fails naming the file once one evidence byte changes', async () => {
    const { wb, dir } = await packageFixture();
    const vaultPath = wb.requireVault().path;
    wb.closeVault();
    const out = path.join(dir, 'Package é.zip');
    let io = capture();
    expect(await runCli(['export', vaultPath, '--out', out, '--at', '2026-07-03T09:30:00Z', '--json'], io)).toBe(0);
    const summary = JSON.parse(io.stdout[0]!) as PackageSummary;
    // The fixture's controls are not implemented yet: the self-check has blockers, so the package is a DRAFT.
    expect(summary).toMatchObject({ fileName: 'Package é.zip', evidenceFiles: 2, draft: true });
    expect(summary.draftReasons.join(' ')).toMatch(/The self-check as of 2026-06-30 finds \d+ blockers/);
    expect(summary.exportedAt).toBe('2026-07-03T09:30:00.000Z');

    io = capture();
    expect(await runCli(['verify-package', out], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/^OK: \d+ files match SHA256SUMS and manifest\.json$/);

    const again = path.join(dir, 'again.zip');
    expect(await runCli(['export', vaultPath, '--out', again, '--at', '2026-07-03T09:30:00Z'], capture())).toBe(0);
    expect(fs.readFileSync(again).equals(fs.readFileSync(out))).toBe(true);

    const bytes = fs.readFileSync(out);
    const at = bytes.indexOf('unique evidence content 9f3a');
    bytes[at + 3] = bytes[at + 3]! ^ 0x20;
    fs.writeFileSync(out, bytes);
    io = capture();
    expect(await runCli(['verify-package', out, '--json'], io)).toBe(1);
    const report = JSON.parse(io.stdout[0]!) as PackageVerification;
    expect(report.problems.map((p) => p.problem)).toEqual(['altered']);
    io = capture();
    expect(await runCli(['verify-package', out], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/^ALTERED: evidence\/[A-Z]+-\d+\/E-\d+ Rapport de sécurité — 東京\.pdf: /);
  });

  it('--draft marks the package DRAFT; bad usage exits 2 with one line naming what is wrong', async () => {
    const { wb, dir } = await packageFixture();
    const vaultPath = wb.requireVault().path;
    wb.closeVault();
    let io = capture();
    expect(await runCli(['export', vaultPath, '--out', path.join(dir, 'd.zip'), '--draft'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('Marked DRAFT: Marked as a draft when exported');

    io = capture();
    expect(await runCli(['export', vaultPath], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/Missing --out FILE\.zip/);
    io = capture();
    expect(await runCli(['export', vaultPath, '--out', path.join(dir, 'x.zip'), '--at', 'yesterday'], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/--at must be an ISO 8601 instant/);
    io = capture();
    expect(await runCli(['export', vaultPath, '--out', path.join(dir, 'nowhere', 'x.zip')], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/no folder/);
    io = capture();
    expect(await runCli(['export', path.join(dir, 'missing.attest'), '--out', path.join(dir, 'x.zip')], io)).toBe(3);
    io = capture();
    expect(await runCli(['verify-package', path.join(dir, 'none.zip')], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/No file at/);
  });

  it('stops on Ctrl-C, deletes the unfinished package and exits 130', async () => {
    const dir = tempDir();
    const vaultPath = path.join(dir, 'large.attest');
    expect(await runCli(['demo', vaultPath, '--size', 'large'], capture())).toBe(0);
    const out = path.join(dir, 'package.zip');
    const io = capture();
    const running = runCli(['export', vaultPath, '--out', out], io);
    // Ctrl-C, pressed (and pressed again) until the command has answered.
    const pressing = setInterval(() => process.emit('SIGINT'), 20);
    try {
      expect(await running).toBe(130);
    } finally {
      clearInterval(pressing);
    }
    expect(io.stderr).toEqual(['attest export: cancelled; no package was written']);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('package'))).toEqual([]);
  }, 60_000);
});
