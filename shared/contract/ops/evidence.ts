import { z } from 'zod';
import {
  evidenceAttachSchema,
  evidenceListSchema,
  evidenceRemoveSchema,
  evidenceUpdateSchema,
  type AttachResult,
  type ControlPeriodCoverage,
  type DueItem,
  type EvidenceItem,
  type EvidenceSummary,
  type VerificationReport,
} from '../../domain/evidence';
import { read, write } from '../operation';
import { empty, sha256Hex } from '../primitives';

/** Evidence files, their freshness and period coverage, and the vault's integrity. */
export const evidenceOps = {
  'evidence.list': read(
    evidenceListSchema,
    'Active evidence items (or one control’s), newest first, with their controls and freshness; details come with evidence.get',
  ).returns<EvidenceSummary[]>(),
  'evidence.get': read(
    z.object({ id: z.number().int().positive() }).strict(),
    'One evidence item',
  ).returns<EvidenceItem>(),
  'evidence.attach': write(
    evidenceAttachSchema,
    'Make an uploaded file an evidence item of one or more controls (the same bytes twice link the existing item)',
  ).returns<AttachResult>(),
  'evidence.update': write(
    evidenceUpdateSchema,
    "Change an evidence item's details and controls",
  ).returns<EvidenceItem>(),
  'evidence.remove': write(
    evidenceRemoveSchema,
    'Remove an evidence item; the reason is kept in the audit trail',
  ).returns<null>(),
  'evidence.compact': write(
    empty,
    'Reclaim the space of files no active evidence item uses: uploads never attached, files of removed items',
  ).returns<{
    blobs: number;
    bytes: number;
  }>(),
  'evidence.discardUpload': write(
    z.object({ sha256: sha256Hex }).strict(),
    'Delete an uploaded file that could not be attached, so a failed attach leaves the vault as it was',
  ).returns<{ blobs: number; bytes: number }>(),
  'evidence.periodCoverage': read(
    empty,
    'Type II: for each recurring control, the buckets of the audit period and the evidence in each',
  ).returns<ControlPeriodCoverage[]>(),
  'evidence.due': read(empty, 'Controls whose evidence is missing, overdue, or due this week or month').returns<
    DueItem[]
  >(),
  'vault.verify': write(empty, 'Re-hash every stored file and check the audit trail').returns<VerificationReport>(),
  'vault.lastVerification': read(empty, 'When the vault was last verified, and the outcome').returns<{
    finishedAt: string;
    ok: boolean;
    blobsChecked: number;
    mismatches: number;
  } | null>(),
} as const;
