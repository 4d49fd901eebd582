import type { changeOps } from '../../../shared/contract/ops/changes';
import {
  addExperiment,
  createChange,
  getChange,
  listChanges,
  listExperiments,
  removeChange,
  removeExperiment,
  updateChange,
  updateExperiment,
} from '../changes';
import { changesPopulation, importChanges } from '../changes-import';
import type { HandlersFor } from './types';

export const changeHandlers: HandlersFor<typeof changeOps> = {
  'changes.list': (_input, wb) => listChanges(wb.requireVault()),
  'changes.get': (input, wb) => getChange(wb.requireVault(), input.id),
  'changes.create': (input, wb) => createChange(wb.requireVault(), input),
  'changes.update': (input, wb) => updateChange(wb.requireVault(), input),
  'changes.remove': (input, wb) => removeChange(wb.requireVault(), input),
  'changes.import': (input, wb) => importChanges(wb.requireVault(), input),
  'changes.population': (input, wb) => changesPopulation(wb.requireVault(), input),
  'changes.experiments': (_input, wb) => listExperiments(wb.requireVault()),
  'changes.addExperiment': (input, wb) => addExperiment(wb.requireVault(), input),
  'changes.updateExperiment': (input, wb) => updateExperiment(wb.requireVault(), input),
  'changes.removeExperiment': (input, wb) => removeExperiment(wb.requireVault(), input.id),
};
