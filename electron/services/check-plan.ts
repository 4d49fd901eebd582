import { PassThrough } from 'node:stream';
import type { PlanFile, PlanRow } from '../../shared/check/plan';
import { AppError } from '../../shared/contract/errors';
import { toCsv } from '../../shared/csv';
import { writeRemediationPdf } from '../export/remediation-pdf';
import type { Vault } from '../vault/vault';
import { latestRun } from './check';
import { getEngagementOrFail } from './engagement';

/** The findings of the latest run with their assignments, in the run's order (blockers first). */
export function planRows(vault: Vault): { rows: PlanRow[]; asOf: string; score: number } {
  const latest = latestRun(vault);
  if (!latest)
    throw new AppError('not_found', 'Run the self-check first: the plan lists the findings of the latest run');
  return {
    rows: latest.result.findings.map((finding) => ({ finding, item: latest.plan[finding.key] ?? null })),
    asOf: latest.result.asOf,
    score: latest.result.score.overall,
  };
}

const SEVERITY = { blocker: 'Blocker', warning: 'Warning', advice: 'Advice' } as const;

export function planCsv(vault: Vault): PlanFile {
  const { rows, asOf } = planRows(vault);
  const header = [
    'Severity',
    'Area',
    'Rule',
    'Finding',
    'Fix',
    'Criteria',
    'Opens',
    'Owner',
    'Due date',
    'Note',
    'Key',
  ];
  const content = toCsv(
    header,
    rows.map(({ finding: f, item }) => [
      SEVERITY[f.severity],
      f.area,
      f.title,
      f.message,
      f.fix,
      f.criteria.join(' '),
      f.link.label,
      item?.owner,
      item?.dueDate,
      item?.note,
      f.key,
    ]),
    { bom: true },
  );
  return { fileName: `remediation-plan-${asOf}.csv`, mediaType: 'text/csv', content };
}

export async function planPdf(vault: Vault): Promise<PlanFile> {
  const { rows, asOf, score } = planRows(vault);
  const engagement = getEngagementOrFail(vault);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  await writeRemediationPdf({ orgName: engagement.orgName, systemName: engagement.systemName, asOf, score, rows }, out);
  await done;
  return {
    fileName: `remediation-plan-${asOf}.pdf`,
    mediaType: 'application/pdf',
    content: Buffer.concat(chunks).toString('base64'),
  };
}
