import type { scopeOps } from '../../../shared/contract/ops/scope';
import {
  createControl,
  criteriaCoverage,
  getControl,
  listControls,
  setControlApplicability,
  setControlMappings,
  setCriterionExclusion,
  updateControl,
} from '../controls';
import { controlLinks } from '../control-links';
import { getEngagementOrFail, setScopeCategories, updateEngagement } from '../engagement';
import type { HandlersFor } from './types';

export const scopeHandlers: HandlersFor<typeof scopeOps> = {
  'engagement.get': (_input, wb) => getEngagementOrFail(wb.requireVault()),
  'engagement.update': (input, wb) => updateEngagement(wb.requireVault(), input),

  'engagement.setCategories': (input, wb) => setScopeCategories(wb.requireVault(), input.categories),

  'criteria.coverage': (_input, wb) => criteriaCoverage(wb.requireVault()),
  'criteria.setExclusion': (input, wb) => setCriterionExclusion(wb.requireVault(), input),

  'controls.list': (_input, wb) => listControls(wb.requireVault()),
  'controls.get': (input, wb) => getControl(wb.requireVault(), input.id),
  'controls.links': (input, wb) => controlLinks(wb.requireVault(), input.id),
  'controls.create': (input, wb) => createControl(wb.requireVault(), input),
  'controls.update': (input, wb) => updateControl(wb.requireVault(), input),
  'controls.setMappings': (input, wb) => setControlMappings(wb.requireVault(), input),
  'controls.setApplicability': (input, wb) => setControlApplicability(wb.requireVault(), input),
};
