import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Control } from '../../../shared/domain/controls';
import type { AttachResult, EvidenceItem, VerificationReport } from '../../../shared/domain/evidence';
import { runCli } from '../../../electron/cli/main';
import { dispatch } from '../../../electron/services/dispatch';
import { attachFile } from '../../../electron/services/evidence-ingest';
import type { Workbench } from '../../../electron/services/workbench';
import { listAudit } from '../../../electron/vault/audit';
import { tempDir } from '../../helpers/tmp';
import { newWorkbench, tableCounts } from '../../helpers/vault';

async function call<T>(wb: Workbench, name: string, input: unknown): Promise<T> {
  const result = await dispatch(wb, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function upload(wb: Workbench, bytes: Buffer | string) {
  return wb.requireVault().blobs.put(Readable.from([Buffer.from(bytes)]));
}

async function controlWith(wb: Workbench, frequency: string): Promise<Control> {
  const found = (await call<Control[]>(wb, 'controls.list', {})).find((c) => c.frequency === frequency);
  if (!found) throw new Error(`no ${frequency} control`);
  return found;
}

const meta = (controls: string[], extra: Record<string, unknown> = {}) => ({
  title: 'Okta MFA policy screenshot',
  type: 'configuration-screenshot',
  controls,
  ...extra,
});

describe('evidence', () => {
  it('attaches uploaded bytes to several controls, with valid-until from the strictest frequency', async () => {
    const wb = newWorkbench();
    const quarterly = await controlWith(wb, 'quarterly');
    const annual = await controlWith(wb, 'annual');
    const blob = await upload(wb, 'PNG bytes of a screenshot');
    const today = wb.requireVault().today();
    const { item, duplicateOf, warnings } = await call<AttachResult>(wb, 'evidence.attach', {
      sha256: blob.sha256,
      fileName: 'okta-mfa.png',
      mediaType: 'image/png',
      meta: meta([annual.id, quarterly.id], { effectiveDate: today }),
    });
    expect(duplicateOf).toBeNull();
    expect(warnings).toEqual([]);
    expect(item).toMatchObject({
      fileName: 'okta-mfa.png',
      size: 25,
      sha256: blob.sha256,
      source: 'manual',
      effectiveDate: today,
      freshness: 'current',
    });
    expect(item.controls.sort()).toEqual([annual.id, quarterly.id].sort());
    // Quarterly is stricter than annual: the item must be refreshed within three months.
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    expect(item.validUntil <= new Date(Date.UTC(y, m - 1 + 3, d)).toISOString().slice(0, 10)).toBe(true);
    wb.closeVault();
  });

  it('says so when the same bytes are attached again and links the existing item instead of storing twice', async () => {
    const wb = newWorkbench();
    const [a, b] = await call<Control[]>(wb, 'controls.list', {});
    const first = await upload(wb, 'access review export, Q1');
    await call(wb, 'evidence.attach', { sha256: first.sha256, fileName: 'q1.csv', meta: meta([a!.id]) });
    const again = await upload(wb, 'access review export, Q1');
    expect(again.existed).toBe(true);
    const result = await call<AttachResult>(wb, 'evidence.attach', {
      sha256: again.sha256,
      fileName: 'copy of q1.csv',
      meta: meta([b!.id]),
    });
    expect(result.duplicateOf).toBe(result.item.id);
    expect(result.item.controls.sort()).toEqual([a!.id, b!.id].sort());
    expect(await call<EvidenceItem[]>(wb, 'evidence.list', {})).toHaveLength(1);
    expect(wb.requireVault().blobs.counts().blobs).toBe(1);
    wb.closeVault();
  });

  it('accepts an empty file with a warning and makes any file name safe', async () => {
    const wb = newWorkbench();
    const [c] = await call<Control[]>(wb, 'controls.list', {});
    const blob = await upload(wb, '');
    const result = await call<AttachResult>(wb, 'evidence.attach', {
      sha256: blob.sha256,
      fileName: '../../etc/\u0007rapport d’été — 2026.pdf',
      meta: meta([c!.id]),
    });
    expect(result.warnings[0]).toMatch(/empty/);
    expect(result.item.fileName).toBe('rapport d’été — 2026.pdf');
    wb.closeVault();
  });

  it('refuses unknown controls, missing uploads and bad dates, and changes nothing', async () => {
    const wb = newWorkbench();
    const vault = wb.requireVault();
    const blob = await upload(wb, 'bytes');
    const before = tableCounts(vault);
    const bad = [
      { sha256: blob.sha256, fileName: 'x', meta: meta(['ZZ-99']) },
      { sha256: 'a'.repeat(64), fileName: 'x', meta: meta(['AC-01']) },
      { sha256: blob.sha256, fileName: 'x', meta: meta([]) },
      { sha256: blob.sha256, fileName: 'x', meta: meta(['AC-01'], { effectiveDate: '2026-02-31' }) },
      {
        sha256: blob.sha256,
        fileName: 'x',
        meta: meta(['AC-01'], { coversFrom: '2026-05-01', coversTo: '2026-04-01' }),
      },
    ];
    const codes = [];
    for (const input of bad) {
      const r = await dispatch(wb, 'evidence.attach', input);
      expect(r.ok).toBe(false);
      if (!r.ok) codes.push(r.error.code);
    }
    expect(codes).toEqual(['not_found', 'not_found', 'invalid_input', 'invalid_input', 'invalid_input']);
    expect(tableCounts(vault)).toEqual(before);
    wb.closeVault();
  });

  it('removes with a required reason kept in the audit trail, and compaction reclaims the bytes no active item uses', async () => {
    const wb = newWorkbench();
    const vault = wb.requireVault();
    const [c] = await call<Control[]>(wb, 'controls.list', {});
    const kept = await upload(wb, 'kept');
    await upload(wb, 'uploaded but never attached');
    const { item } = await call<AttachResult>(wb, 'evidence.attach', {
      sha256: kept.sha256,
      fileName: 'k.txt',
      meta: meta([c!.id]),
    });
    expect(await dispatch(wb, 'evidence.remove', { id: item.id, reason: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    await call(wb, 'evidence.remove', { id: item.id, reason: 'Wrong quarter' });
    expect(await call<EvidenceItem[]>(wb, 'evidence.list', {})).toEqual([]);
    expect(listAudit(vault.db, 1)[0]?.summary).toContain('Wrong quarter');
    const compacted = await call<{ blobs: number; bytes: number }>(wb, 'evidence.compact', {});
    // The upload never attached and the removed item's file: both gone.
    expect(compacted).toEqual({ blobs: 2, bytes: 'kept'.length + 'uploaded but never attached'.length });
    expect(vault.blobs.stat(kept.sha256)).toBeUndefined();
    expect(vault.blobs.counts()).toEqual({ blobs: 0, chunks: 0, pending: 0 });
    // The removed item's record still names the fingerprint and size of what was removed.
    expect(
      vault.db
        .prepare('SELECT blob_sha256 AS sha256, size, deleted_reason AS reason FROM evidence WHERE id = ?')
        .get(item.id),
    ).toEqual({ sha256: kept.sha256, size: 4, reason: 'Wrong quarter' });
    expect(await call(wb, 'vault.verify', {})).toMatchObject({ ok: true, blobsChecked: 0 });

    // The same bytes attached again are stored anew and belong to a new, active item.
    const again = await upload(wb, 'kept');
    const { item: back } = await call<AttachResult>(wb, 'evidence.attach', {
      sha256: again.sha256,
      fileName: 'k.txt',
      meta: meta([c!.id]),
    });
    expect(back.id).not.toBe(item.id);
    expect(vault.blobs.counts()).toMatchObject({ blobs: 1, chunks: 1 });
    expect(await call(wb, 'vault.verify', {})).toMatchObject({ ok: true, blobsChecked: 1 });
    wb.closeVault();
  });

  it('verify re-hashes every file and names the item and control of an altered one', async () => {
    const wb = newWorkbench();
    const vault = wb.requireVault();
    const [c] = await call<Control[]>(wb, 'controls.list', {});
    const blob = await upload(wb, 'the original pentest report');
    const { item } = await call<AttachResult>(wb, 'evidence.attach', {
      sha256: blob.sha256,
      fileName: 'pentest.pdf',
      meta: meta([c!.id], { title: 'Pentest 2026' }),
    });
    const clean = await call<VerificationReport>(wb, 'vault.verify', {});
    expect(clean).toMatchObject({ ok: true, blobsChecked: 1, mismatches: [] });
    expect(await call(wb, 'vault.lastVerification', {})).toMatchObject({ ok: true, blobsChecked: 1 });

    vault.db.prepare("UPDATE blob_chunk SET data = CAST('the altered pentest report' AS BLOB)").run();
    const altered = await call<VerificationReport>(wb, 'vault.verify', {});
    expect(altered.ok).toBe(false);
    expect(altered.mismatches).toEqual([
      { sha256: blob.sha256, items: [{ id: item.id, title: 'Pentest 2026', controls: [c!.id] }] },
    ]);
    expect(await call(wb, 'vault.lastVerification', {})).toMatchObject({ ok: false, mismatches: 1 });

    const file = vault.path;
    wb.closeVault();
    process.env.ATTEST_HOME = tempDir();
    const out: string[] = [];
    const code = await runCli(['verify', file], { out: (l) => out.push(l), err: (l) => out.push(l) });
    expect(code).toBe(1);
    expect(out.join('\n')).toContain(`evidence ${item.id} "Pentest 2026" (controls ${c!.id})`);
  });

  it('streams a file from disk; a missing file is a clear error and leaves the vault unchanged', async () => {
    const wb = newWorkbench();
    const vault = wb.requireVault();
    const [c] = await call<Control[]>(wb, 'controls.list', {});
    const dir = tempDir();
    const file = path.join(dir, 'Übersicht ✓.csv');
    fs.writeFileSync(file, 'name,email\nAda,ada@example.com\n');
    const result = await attachFile(
      vault,
      file,
      { title: 'Users', description: '', type: 'system-export', owner: '', controls: [c!.id] },
      'cli',
    );
    expect(result.item).toMatchObject({ fileName: 'Übersicht ✓.csv', mediaType: 'text/csv', source: 'cli' });
    const before = tableCounts(vault);
    await expect(
      attachFile(
        vault,
        path.join(dir, 'gone.csv'),
        { title: 'x', description: '', type: 'other', owner: '', controls: [c!.id] },
        'cli',
      ),
    ).rejects.toThrow(/Cannot read gone.csv: ENOENT/);
    await expect(
      attachFile(vault, file, { title: 'x', description: '', type: 'other', owner: '', controls: ['ZZ-99'] }, 'cli'),
    ).rejects.toThrow(/No control ZZ-99/);
    expect(tableCounts(vault)).toEqual(before);
    wb.closeVault();
  });
});

describe('reclaimed bytes of a large removed file', () => {
  it('come back whole when the same file streams in again', async () => {
    const wb = newWorkbench();
    const vault = wb.requireVault();
    const [c] = await call<Control[]>(wb, 'controls.list', {});
    // Larger than one commit's batch of chunks, so it streams through a pending blob.
    const bytes = randomBytes(vault.blobs.chunkSize * vault.blobs.chunksPerCommit + 1234);
    const pieces = () => Readable.from([bytes.subarray(0, 5_000_000), bytes.subarray(5_000_000)]);
    const first = await vault.blobs.put(pieces());
    const { item } = await call<AttachResult>(wb, 'evidence.attach', {
      sha256: first.sha256,
      fileName: 'backup.tar',
      meta: meta([c!.id]),
    });
    await call(wb, 'evidence.remove', { id: item.id, reason: 'Uploaded to the wrong vault' });
    expect(await call(wb, 'evidence.compact', {})).toEqual({ blobs: 1, bytes: bytes.length });
    expect(vault.blobs.counts()).toEqual({ blobs: 0, chunks: 0, pending: 0 });

    const again = await vault.blobs.put(pieces());
    expect(again).toMatchObject({ sha256: first.sha256, size: bytes.length, existed: false });
    const read = Buffer.concat([...vault.blobs.chunks(first.sha256)]);
    expect(read.equals(bytes)).toBe(true);
    expect(vault.blobs.counts()).toMatchObject({ blobs: 1, pending: 0 });
    expect(await call(wb, 'vault.verify', {})).toMatchObject({ ok: true, blobsChecked: 1 });
    wb.closeVault();
  });
});

describe('an upload whose attach fails', () => {
  it('is discarded, so the vault is as it was; bytes an item uses are never discarded', async () => {
    const wb = newWorkbench();
    const vault = wb.requireVault();
    const [c] = await call<Control[]>(wb, 'controls.list', {});
    const before = tableCounts(vault);
    const orphan = await upload(wb, 'uploaded, then the attach failed');
    const refused = await dispatch(wb, 'evidence.attach', {
      sha256: orphan.sha256,
      fileName: 'x.txt',
      meta: meta(['ZZ-99']),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call(wb, 'evidence.discardUpload', { sha256: orphan.sha256 })).toEqual({
      blobs: 1,
      bytes: 'uploaded, then the attach failed'.length,
    });
    const { audit_log: auditAfter, ...rest } = tableCounts(vault);
    const { audit_log: auditBefore, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    expect(auditAfter).toBe(auditBefore! + 1);

    // Bytes an active or a removed item names stay.
    const used = await upload(wb, 'attached');
    const { item } = await call<AttachResult>(wb, 'evidence.attach', {
      sha256: used.sha256,
      fileName: 'a.txt',
      meta: meta([c!.id]),
    });
    expect(await call(wb, 'evidence.discardUpload', { sha256: used.sha256 })).toEqual({ blobs: 0, bytes: 0 });
    await call(wb, 'evidence.remove', { id: item.id, reason: 'Wrong file' });
    expect(await call(wb, 'evidence.discardUpload', { sha256: used.sha256 })).toEqual({ blobs: 0, bytes: 0 });
    expect(vault.blobs.stat(used.sha256)).toBeDefined();
    wb.closeVault();
  });
});
