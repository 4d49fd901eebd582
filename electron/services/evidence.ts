import { createHash } from 'node:crypto';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { z } from 'zod';
import type { Frequency } from '../../shared/catalog/types';
import { AppError } from '../../shared/contract/errors';
import {
  safeFileName,
  type AttachResult,
  type EvidenceItem,
  type VerificationReport,
  type evidenceAttachSchema,
  type evidenceMetaSchema,
  type evidenceRemoveSchema,
  type evidenceUpdateSchema,
} from '../../shared/domain/evidence';
import { verifyAudit } from '../vault/audit';
import { verifyReviewSnapshots } from './access-reviews';
import type { BlobRef } from '../vault/blobs';
import * as q from '../vault/queries/evidence';
import type { Vault, WriteContext } from '../vault/vault';
import { validity } from './evidence-list';

export type EvidenceMeta = z.output<typeof evidenceMetaSchema>;
export type AttachInput = z.output<typeof evidenceAttachSchema>;

function buildItem(row: q.EvidenceRow, links: { controlId: string; frequency: Frequency }[], today: string) {
  const dates = validity(today);
  const validUntil =
    row.validUntilOverride ??
    dates.derived(
      row.effectiveDate,
      links.map((l) => l.frequency),
    );
  const { deletedAt: _deletedAt, deletedReason: _deletedReason, ...stored } = row;
  const item: EvidenceItem = {
    ...stored,
    validUntil,
    freshness: dates.state(validUntil),
    controls: links.map((l) => l.controlId),
  };
  return item;
}

export function getEvidence(vault: Vault, id: number): EvidenceItem {
  const row = q.getEvidenceRow(vault.db, id);
  if (!row || row.deletedAt) throw new AppError('not_found', `No evidence item ${id} in this vault`);
  return buildItem(row, q.linksOf(vault.db, id), vault.today());
}

/** Every active evidence item in full, for exports and reports; screens use the summaries. */
export function listEvidence(vault: Vault): EvidenceItem[] {
  const today = vault.today();
  return q
    .listActiveIds(vault.db)
    .map((id) => buildItem(q.getEvidenceRow(vault.db, id)!, q.linksOf(vault.db, id), today));
}

function requireControls(vault: Vault, controls: readonly string[]): void {
  const unknown = controls.filter((c) => !q.controlExists(vault.db, c));
  if (unknown.length) throw new AppError('not_found', `No control ${unknown.join(', ')} in this vault`);
}

/**
 * The stored columns for `meta`. Dates left out keep what `before` has (an
 * edit of the title must not move the date the evidence speaks for); a new
 * item's effective date defaults to today. A null clears an optional date.
 */
function metaColumns(vault: Vault, meta: EvidenceMeta, before?: EvidenceItem) {
  return {
    title: meta.title,
    description: meta.description,
    type: meta.type,
    effectiveDate: meta.effectiveDate ?? before?.effectiveDate ?? vault.today(),
    coversFrom: meta.coversFrom === undefined ? (before?.coversFrom ?? null) : meta.coversFrom,
    coversTo: meta.coversTo === undefined ? (before?.coversTo ?? null) : meta.coversTo,
    owner: meta.owner,
    validUntil: meta.validUntil === undefined ? (before?.validUntilOverride ?? null) : meta.validUntil,
  };
}

/**
 * Makes stored bytes an evidence item, inside the caller's write. Bytes
 * already attached to an active item are not made a second item: that item
 * gains the new controls, and the result says so.
 */
