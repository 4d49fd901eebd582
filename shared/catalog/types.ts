import type { CategoryId } from './categories';

/** A Trust Services criterion (2017 criteria, 2022 points of focus). */
export interface Criterion {
  /** e.g. "CC6.1", "PI1.3", "P6.7" */
  id: string;
  category: CategoryId;
  /** The series the criterion belongs to, e.g. "CC6", "A1", "P6". */
  series: string;
  /** A short topic line, our words. */
  topic: string;
  /** Two or three sentences in plain language, our words. */
  summary: string;
  /** Two to four notes on what an auditor looks for when testing it, our words. */
  auditorLooksFor: readonly string[];
}

export const FREQUENCIES = ['continuous', 'per-event', 'daily', 'weekly', 'monthly', 'quarterly', 'annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const CONTROL_TYPES = ['preventive', 'detective', 'corrective'] as const;
export type ControlType = (typeof CONTROL_TYPES)[number];

export const CONTROL_MODES = ['manual', 'automated'] as const;
export type ControlMode = (typeof CONTROL_MODES)[number];

/** A control as shipped in the library; a vault copies it and the owner adapts the copy. */
export interface ControlTemplate {
  /** Stable ID: two or three capital letters, a dash, two digits, e.g. "AC-03". */
  id: string;
  /** The library domain the ID prefix stands for, e.g. "Access control". */
  domain: string;
  name: string;
  description: string;
  ownerRole: string;
  frequency: Frequency;
  type: ControlType;
  mode: ControlMode;
  suggestedEvidence: readonly string[];
  /** Criterion IDs this control addresses. */
  criteria: readonly string[];
  /** True for controls written for AI and machine-learning work. */
  ai: boolean;
}
