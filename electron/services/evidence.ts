import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Frequency } from '../../shared/catalog/types';
import { AppError } from '../../shared/contract/errors';
import { addMonthsToDate } from '../../shared/domain/dates';
import {
  freshness,
  MAX_EVIDENCE_BYTES,
  safeFileName,
  validityEnd,
  type AttachResult,
  type EvidenceItem,
  type VerificationReport,
  type evidenceAttachSchema,
  type evidenceMetaSchema,
  type evidenceRemoveSchema,
  type evidenceUpdateSchema,
} from '../../shared/domain/evidence';
import { verifyAudit } from '../vault/audit';
import * as q from '../vault/queries/evidence';
import { existingControlIds } from '../vault/queries/controls';
import type { Vault } from '../vault/vault';

type Meta = z.output<typeof evidenceMetaSchema>;

type Link = { controlId: string; frequency: Frequency };

/**
 * Builds items as of `today`. Validity ends and freshness are memoised: in a
 * long list many items share a date and a frequency.
 */
function itemBuilder(today: string): (row: q.EvidenceRow, links: Link[]) => EvidenceItem {
  const ends = new Map<string, string>();
  const end = (date: string, frequency: Frequency) => {
    const key = `${date}|${frequency}`;
    let value = ends.get(key);
    if (value === undefined) ends.set(key, (value = validityEnd(date, frequency)));
    return value;
  };
  const states = new Map<string, EvidenceItem['freshness']>();
  return (row, links) => {
    // The strictest linked control decides; with no control, a year.
    let derived = links.length ? end(row.effectiveDate, links[0]!.frequency) : addMonthsToDate(row.effectiveDate, 12);
    for (let i = 1; i < links.length; i++) {
      const e = end(row.effectiveDate, links[i]!.frequency);
      if (e < derived) derived = e;
    }
    const validUntil = row.validUntilOverride ?? derived;
    let state = states.get(validUntil);
    if (state === undefined) states.set(validUntil, (state = freshness(validUntil, today)));
    return {
      id: row.id,
      sha256: row.sha256,
      title: row.title,
      description: row.description,
      type: row.type,
      fileName: row.fileName,
      mediaType: row.mediaType,
      size: row.size,
      collectedAt: row.collectedAt,
      effectiveDate: row.effectiveDate,
      coversFrom: row.coversFrom,
      coversTo: row.coversTo,
      source: row.source,
      owner: row.owner,
      validUntilOverride: row.validUntilOverride,
      validUntil,
      freshness: state,
      controls: links.map((l) => l.controlId),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  };
}

export function listEvidence(vault: Vault): EvidenceItem[] {
  const links = q.linksWithFrequency(vault.db);
  const build = itemBuilder(vault.today());
  return q.listEvidenceRows(vault.db).map((row) => build(row, links.get(row.id) ?? []));
}

export function getEvidence(vault: Vault, id: number): EvidenceItem {
  const row = q.getEvidenceRow(vault.db, id);
  if (!row || row.deletedAt) throw new AppError('not_found', `No evidence item ${id} in this vault`);
  return itemBuilder(vault.today())(row, q.linksOf(vault.db, id));
}

function requireControls(vault: Vault, controls: readonly string[]): void {
  const known = existingControlIds(vault.db, controls);
  const unknown = controls.filter((c) => !known.includes(c));
  if (unknown.length) throw new AppError('not_found', `No control ${unknown.join(', ')} in this vault`);
}

function metaColumns(vault: Vault, meta: Meta) {
  return {
    title: meta.title,
    description: meta.description,
    type: meta.type,
    effectiveDate: meta.effectiveDate ?? vault.today(),
    coversFrom: meta.coversFrom ?? null,
    coversTo: meta.coversTo ?? null,
    owner: meta.owner,
    validUntil: meta.validUntil ?? null,
  };
}

/**
 * Turns uploaded bytes into an evidence item. Bytes already attached to an
 * item are not stored twice: the existing item gains the new controls.
 */
export function attachEvidence(vault: Vault, input: z.output<typeof evidenceAttachSchema>): AttachResult {
  return vault.write('evidence.attach', (tx) => {
    const blob = vault.blobs.stat(input.sha256);
    if (!blob) throw new AppError('not_found', 'That file has not been uploaded to this vault; upload it first');
    requireControls(vault, input.meta.controls);
    const warnings = blob.size === 0 ? ['The file is empty (0 bytes); check that it is the right file'] : [];
    const existing = q.activeEvidenceForBlob(vault.db, input.sha256);
    if (existing) {
      q.linkControls(vault.db, existing.id, input.meta.controls);
      tx.audit(
        'evidence',
        String(existing.id),
        `Same file attached again: linked "${existing.title}" to ${input.meta.controls.join(', ')}`,
      );
      return { item: getEvidence(vault, existing.id), duplicateOf: existing.id, warnings };
    }
    const id = q.insertEvidence(
      vault.db,
      {
        ...metaColumns(vault, input.meta),
        sha256: input.sha256,
        fileName: safeFileName(input.fileName),
        mediaType: input.mediaType,
        size: blob.size,
        collectedAt: tx.at,
        source: input.source,
      },
      tx.at,
    );
    q.linkControls(vault.db, id, input.meta.controls);
    tx.audit(
      'evidence',
      String(id),
      `Attached "${input.meta.title}" (${safeFileName(input.fileName)}, ${blob.size} bytes, sha256 ${input.sha256.slice(0, 12)}…) to ${input.meta.controls.join(', ')}`,
    );
    return { item: getEvidence(vault, id), duplicateOf: null, warnings };
  });
}

/** Streams a file from disk into the vault and attaches it: the CLI and the Electron shell use this. */
export async function attachFile(vault: Vault, file: string, meta: Meta, source: string): Promise<AttachResult> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw new AppError(
      'invalid_input',
      `Cannot read ${path.basename(file)}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`,
    );
  }
  if (!stat.isFile()) throw new AppError('invalid_input', `${path.basename(file)} is not a file`);
  if (stat.size > MAX_EVIDENCE_BYTES) {
    throw new AppError('invalid_input', `${path.basename(file)} is larger than the 4 GiB limit for one evidence file`);
  }
  requireControls(vault, meta.controls);
  let blob;
  try {
    blob = await vault.blobs.put(fs.createReadStream(file, { highWaterMark: 1024 * 1024 }));
  } catch (error) {
    throw new AppError(
      'invalid_input',
      `Cannot read ${path.basename(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  try {
    return attachEvidence(vault, {
      sha256: blob.sha256,
      fileName: path.basename(file),
      mediaType: mediaTypeOf(file),
      source,
      meta,
    });
  } catch (error) {
    // Nothing refers to fresh bytes whose attach failed; reclaim them now.
    if (!blob.existed) compactBlobs(vault, [blob.sha256]);
    throw error;
  }
}

const MEDIA_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.log': 'text/plain',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.md': 'text/markdown',
};

export function mediaTypeOf(file: string): string {
  return MEDIA_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function updateEvidence(vault: Vault, input: z.output<typeof evidenceUpdateSchema>): EvidenceItem {
  return vault.write('evidence.update', (tx) => {
    const before = getEvidence(vault, input.id);
    requireControls(vault, input.meta.controls);
    q.updateEvidenceMeta(vault.db, input.id, metaColumns(vault, input.meta), tx.at);
    q.replaceControls(vault.db, input.id, input.meta.controls);
    tx.audit('evidence', String(input.id), `Updated "${before.title}"; controls ${input.meta.controls.join(', ')}`);
    return getEvidence(vault, input.id);
  });
}

/** Soft delete: the item leaves every list, its record and reason stay in the vault and the audit trail. */
export function removeEvidence(vault: Vault, input: z.output<typeof evidenceRemoveSchema>): null {
  return vault.write('evidence.remove', (tx) => {
    const item = getEvidence(vault, input.id);
    q.softDelete(vault.db, input.id, input.reason, tx.at);
    tx.audit('evidence', String(input.id), `Removed "${item.title}": ${input.reason}`);
    return null;
  });
}

/** Deletes the bytes of blobs no evidence item refers to (or only the given ones). */
export function compactBlobs(vault: Vault, only?: string[]): { blobs: number; bytes: number } {
  return vault.write('evidence.compact', (tx) => {
    const candidates = q.unreferencedBlobs(vault.db).filter((b) => !only || only.includes(b.sha256));
    const del = vault.db.prepare('DELETE FROM blob WHERE sha256 = ?');
    for (const b of candidates) del.run(b.sha256);
    const bytes = candidates.reduce((n, b) => n + b.size, 0);
    tx.audit('vault', 'blobs', `Compaction reclaimed ${candidates.length} unreferenced files (${bytes} bytes)`);
    return { blobs: candidates.length, bytes };
  });
}

/** Re-hashes every blob chunk by chunk and walks the audit chain; records the run. */
export async function verifyVault(vault: Vault): Promise<VerificationReport> {
  const startedAt = vault.now();
  const blobs = vault.db.prepare("SELECT sha256, size FROM blob WHERE state = 'ready' ORDER BY sha256").all() as {
    sha256: string;
    size: number;
  }[];
  const mismatches: VerificationReport['mismatches'] = [];
  let bytesChecked = 0;
  for (const blob of blobs) {
    const hash = createHash('sha256');
    let size = 0;
    for await (const piece of vault.blobs.read(blob.sha256)) {
      hash.update(piece as Buffer);
      size += (piece as Buffer).length;
    }
    bytesChecked += size;
    if (hash.digest('hex') !== blob.sha256 || size !== blob.size) {
      const items = q.itemsForBlob(vault.db, blob.sha256).map((i) => ({
        ...i,
        controls: q.linksOf(vault.db, i.id).map((l) => l.controlId),
      }));
      mismatches.push({ sha256: blob.sha256, items });
    }
  }
  const audit = verifyAudit(vault.db);
  const finishedAt = vault.now();
  const report: VerificationReport = {
    startedAt,
    finishedAt,
    blobsChecked: blobs.length,
    bytesChecked,
    mismatches,
    audit,
    ok: mismatches.length === 0 && audit.brokenAt === null,
  };
  vault.write('vault.verify', (tx) => {
    vault.db
      .prepare(
        `INSERT INTO verification_run (started_at, finished_at, blobs_checked, bytes_checked, mismatches, audit_entries, audit_broken_at, details)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        startedAt,
        finishedAt,
        blobs.length,
        bytesChecked,
        mismatches.length,
        audit.entries,
        audit.brokenAt,
        JSON.stringify(mismatches),
      );
    tx.audit(
      'vault',
      'verify',
      report.ok
        ? `Verified ${blobs.length} files and ${audit.entries} audit entries: no problem`
        : `Verification found ${mismatches.length} altered files${audit.brokenAt ? ` and a broken audit chain at entry ${audit.brokenAt}` : ''}`,
    );
  });
  return report;
}

export function lastVerification(
  vault: Vault,
): { finishedAt: string; ok: boolean; blobsChecked: number; mismatches: number } | null {
  const row = vault.db
    .prepare(
      'SELECT finished_at AS finishedAt, blobs_checked AS blobsChecked, mismatches, audit_broken_at AS brokenAt FROM verification_run ORDER BY id DESC LIMIT 1',
    )
    .get() as { finishedAt: string; blobsChecked: number; mismatches: number; brokenAt: number | null } | undefined;
  return row
    ? {
        finishedAt: row.finishedAt,
        blobsChecked: row.blobsChecked,
        mismatches: row.mismatches,
        ok: row.mismatches === 0 && row.brokenAt === null,
      }
    : null;
}
