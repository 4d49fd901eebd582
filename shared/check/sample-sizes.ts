import { z } from 'zod';

/**
 * How many occurrences of a recurring control an auditor typically samples
 * over a Type II period, by frequency. Per-event controls need the whole
 * population (a list of every occurrence) rather than a count.
 */
export interface SampleSizes {
  annual: number;
  quarterly: number;
  monthly: number;
  weekly: number;
  daily: number;
}

export const SAMPLE_FREQUENCIES = ['annual', 'quarterly', 'monthly', 'weekly', 'daily'] as const;

export const DEFAULT_SAMPLE_SIZES: SampleSizes = { annual: 1, quarterly: 2, monthly: 2, weekly: 5, daily: 25 };

const size = (label: string) =>
  z
    .number({ error: `${label}: enter a whole number` })
    .int(`${label}: enter a whole number`)
    .min(1, `${label}: at least 1`)
    .max(366, `${label}: at most 366`);

export const sampleSizesSchema = z
  .object({
    annual: size('Annual'),
    quarterly: size('Quarterly'),
    monthly: size('Monthly'),
    weekly: size('Weekly'),
    daily: size('Daily'),
  })
  .strict();
