import type { evidenceOps } from '../../../shared/contract/ops/evidence';
import { evidenceDue, periodCoverage } from '../evidence-coverage';
import {
  attachEvidence,
  compactBlobs,
  discardUpload,
  getEvidence,
  lastVerification,
  removeEvidence,
  updateEvidence,
  verifyVault,
} from '../evidence';
import { listEvidenceSummaries } from '../evidence-list';
import type { HandlersFor } from './types';

export const evidenceHandlers: HandlersFor<typeof evidenceOps> = {
  'evidence.list': (input, wb) => listEvidenceSummaries(wb.requireVault(), input.control),
  'evidence.get': (input, wb) => getEvidence(wb.requireVault(), input.id),
  'evidence.attach': (input, wb) => attachEvidence(wb.requireVault(), input),
  'evidence.update': (input, wb) => updateEvidence(wb.requireVault(), input),
  'evidence.remove': (input, wb) => removeEvidence(wb.requireVault(), input),
  'evidence.compact': (_input, wb) => compactBlobs(wb.requireVault()),
  'evidence.discardUpload': (input, wb) => discardUpload(wb.requireVault(), input.sha256),
  'evidence.periodCoverage': (_input, wb) => periodCoverage(wb.requireVault()),
  'evidence.due': (_input, wb) => evidenceDue(wb.requireVault()),
  'vault.verify': (_input, wb) => verifyVault(wb.requireVault()),
  'vault.lastVerification': (_input, wb) => lastVerification(wb.requireVault()),
};
