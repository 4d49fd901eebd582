import type { riskOps } from '../../../shared/contract/ops/risks';
import {
  addStarterRisks,
  createRisk,
  getRisk,
  listRiskAssessments,
  listRisks,
  recordRiskAssessment,
  removeRisk,
  updateRisk,
} from '../risks';
import type { HandlersFor } from './types';

export const riskHandlers: HandlersFor<typeof riskOps> = {
  'risks.list': (_input, wb) => listRisks(wb.requireVault()),
  'risks.get': (input, wb) => getRisk(wb.requireVault(), input.id),
  'risks.create': (input, wb) => createRisk(wb.requireVault(), input),
  'risks.update': (input, wb) => updateRisk(wb.requireVault(), input),
  'risks.remove': (input, wb) => removeRisk(wb.requireVault(), input),
  'risks.addStarters': (input, wb) => addStarterRisks(wb.requireVault(), input),
  'risks.recordAssessment': (input, wb) => recordRiskAssessment(wb.requireVault(), input),
  'risks.assessments': (_input, wb) => listRiskAssessments(wb.requireVault()),
};
