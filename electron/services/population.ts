import { AppError } from '../../shared/contract/errors';
import { toCsv, type CsvValue } from '../../shared/csv';
import type { PopulationCsv } from '../../shared/domain/people';
import type { Vault } from '../vault/vault';
import { getEngagementOrFail } from './engagement';

/** The period a population covers: what was asked, else the engagement's audit period. */
export function resolvePeriod(vault: Vault, input: { from?: string; to?: string }): { from: string; to: string } {
  const engagement = getEngagementOrFail(vault);
  const from = input.from ?? engagement.periodStart;
  const to = input.to ?? engagement.periodEnd;
  if (!from || !to) {
    throw new AppError('invalid_input', 'Name the period (from and to): the engagement has no audit period yet', {
      issues: [{ path: from ? 'to' : 'from', message: 'Name the period: the engagement has none' }],
    });
  }
  if (to < from) {
    throw new AppError('invalid_input', `The period ends (${to}) before it starts (${from})`, {
      issues: [{ path: 'to', message: 'The period ends before it starts' }],
    });
  }
  return { from, to };
}

/**
 * A population file as the auditor receives it. The BOM lets Excel read
 * accented names; toCsv defuses cells that a spreadsheet would run as formulas.
 */
export function populationCsv(
  name: string,
  period: { from: string; to: string },
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): PopulationCsv {
  return {
    ...period,
    rows: rows.length,
    fileName: `${name}-${period.from}-to-${period.to}.csv`,
    csv: toCsv(header, rows, { bom: true }),
  };
}
