import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import { csvCell } from '../../shared/csv';
import { AppError } from '../../shared/contract/errors';
import type { DescriptionPreview, PackageManifest, PackageSummary } from '../../shared/domain/description';
import { EVIDENCE_TYPE_LABELS, safeFileName, type EvidenceType } from '../../shared/domain/evidence';
import { APP_NAME, APP_VERSION } from '../../shared/version';
import { writeDescriptionPdf } from '../export/description-pdf';
import { buildMatrix, evidenceRef, MATRIX_HEADER, matrixCells, matrixCsv, type MatrixRow } from '../export/matrix';
import { writeMatrixPdf } from '../export/matrix-pdf';
import {
  writePackageZip,
  type PackageDocument,
  type PackageEvidence,
  type PackageProgress,
} from '../export/package-zip';
import type { PdfResult } from '../export/pdf/document';
import { unprintableCharacters } from '../export/pdf/coverage';
import { writePoliciesPdf } from '../export/policy-pdf';
import { xlsxBuffer } from '../export/xlsx';
import { evidenceFiles, type EvidenceFileRow } from '../vault/queries/export';
import type { Vault } from '../vault/vault';
import { listControls } from './controls';
import { previewDescription } from './description';
import { getEngagementOrFail } from './engagement';
import { getPolicy, listPolicies } from './policies';
import { policyDocument } from './policy-export';

export const FILES = {
  description: '01 System description and management assertion.pdf',
  matrixPdf: '02 Controls matrix.pdf',
  matrixCsv: '02 Controls matrix.csv',
  matrixXlsx: '02 Controls matrix.xlsx',
  policies: '03 Policies.pdf',
  evidenceIndex: 'evidence-index.csv',
} as const;

/** Folder of one control's evidence inside the package. */
export function controlFolder(controlId: string | null): string {
  return controlId ? `evidence/${controlId}/` : 'evidence/no-control/';
}

function evidencePath(row: EvidenceFileRow): string {
  return `${controlFolder(row.controlId)}${evidenceRef(row.evidenceId)} ${safeFileName(row.fileName).normalize('NFC')}`;
}

/** A PDF written into memory: the documents are small next to the evidence, and need hashing before they go in. */
async function pdfBytes(write: (out: Writable) => Promise<PdfResult>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}

export interface ExportOptions {
  /** Where the package goes; the folder must exist. */
  out: string;
  draft?: boolean;
  /** The export time (ISO 8601); fixed for a reproducible package. */
  at?: string;
  onProgress?: (phase: 'documents' | 'evidence', progress: PackageProgress) => void;
  /** Aborting stops the export before the next file; nothing is left at `out`. */
  signal?: AbortSignal;
}

export interface PackageDocuments {
  preview: DescriptionPreview;
  matrix: MatrixRow[];
  documents: PackageDocument[];
  /** Every evidence file of the package: where it goes, its size and hash (the bytes stay in the vault). */
  evidence: PackageEvidence[];
  /** Documents left out and why, for the manifest. */
  notes: string[];
}

/** The documents of the package (PDFs, matrix, evidence index), built in memory. */
export async function buildDocuments(
  vault: Vault,
  createdAt: Date,
  requestedDraft: boolean,
): Promise<PackageDocuments> {
  const preview = await previewDescription(vault, { draft: requestedDraft, at: createdAt.toISOString() });
  const draft = preview.draftReasons.length > 0;
  const { evidence, byControl, index } = evidenceListing(vault);
  const notApplicable = new Map(preview.dc8NotApplicable.map((n) => [n.criterionId, n.reason]));
  const engagement = getEngagementOrFail(vault);
  const matrix = buildMatrix(listControls(vault), engagement.categories, notApplicable, byControl, controlFolder);

  const documents: PackageDocument[] = [];
  documents.push({
    path: FILES.description,
    bytes: await pdfBytes((out) => writeDescriptionPdf(preview, out, { createdAt, draft })),
  });
  documents.push({
    path: FILES.matrixPdf,
    bytes: await pdfBytes((out) => writeMatrixPdf({ ...preview, rows: matrix }, out, { createdAt, draft })),
  });
  documents.push({ path: FILES.matrixCsv, bytes: Buffer.from(matrixCsv(matrix), 'utf8') });
  documents.push({
    path: FILES.matrixXlsx,
    bytes: await xlsxBuffer(
      {
        name: 'Controls matrix',
        header: MATRIX_HEADER,
        rows: matrix.map(matrixCells),
        widths: [16, 10, 36, 11, 36, 70, 28, 12, 22, 14, 24, 22],
      },
      createdAt,
    ),
  });
  const policies = listPolicies(vault)
    .filter((p) => p.live)
    .map((p) => {
      const detail = getPolicy(vault, p.id);
      const version = detail.versions.find((v) => v.status === 'approved')!;
      return policyDocument(vault, detail, version);
    });
  const notes: string[] = [];
  if (policies.length === 0) {
    notes.push(`${FILES.policies} is not included: no policy has an approved version yet.`);
  } else {
    documents.push({
      path: FILES.policies,
      bytes: await pdfBytes((out) => writePoliciesPdf(policies, out, { title: 'Approved policies', createdAt, draft })),
    });
  }
  documents.push({ path: FILES.evidenceIndex, bytes: index });
  const missing = unprintableCharacters([preview, matrix, policies]);
  if (missing.characters.length > 0) {
    notes.push(
      `Some characters have no glyph in the PDFs' bundled font and are left out of the PDFs: ${missing.characters.join(' ')} ` +
        `(first in "${missing.example}"). They are kept as typed in the CSV, XLSX, evidence index, manifest and file names.`,
    );
  }
  return { preview, matrix, documents, evidence, notes };
}

