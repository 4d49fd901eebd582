import { z } from 'zod';
import {
  riskAddStartersSchema,
  riskAssessmentSchema,
  riskCreateSchema,
  riskIdSchema,
  riskRemoveSchema,
  riskUpdateSchema,
  type AddStartersResult,
  type Risk,
  type RiskAssessment,
} from '../../domain/risks';
import { read, write } from '../operation';
import { empty } from '../primitives';

/** The risk register. */
export const riskOps = {
  'risks.list': read(empty, 'Every risk with its scores, treatment, linked controls and gaps').returns<Risk[]>(),
  'risks.get': read(z.object({ id: riskIdSchema }).strict(), 'One risk').returns<Risk>(),
  'risks.create': write(riskCreateSchema, 'Add a risk to the register').returns<Risk>(),
  'risks.update': write(
    riskUpdateSchema,
    "Change a risk's scores, treatment, owner, reviews and controls",
  ).returns<Risk>(),
  'risks.remove': write(riskRemoveSchema, 'Remove a risk; the reason is kept in the audit trail').returns<null>(),
  'risks.addStarters': write(
    riskAddStartersSchema,
    'Add the starter AI-agency risks (all those not yet in the register, or the named ones)',
  ).returns<AddStartersResult>(),
  'risks.recordAssessment': write(
    riskAssessmentSchema,
    'Record that a complete risk assessment was performed: when and by whom',
  ).returns<RiskAssessment>(),
  'risks.assessments': read(empty, 'The completed risk assessments, newest first').returns<RiskAssessment[]>(),
} as const;
