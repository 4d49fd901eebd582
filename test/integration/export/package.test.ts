import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';
import { describe, expect, it } from 'vitest';
import type { ExportProgress, PackageManifest } from '../../../shared/domain/description';
import { verifyPackage } from '../../../electron/export/package-verify';
import { exportPackage, FILES } from '../../../electron/services/export';
import { latestFinishedPackage, saveExport } from '../../../electron/services/export-jobs';
import { tempDir } from '../../helpers/tmp';
import { newWorkbench } from '../../helpers/vault';
import { packageFixture, UNICODE_ORG } from './package-fixture';
import { qpdfCheck } from './pdf-tools';

const AT = '2026-07-03T09:30:00.000Z';

function unzip(zip: string): string {
  const dir = tempDir('attest-unzip-');
  execFileSync('unzip', ['-q', zip, '-d', dir]);
  return dir;
}

/** Every entry's name and bytes, in order (test packages are small). */
function readZip(file: string): Promise<[string, Buffer][]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const out: [string, Buffer][] = [];
      zip.on('entry', (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.push([entry.fileName, Buffer.concat(chunks)]);
            zip.readEntry();
          });
        }),
      );
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

function writeZip(file: string, entries: [string, Buffer][]): Promise<void> {
  const zip = new ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name);
  zip.end();
  return new Promise((resolve, reject) =>
    zip.outputStream.pipe(fs.createWriteStream(file)).on('finish', resolve).on('error', reject),
  );
}

