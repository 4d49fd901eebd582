import { z } from 'zod';
import type { ControlLinks } from '../../domain/control-links';
import { engagementBasicsSchema, type Engagement } from '../../domain/engagement';
import {
  categoriesSchema,
  controlApplicabilitySchema,
  controlCreateSchema,
  controlIdSchema,
  controlMappingsSchema,
  controlUpdateSchema,
  criterionExclusionSchema,
  type Control,
  type CriterionCoverage,
} from '../../domain/controls';
import { read, write } from '../operation';
import { empty } from '../primitives';

/** The engagement, the criteria in scope and the controls mapped to them. */
export const scopeOps = {
  'engagement.get': read(empty, 'The engagement: organisation, system, report type and dates').returns<Engagement>(),
  'engagement.update': write(engagementBasicsSchema, 'Change the engagement basics').returns<Engagement>(),

  'engagement.setCategories': write(
    categoriesSchema,
    'Set the categories in scope; Security is always in. Library controls for an added category are copied in',
  ).returns<{ engagement: Engagement; addedControls: string[] }>(),

  'criteria.coverage': read(
    empty,
    'For each of the 61 criteria: in scope or not, its controls, and its coverage',
  ).returns<CriterionCoverage[]>(),
  'criteria.setExclusion': write(
    criterionExclusionSchema,
    'Mark an in-scope criterion not applicable with a reason (null reason: applicable again)',
  ).returns<CriterionCoverage>(),

  'controls.list': read(empty, 'Every control in the vault, in scope or not').returns<Control[]>(),
  'controls.get': read(z.object({ id: controlIdSchema }).strict(), 'One control with its mappings').returns<Control>(),
  'controls.links': read(
    z.object({ id: controlIdSchema }).strict(),
    'The risks, vendors, incident actions, changes and CUECs linked to one control',
  ).returns<ControlLinks>(),
  'controls.create': write(controlCreateSchema, 'Add a custom control').returns<Control>(),
  'controls.update': write(
    controlUpdateSchema,
    "Change a control's text, owner, frequency, nature or status",
  ).returns<Control>(),
  'controls.setMappings': write(controlMappingsSchema, 'Replace the criteria a control maps to').returns<Control>(),
  'controls.setApplicability': write(
    controlApplicabilitySchema,
    'Mark a control not applicable (a reason is required) or applicable again',
  ).returns<Control>(),
} as const;
