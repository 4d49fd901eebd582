import {
  checkRunSchema,
  historySchema,
  planAssignSchema,
  planUnassignSchema,
  settingsSetSchema,
  type CheckRunSummary,
  type CheckRunView,
  type CheckSettings,
  type PlanFile,
  type PlanItem,
} from '../../check/plan';
import { read, write } from '../operation';
import { empty } from '../primitives';

/** The pre-audit self-check and its remediation plan. */
export const checkOps = {
  'check.run': write(
    checkRunSchema,
    'Run the pre-audit self-check (as of today unless a date is given) and store the run',
  ).returns<CheckRunView>(),
  'check.latest': read(
    empty,
    'The latest stored self-check run, with the remediation plan',
  ).returns<CheckRunView | null>(),
  'check.history': read(historySchema, 'Scores and counts of the latest runs, oldest first').returns<
    CheckRunSummary[]
  >(),
  'check.assign': write(
    planAssignSchema,
    'Give a finding an owner and a due date in the remediation plan',
  ).returns<PlanItem>(),
  'check.unassign': write(planUnassignSchema, 'Take a finding out of the remediation plan').returns<null>(),
  'check.planCsv': read(empty, 'The remediation plan of the latest run as CSV').returns<PlanFile>(),
  'check.planPdf': read(empty, 'The remediation plan of the latest run as PDF (base64)').returns<PlanFile>(),
  'check.settings': read(empty, 'Sample sizes used by the Type II rules').returns<CheckSettings>(),
  'check.setSettings': write(
    settingsSetSchema,
    'Change the sample sizes used by the Type II rules',
  ).returns<CheckSettings>(),
} as const;