/**
 * The package's evidence files, the evidence ids by control and the evidence index, from one query.
 * Its rows (titles, dates, file names of tens of thousands of files on a large vault) are dropped
 * once these are made, before the PDFs are written, instead of living until the package is done.
 */
function evidenceListing(vault: Vault): {
  evidence: PackageEvidence[];
  byControl: Map<string, number[]>;
  index: Buffer;
} {
  const rows = evidenceFiles(vault.db);
  const byControl = new Map<string, number[]>();
  const evidence: PackageEvidence[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    evidence[i] = { path: evidencePath(row), sha256: row.sha256, size: row.size };
    if (!row.controlId) continue;
    const list = byControl.get(row.controlId);
    if (list) list.push(row.evidenceId);
    else byControl.set(row.controlId, [row.evidenceId]);
  }
  return { evidence, byControl, index: Buffer.from(evidenceIndexCsv(rows, evidence), 'utf8') };
}

/** One line per evidence file (`files[i]` is where `rows[i]` goes in the package), built line by line. */
function evidenceIndexCsv(rows: readonly EvidenceFileRow[], files: readonly PackageEvidence[]): string {
  const header = [
    'Evidence',
    'Title',
    'Type',
    'Control',
    'File in package',
    'Effective date',
    'Collected at',
    'Size (bytes)',
    'SHA-256',
  ];
  const lines: string[] = new Array(rows.length + 1);
  lines[0] = header.map((h) => csvCell(h)).join(',');
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    lines[i + 1] =
      `${csvCell(evidenceRef(r.evidenceId))},${csvCell(r.title)},` +
      `${csvCell(EVIDENCE_TYPE_LABELS[r.type as EvidenceType] ?? r.type)},${csvCell(r.controlId ?? '')},` +
      `${csvCell(files[i]!.path)},${csvCell(r.effectiveDate)},${csvCell(r.collectedAt)},` +
      `${csvCell(r.size)},${csvCell(r.sha256)}`;
  }
  // The same text toCsv writes: a BOM, CRLF after every line.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A file name for the package: organisation, report and export day. */
export function packageFileName(orgName: string, at: string): string {
  // eslint-disable-next-line no-control-regex -- control characters cannot be in a file name
  const org = orgName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim() || 'Attest';
  return `${org} SOC 2 package ${at.slice(0, 10)}.zip`;
}

/** Writes the package for the auditor to `options.out`. */
export async function exportPackage(vault: Vault, options: ExportOptions): Promise<PackageSummary> {
  const at = options.at ? new Date(options.at).toISOString() : vault.now();
  const createdAt = new Date(at);
  const dir = path.dirname(path.resolve(options.out));
  if (!fs.existsSync(dir)) throw new AppError('invalid_input', `out: no folder ${dir}`, { field: 'out' });
  const empty = { bytesDone: 0, bytesTotal: 0, filesDone: 0, filesTotal: 0 };
  options.onProgress?.('documents', empty);
  const { preview, documents, evidence, notes } = await buildDocuments(vault, createdAt, options.draft === true);
  options.signal?.throwIfAborted();
  const engagement = getEngagementOrFail(vault);
  const draft = preview.draftReasons.length > 0;
  const manifest: Omit<PackageManifest, 'files'> = {
    format: 'attest-package',
    formatVersion: 1,
    vaultId: vault.info().id,
    engagement: {
      orgName: engagement.orgName,
      systemName: engagement.systemName,
      reportType: engagement.reportType,
      asOfDate: engagement.reportType === 'type1' ? engagement.asOfDate : null,
      periodStart: engagement.reportType === 'type2' ? engagement.periodStart : null,
      periodEnd: engagement.reportType === 'type2' ? engagement.periodEnd : null,
      categories: [...engagement.categories],
    },
    exportedAt: at,
    generator: `${APP_NAME} ${APP_VERSION}`,
    draft,
    notes,
  };
  const written = await writePackageZip(path.resolve(options.out), manifest, documents, evidence, {
    mtime: createdAt,
    // The chunks one after another, each read from the vault only when the writer asks for it.
    read: (item) => vault.blobs.chunks(item.sha256),
    onProgress: (p) => options.onProgress?.('evidence', p),
    signal: options.signal,
  });
  const fileName = path.basename(options.out);
  vault.write('export.package', (tx) =>
    tx.audit(
      'package',
      fileName,
      `Exported ${draft ? 'a DRAFT ' : 'the '}package as of ${at}: ${written.files} files, ${written.size} bytes, fingerprint (SHA-256 of SHA256SUMS) ${written.fingerprint}`,
    ),
  );
  return {
    file: path.resolve(options.out),
    fileName,
    size: written.size,
    fingerprint: written.fingerprint,
    files: written.files,
    evidenceFiles: evidence.length,
    draft,
    draftReasons: preview.draftReasons,
    exportedAt: at,
    notes,
  };
}