describe('export package', () => {
  it('unzips with standard tools, passes sha256sum -c, and files evidence under every linked control', async () => {
    const { wb, dir, evidenceBytes, controls } = await packageFixture();
    const out = path.join(dir, 'package.zip');
    const summary = await exportPackage(wb.requireVault(), { out, at: AT });
    expect(summary.size).toBe(fs.statSync(out).size);
    expect(summary.evidenceFiles).toBe(2);

    const root = unzip(out);
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: root, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain(`${FILES.description}: OK`);
    // The fingerprint shown after export is the hash of SHA256SUMS, which anyone can recompute.
    const sums = fs.readFileSync(path.join(root, 'SHA256SUMS'));
    expect(summary.fingerprint).toBe(createHash('sha256').update(sums).digest('hex'));

    // An item linked to two controls is in both folders, under its Unicode name, byte for byte.
    for (const control of controls) {
      const folder = path.join(root, 'evidence', control);
      const [name] = fs.readdirSync(folder);
      expect(name).toMatch(/^E-\d+ Rapport de sécurité — 東京\.pdf$/);
      expect(fs.readFileSync(path.join(folder, name!)).equals(evidenceBytes)).toBe(true);
    }

    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8')) as PackageManifest;
    expect(manifest.vaultId).toBe(wb.requireVault().info().id);
    expect(manifest.engagement.orgName).toBe(UNICODE_ORG);
    expect(manifest.engagement.periodStart).toBe('2026-01-01');
    expect(manifest.exportedAt).toBe(AT);
    expect(manifest.generator).toBe('Attest 0.1.0');
    expect(manifest.notes).toEqual([]);
    const listed = manifest.files.map((f) => f.path).sort();
    const onDisk = (fs.readdirSync(root, { recursive: true }) as string[])
      .filter((p) => fs.statSync(path.join(root, p)).isFile() && p !== 'manifest.json' && p !== 'SHA256SUMS')
      .sort();
    expect(listed).toEqual(onDisk);
    for (const f of manifest.files) expect(fs.statSync(path.join(root, f.path)).size).toBe(f.size);
    for (const name of [FILES.description, FILES.matrixPdf, FILES.policies]) {
      expect(qpdfCheck(path.join(root, name))).toContain('No syntax or stream encoding errors');
    }

    // The matrix as CSV and as a workbook names the controls and the evidence folder.
    const csv = fs.readFileSync(path.join(root, FILES.matrixCsv), 'utf8');
    expect(csv.startsWith('\uFEFFCategory,Criterion,')).toBe(true);
    expect(csv).toContain(`evidence/${controls[0]}/`);
    const xlsx = unzip(path.join(root, FILES.matrixXlsx));
    const sheet = fs.readFileSync(path.join(xlsx, 'xl', 'worksheets', 'sheet1.xml'), 'utf8');
    expect(sheet).toContain(`<t xml:space="preserve">${controls[0]}</t>`);
    expect(fs.readFileSync(path.join(root, FILES.evidenceIndex), 'utf8')).toContain('Rapport de sécurité — 東京.pdf');

    const report = await verifyPackage(out);
    expect(report).toMatchObject({ ok: true, problems: [] });
    expect(report.checked).toBe(manifest.files.length + 1);
  });

  it('is byte-identical for the same vault and export time', async () => {
    const { wb, dir } = await packageFixture();
    const a = path.join(dir, 'a.zip');
    const b = path.join(dir, 'b.zip');
    await exportPackage(wb.requireVault(), { out: a, at: AT });
    await exportPackage(wb.requireVault(), { out: b, at: AT });
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
    const c = path.join(dir, 'c.zip');
    await exportPackage(wb.requireVault(), { out: c, at: '2026-07-04T09:30:00.000Z' });
    expect(fs.readFileSync(a).equals(fs.readFileSync(c))).toBe(false);
  });

  it('names the evidence file when one byte of it changes, and missing or extra files', async () => {
    const { wb, dir } = await packageFixture();
    const out = path.join(dir, 'package.zip');
    await exportPackage(wb.requireVault(), { out, at: AT });

    // Evidence is stored uncompressed, so its bytes can be found and changed in place.
    const bytes = fs.readFileSync(out);
    const at = bytes.indexOf('unique evidence content 9f3a');
    expect(at).toBeGreaterThan(0);
    const altered = path.join(dir, 'altered.zip');
    bytes[at] = bytes[at]! ^ 0x01;
    fs.writeFileSync(altered, bytes);
    const report = await verifyPackage(altered);
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ problem: 'altered' });
    expect(report.problems[0]!.path).toMatch(/^evidence\/[A-Z]+-\d+\/E-\d+ Rapport de sécurité — 東京\.pdf$/);

    const entries = await readZip(out);
    const victim = entries.find(([name]) => name.startsWith('evidence/'))![0];
    const missing = path.join(dir, 'missing.zip');
    await writeZip(
      missing,
      entries.filter(([name]) => name !== victim),
    );
    expect((await verifyPackage(missing)).problems).toEqual([
      expect.objectContaining({ path: victim, problem: 'missing' }),
    ]);

    const extra = path.join(dir, 'extra.zip');
    await writeZip(extra, [...entries, ['evidence/notes.txt', Buffer.from('added later')]]);
    expect((await verifyPackage(extra)).problems).toEqual([
      expect.objectContaining({ path: 'evidence/notes.txt', problem: 'extra' }),
    ]);

    expect((await verifyPackage(path.join(dir, 'recent.json'))).problems[0]).toMatchObject({ problem: 'unreadable' });
  });

  it('names a file planted in both the ZIP and SHA256SUMS as extra, since manifest.json does not list it', async () => {
    const { wb, dir } = await packageFixture();
    const out = path.join(dir, 'package.zip');
    await exportPackage(wb.requireVault(), { out, at: AT });
    const entries = await readZip(out);
    const manifest = JSON.parse(entries.find(([n]) => n === 'manifest.json')![1].toString('utf8')) as PackageManifest;
    const planted = 'evidence/no-control/E-999 Access list.csv';
    const bytes = Buffer.from('email,role\nintruder@example.com,admin\n');
    const sha = createHash('sha256').update(bytes).digest('hex');
    const rewritten = entries.map(([name, data]): [string, Buffer] =>
      name === 'SHA256SUMS' ? [name, Buffer.concat([data, Buffer.from(`${sha}  ${planted}\n`)])] : [name, data],
    );
    const file = path.join(dir, 'planted.zip');
    await writeZip(file, [...rewritten, [planted, bytes]]);
    // sha256sum alone cannot see it: the planted line checks out.
    const root = unzip(file);
    expect(spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: root }).status).toBe(0);

    const report = await verifyPackage(file);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      { path: planted, problem: 'extra', detail: 'Listed in SHA256SUMS but not in manifest.json' },
    ]);
    // Every real file still checks out; the planted one is not counted among them.
    expect(report.checked).toBe(manifest.files.length + 1);
  });

  it('fails a package without manifest.json, or whose manifest SHA256SUMS does not list', async () => {
    const { wb, dir } = await packageFixture();
    const out = path.join(dir, 'package.zip');
    await exportPackage(wb.requireVault(), { out, at: AT });
    const entries = await readZip(out);
    const manifest = JSON.parse(entries.find(([n]) => n === 'manifest.json')![1].toString('utf8')) as PackageManifest;
    const withoutManifestLine = ([name, data]: [string, Buffer]): [string, Buffer] =>
      name === 'SHA256SUMS'
        ? [
            name,
            Buffer.from(
              data
                .toString('utf8')
                .split('\n')
                .filter((l) => !l.endsWith('  manifest.json'))
                .join('\n'),
            ),
          ]
        : [name, data];

    const gone = path.join(dir, 'no-manifest.zip');
    await writeZip(gone, entries.filter(([name]) => name !== 'manifest.json').map(withoutManifestLine));
    const root = unzip(gone);
    expect(spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: root }).status).toBe(0);
    const report = await verifyPackage(gone);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      { path: 'manifest.json', problem: 'missing', detail: 'The package has no manifest.json' },
    ]);
    expect(report.checked).toBe(manifest.files.length);

    const unlisted = path.join(dir, 'unlisted-manifest.zip');
    await writeZip(unlisted, entries.map(withoutManifestLine));
    const second = await verifyPackage(unlisted);
    expect(second.ok).toBe(false);
    expect(second.problems).toEqual([
      {
        path: 'manifest.json',
        problem: 'missing',
        detail: 'manifest.json is not listed in SHA256SUMS, so nothing vouches for it',
      },
    ]);
    expect(second.checked).toBe(manifest.files.length);
  });

  it('says in manifest.json that 03 Policies.pdf is left out while no policy is approved', async () => {
    const dir = tempDir('attest-export-');
    // A Type I vault with no policy at all, let alone an approved one.
    const wb = newWorkbench({ now: '2026-07-03T10:00:00Z', init: { categories: [] } });
    const out = path.join(dir, 'package.zip');
    const summary = await exportPackage(wb.requireVault(), { out, at: AT });
    const root = unzip(out);
    expect(fs.existsSync(path.join(root, FILES.policies))).toBe(false);
    expect(summary.notes).toEqual(['03 Policies.pdf is not included: no policy has an approved version yet.']);
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8')) as PackageManifest;
    expect(manifest.notes).toEqual(['03 Policies.pdf is not included: no policy has an approved version yet.']);
    expect(manifest.files.map((f) => f.path)).not.toContain(FILES.policies);
    expect((await verifyPackage(out)).ok).toBe(true);
    wb.closeVault();
  });

  it('says which typed characters the PDFs cannot print, instead of dropping them silently', async () => {
    const dir = tempDir('attest-export-');
    const wb = newWorkbench({
      now: '2026-07-03T10:00:00Z',
      init: { orgName: 'Sakura Labs 桜ラボ', systemName: 'Model API', categories: [] },
    });
    const out = path.join(dir, 'package.zip');
    const summary = await exportPackage(wb.requireVault(), { out, at: AT });
    const note = summary.notes.find((n) => n.startsWith('Some characters'));
    expect(note).toBe(
      "Some characters have no glyph in the PDFs' bundled font and are left out of the PDFs: 桜 ラ ボ " +
        '(first in "Sakura Labs 桜ラボ"). They are kept as typed in the CSV, XLSX, evidence index, manifest and file names.',
    );
    const root = unzip(out);
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8')) as PackageManifest;
    expect(manifest.notes).toContain(note);
    expect(manifest.engagement).toMatchObject({ orgName: 'Sakura Labs 桜ラボ' });
    expect((await verifyPackage(out)).ok).toBe(true);
    wb.closeVault();
  });

  it('leaves no file behind when the stored bytes of an evidence item are damaged', async () => {
    const { wb, dir } = await packageFixture();
    wb.requireVault().db.prepare("UPDATE blob_chunk SET data = X'00'").run();
    const out = path.join(dir, 'package.zip');
    await expect(exportPackage(wb.requireVault(), { out, at: AT })).rejects.toThrow(
      /no longer match their recorded SHA-256/,
    );
    expect(fs.readdirSync(dir).filter((f) => f.includes('package'))).toEqual([]);
  });
});

