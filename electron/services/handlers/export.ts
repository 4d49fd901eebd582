import type { exportOps } from '../../../shared/contract/ops/export';
import { getDescription, previewDescription, updateDescription } from '../description';
import type { HandlersFor } from './types';

export const exportHandlers: HandlersFor<typeof exportOps> = {
  'description.get': (_input, wb) => getDescription(wb.requireVault()),
  'description.update': (input, wb) => updateDescription(wb.requireVault(), input),
  'description.preview': (input, wb) => previewDescription(wb.requireVault(), { draft: input.draft }),
  // The package writer and reader pull in the PDF and ZIP libraries: loaded on first use.
  'export.start': async (input, wb) => (await import('../export-jobs')).startExport(wb.requireVault(), input),
  'export.progress': async (input) => (await import('../export-jobs')).exportProgress(input.jobId),
  'export.cancel': async (input) => (await import('../export-jobs')).cancelExport(input.jobId),
  'export.verifyPackage': async (input) => (await import('../../export/package-verify')).verifyPackage(input.path),
};
