import { z } from 'zod';
import { isoDate, requiredText } from '../contract/primitives';
import { sampleSizesSchema, type SampleSizes } from './sample-sizes';
import type { CheckResult, Finding } from './types';

export const findingKeySchema = z.string().trim().min(3, 'A finding key is required').max(300);

export const checkRunSchema = z.object({ asOf: isoDate.optional() }).strict();

export const planAssignSchema = z
  .object({
    key: findingKeySchema,
    owner: requiredText('Owner', 120),
    dueDate: isoDate,
    note: z.string().trim().max(1000).default(''),
  })
  .strict();

export const planUnassignSchema = z.object({ key: findingKeySchema }).strict();

export const historySchema = z.object({ limit: z.number().int().min(1).max(200).default(30) }).strict();

export const settingsSetSchema = z.object({ sampleSizes: sampleSizesSchema }).strict();

/** Who fixes a finding and by when. */
export interface PlanItem {
  findingKey: string;
  owner: string;
  dueDate: string;
  note: string;
  updatedAt: string;
}

/** One stored run, as the Self-check screen shows it: the result and the plan entries of its findings. */
export interface CheckRunView {
  id: number;
  ranAt: string;
  durationMs: number;
  result: CheckResult;
  plan: Record<string, PlanItem>;
}

/** One point of the readiness trend. */
export interface CheckRunSummary {
  id: number;
  asOf: string;
  ranAt: string;
  score: number;
  blockers: number;
  warnings: number;
  advice: number;
  durationMs: number;
}

export interface CheckSettings {
  sampleSizes: SampleSizes;
  defaults: SampleSizes;
}

/** A remediation plan row: a finding of the latest run with its assignment, if any. */
export interface PlanRow {
  finding: Finding;
  item: PlanItem | null;
}

export interface PlanFile {
  fileName: string;
  mediaType: string;
  /** CSV as text; PDF as base64. */
  content: string;
}