export function attachInWrite(vault: Vault, tx: WriteContext, input: AttachInput, blob: BlobRef): AttachResult {
  requireControls(vault, input.meta.controls);
  const warnings = blob.size === 0 ? ['The file is empty (0 bytes); check that it is the right file'] : [];
  const existing = q.activeEvidenceForBlob(vault.db, blob.sha256);
  if (existing) {
    q.linkControls(vault.db, existing.id, input.meta.controls);
    q.touchEvidence(vault.db, existing.id, tx.at);
    tx.audit(
      'evidence',
      String(existing.id),
      `Same file attached again: linked "${existing.title}" to ${input.meta.controls.join(', ')}`,
    );
    return { item: getEvidence(vault, existing.id), duplicateOf: existing.id, warnings };
  }
  const fileName = safeFileName(input.fileName);
  const id = q.insertEvidence(
    vault.db,
    {
      ...metaColumns(vault, input.meta),
      sha256: blob.sha256,
      fileName,
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
    `Attached "${input.meta.title}" (${fileName}, ${blob.size} bytes, sha256 ${blob.sha256.slice(0, 12)}…) to ${input.meta.controls.join(', ')}`,
  );
  return { item: getEvidence(vault, id), duplicateOf: null, warnings };
}

/** Attaches bytes uploaded earlier (the browser's streamed upload) by their fingerprint. */
export function attachEvidence(vault: Vault, input: AttachInput): AttachResult {
  return vault.write('evidence.attach', (tx) => {
    const blob = vault.blobs.stat(input.sha256);
    if (!blob) throw new AppError('not_found', 'That file has not been uploaded to this vault; upload it first');
    return attachInWrite(vault, tx, input, blob);
  });
}

export function updateEvidence(vault: Vault, input: z.output<typeof evidenceUpdateSchema>): EvidenceItem {
  return vault.write('evidence.update', (tx) => {
    const before = getEvidence(vault, input.id);
    requireControls(vault, input.meta.controls);
    const columns = metaColumns(vault, input.meta, before);
    if (columns.coversFrom && columns.coversTo && columns.coversTo < columns.coversFrom) {
      throw new AppError('invalid_input', 'meta.coversTo: Covers-to must not be before covers-from');
    }
    q.updateEvidenceMeta(vault.db, input.id, columns, tx.at);
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

/**
 * Deletes the bytes no active evidence item uses (or only the given ones):
 * uploads never attached, and the files of removed items. A removed item keeps
 * its record, fingerprint and size, so the trail still says what was removed.
 */
export function compactBlobs(vault: Vault, only?: string[]): { blobs: number; bytes: number } {
  return vault.write('evidence.compact', (tx) => {
    const candidates = q.unreferencedBlobs(vault.db).filter((b) => !only || only.includes(b.sha256));
    for (const b of candidates) {
      if (b.removedOnly) q.reclaimBlob(vault.db, b.sha256, tx.at);
      else q.deleteBlob(vault.db, b.sha256);
    }
    const bytes = candidates.reduce((n, b) => n + b.size, 0);
    const removed = candidates.filter((b) => b.removedOnly).length;
    tx.audit(
      'vault',
      'blobs',
      `Compaction reclaimed ${candidates.length} files no evidence uses (${removed} of removed items; ${bytes} bytes)`,
    );
    return { blobs: candidates.length, bytes };
  });
}

/**
 * Deletes one uploaded file that no evidence item, active or removed, names:
 * what the browser calls when attaching its upload failed. Anything an item
 * refers to is left alone.
 */
export function discardUpload(vault: Vault, sha256: string): { blobs: number; bytes: number } {
  const size = q.unusedBlobSize(vault.db, sha256);
  if (size === undefined) return { blobs: 0, bytes: 0 };
  return vault.write('evidence.discardUpload', (tx) => {
    q.deleteBlob(vault.db, sha256);
    tx.audit(
      'vault',
      'blobs',
      `Discarded an upload that was not attached (${size} bytes, sha256 ${sha256.slice(0, 12)}…)`,
    );
    return { blobs: 1, bytes: size };
  });
}

/** Hashing pauses for other work this often, so a window stays responsive during a long check. */
const YIELD_EVERY_BYTES = 64 * 1024 * 1024;

/** Re-hashes every blob chunk by chunk and walks the audit chain; records the run. */
export async function verifyVault(vault: Vault): Promise<VerificationReport> {
  const startedAt = vault.now();
  const blobs = q.readyBlobs(vault.db);
  const mismatches: VerificationReport['mismatches'] = [];
  let bytesChecked = 0;
  let sinceYield = 0;
  for (const blob of blobs) {
    const hash = createHash('sha256');
    let size = 0;
    for (const piece of vault.blobs.chunks(blob.sha256)) {
      hash.update(piece);
      size += piece.length;
      sinceYield += piece.length;
      if (sinceYield >= YIELD_EVERY_BYTES) {
        sinceYield = 0;
        await yieldToEvents();
      }
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
  const reviews = verifyReviewSnapshots(vault.db);
  const finishedAt = vault.now();
  const report: VerificationReport = {
    startedAt,
    finishedAt,
    blobsChecked: blobs.length,
    bytesChecked,
    mismatches,
    audit,
    reviews,
    ok: mismatches.length === 0 && audit.brokenAt === null && reviews.altered.length === 0,
  };
  vault.write('vault.verify', (tx) => {
    q.insertVerificationRun(vault.db, report);
    tx.audit(
      'vault',
      'verify',
      report.ok
        ? `Verified ${blobs.length} files, ${reviews.checked} locked access reviews and ${audit.entries} audit entries: no problem`
        : `Verification found ${mismatches.length} altered files${reviews.altered.length ? `, ${reviews.altered.length} altered access reviews` : ''}${audit.brokenAt ? ` and a broken audit chain at entry ${audit.brokenAt}` : ''}`,
    );
  });
  return report;
}

export function lastVerification(
  vault: Vault,
): { finishedAt: string; ok: boolean; blobsChecked: number; mismatches: number } | null {
  const row = q.lastVerificationRun(vault.db);
  return row
    ? {
        finishedAt: row.finishedAt,
        blobsChecked: row.blobsChecked,
        mismatches: row.mismatches,
        ok: row.mismatches === 0 && row.brokenAt === null,
      }
    : null;
}
