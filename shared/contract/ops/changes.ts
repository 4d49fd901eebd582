import {
  changeCreateSchema,
  changeIdSchema,
  changeRemoveSchema,
  changesImportSchema,
  changesPopulationSchema,
  changeUpdateSchema,
  experimentCreateSchema,
  experimentUpdateSchema,
  type ChangeDetail,
  type ChangeSummary,
  type Experiment,
} from '../../domain/changes';
import type { ImportReport } from '../../domain/csv-mapping';
import type { PopulationCsv } from '../../domain/people';
import { read, write } from '../operation';
import { empty } from '../primitives';

/** Change records: experiments and production changes. */
export const changeOps = {
  'changes.list': read(empty, 'Every production change, newest deployment first').returns<ChangeSummary[]>(),
  'changes.get': read(
    changeIdSchema,
    'One production change with its evidence, controls and warnings',
  ).returns<ChangeDetail>(),
  'changes.create': write(
    changeCreateSchema,
    'Record a production change (an approver who is the author is flagged, not refused; a ticket already on another change is)',
  ).returns<ChangeDetail>(),
  'changes.update': write(changeUpdateSchema, 'Change a production change record').returns<ChangeDetail>(),
  'changes.remove': write(
    changeRemoveSchema,
    'Delete a production change entered by mistake; the reason is kept in the audit trail',
  ).returns<null>(),
  'changes.import': write(
    changesImportSchema,
    'Import production changes from CSV with a column mapping; any bad row is reported by line and nothing is imported',
  ).returns<ImportReport>(),
  'changes.population': read(
    changesPopulationSchema,
    'Production changes deployed in a period (the engagement period by default) as CSV',
  ).returns<PopulationCsv>(),
  'changes.experiments': read(empty, 'The experiment log, newest first').returns<Experiment[]>(),
  'changes.addExperiment': write(experimentCreateSchema, 'Note an experiment').returns<Experiment>(),
  'changes.updateExperiment': write(experimentUpdateSchema, 'Change an experiment note').returns<Experiment>(),
  'changes.removeExperiment': write(changeIdSchema, 'Delete an experiment note').returns<null>(),
} as const;