describe('export in the background (window and browser)', () => {
  it('reports progress to the end, serves the finished package for download, and saves a copy', async () => {
    const { startHost } = await import('../../../electron/web/server');
    const { call } = await import('./package-fixture');
    const { wb, dir } = await packageFixture();
    const first = await call<ExportProgress>(wb, 'export.start', { at: AT });
    expect(first.phase).toBe('documents');
    let progress = first;
    for (let i = 0; i < 200 && progress.phase !== 'done' && progress.phase !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      progress = await call<ExportProgress>(wb, 'export.progress', { jobId: first.jobId });
    }
    expect(progress.phase).toBe('done');
    expect(progress.bytesDone).toBe(progress.bytesTotal);
    expect(progress.fileName).toBe(`${UNICODE_ORG} SOC 2 package 2026-07-03.zip`);

    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
    const host = await startHost({ workbench: wb, staticDir, secret: 's3cret' });
    try {
      const cookie = `attest_${host.port}=s3cret`;
      const reply = await fetch(`${host.url}api/export/${first.jobId}`, { headers: { Cookie: cookie } });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toBe('application/zip');
      expect(reply.headers.get('content-disposition')).toContain(
        `filename*=UTF-8''${encodeURIComponent(progress.fileName)}`,
      );
      const body = Buffer.from(await reply.arrayBuffer());
      expect(body.length).toBe(progress.size);
      const unknown = await fetch(`${host.url}api/export/0123456789abcdef`, { headers: { Cookie: cookie } });
      expect(unknown.status).toBe(404);
      const anonymous = await fetch(`${host.url}api/export/${first.jobId}`);
      expect(anonymous.status).toBe(401);

      // What the window's save dialog does once a path is chosen.
      expect(latestFinishedPackage().jobId).toBe(first.jobId);
      const saved = saveExport(first.jobId, path.join(dir, 'saved.zip'));
      expect(fs.readFileSync(saved.path).equals(body)).toBe(true);
      expect((await verifyPackage(saved.path)).ok).toBe(true);
    } finally {
      await host.close();
    }
  });

  it('is cancelled on request: the job ends cancelled, nothing is recorded, and a new export can start', async () => {
    const { call } = await import('./package-fixture');
    const { wb } = await packageFixture();
    const auditBefore = wb
      .requireVault()
      .db.prepare("SELECT count(*) FROM audit_log WHERE operation = 'export.package'");
    const exportsBefore = auditBefore.pluck().get() as number;
    const first = await call<ExportProgress>(wb, 'export.start', { at: AT });
    // Pressed before the writer got going (it starts on the next turn of the event loop).
    await call<ExportProgress>(wb, 'export.cancel', { jobId: first.jobId });
    let progress = first;
    for (let i = 0; i < 200 && progress.phase !== 'cancelled' && progress.phase !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      progress = await call<ExportProgress>(wb, 'export.progress', { jobId: first.jobId });
    }
    expect(progress).toMatchObject({ phase: 'cancelled', error: null, size: null });
    expect(auditBefore.pluck().get()).toBe(exportsBefore);
    expect(() => saveExport(first.jobId, '/tmp/never.zip')).toThrow(/not finished/);

    const again = await call<ExportProgress>(wb, 'export.start', { at: AT });
    for (let i = 0; i < 200 && progress.phase !== 'done' && progress.phase !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      progress = await call<ExportProgress>(wb, 'export.progress', { jobId: again.jobId });
    }
    expect(progress.phase).toBe('done');
    // Cancelling a finished export changes nothing.
    expect(await call<ExportProgress>(wb, 'export.cancel', { jobId: again.jobId })).toMatchObject({ phase: 'done' });
  });
});
