import type { checkOps } from '../../../shared/contract/ops/check';
import {
  assignFinding,
  checkSettings,
  latestRun,
  runHistory,
  runSelfCheck,
  setCheckSettings,
  unassignFinding,
} from '../check';
import type { HandlersFor } from './types';

export const checkHandlers: HandlersFor<typeof checkOps> = {
  'check.run': (input, wb) => runSelfCheck(wb.requireVault(), input.asOf),
  'check.latest': (_input, wb) => latestRun(wb.requireVault()),
  'check.history': (input, wb) => runHistory(wb.requireVault(), input.limit),
  'check.assign': (input, wb) => assignFinding(wb.requireVault(), input),
  'check.unassign': (input, wb) => unassignFinding(wb.requireVault(), input.key),
  // The plan module pulls in the PDF library: loaded on first use, not at every CLI start.
  'check.planCsv': async (_input, wb) => (await import('../check-plan')).planCsv(wb.requireVault()),
  'check.planPdf': async (_input, wb) => (await import('../check-plan')).planPdf(wb.requireVault()),
  'check.settings': (_input, wb) => checkSettings(wb.requireVault()),
  'check.setSettings': (input, wb) => setCheckSettings(wb.requireVault(), input),
};
