import type { exportOps } from '../../../shared/contract/ops/export';
import { verifyPackage } from '../../export/package-verify';
import { getDescription, previewDescription, updateDescription } from '../description';
import { exportProgress, startExport } from '../export-jobs';
import type { HandlersFor } from './types';

export const exportHandlers: HandlersFor<typeof exportOps> = {
  'description.get': (_input, wb) => getDescription(wb.requireVault()),
  'description.update': (input, wb) => updateDescription(wb.requireVault(), input),
  'description.preview': (input, wb) => previewDescription(wb.requireVault(), { draft: input.draft }),
  'export.start': (input, wb) => startExport(wb.requireVault(), input),
  'export.progress': (input) => exportProgress(input.jobId),
  'export.verifyPackage': (input) => verifyPackage(input.path),
};
