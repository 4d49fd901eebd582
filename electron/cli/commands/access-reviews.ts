import fs from 'node:fs';
import { parseCsv } from '../../../shared/csv';
import {
  ACCOUNT_FIELDS,
  SYSTEM_REVIEW_STATE_LABELS,
  suggestMapping,
  type AccessCoverage,
  type AccountField,
  type ImportResult,
} from '../../../shared/domain/access-reviews';
import { normaliseHeader } from '../../../shared/csv';
import { dispatch } from '../../services/dispatch';
import { parse, requirePositional } from '../args';
import { cliWorkbench } from '../context';
import { EXIT, unwrap, UsageError, type CliIo } from '../io';

export const ACCESS_REVIEWS_USAGE =
  'attest access-reviews <vault> [--as-of DATE] [--json] | attest access-reviews import <vault> --review ID [--email COL] [--name COL] [--role COL] [--last-login COL] <file.csv>';

/** In-scope systems with their review state; exit 1 when one is overdue or missed a window of the period. */
async function statusCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { 'as-of': { type: 'string' }, json: { type: 'boolean' } });
  const file = requirePositional(positionals, 0, 'vault path');
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: file }));
    const coverage = unwrap(
      await dispatch(wb, 'accessReviews.coverage', values['as-of'] ? { asOf: values['as-of'] } : {}),
    ) as AccessCoverage;
    const late = coverage.systems.filter((s) => s.system.state === 'overdue' || s.missing > 0);
    if (values.json) io.out(JSON.stringify(coverage));
    else {
      io.out(`Audit period ${coverage.periodStart} to ${coverage.periodEnd}, as of ${coverage.today}`);
      for (const { system, windows } of coverage.systems) {
        const marks = windows.map((w) => `${w.label}: ${w.state}`).join(', ');
        io.out(
          `${system.name.padEnd(24)} ${SYSTEM_REVIEW_STATE_LABELS[system.state].padEnd(14)} next due ${system.nextDue}  ${marks}${system.openRemediations ? `  [${system.openRemediations} open remediation${system.openRemediations === 1 ? '' : 's'}]` : ''}`,
        );
      }
      io.out(`${coverage.systems.length} systems in scope; ${late.length} overdue or with a missed review`);
    }
    return late.length ? EXIT.problems : EXIT.ok;
  } finally {
    wb.closeVault();
  }
}

/** A column named by its header (any case) or by its 1-based number. */
function columnIndex(headers: string[], spec: string, option: string): number {
  if (/^\d+$/.test(spec)) {
    const n = Number(spec);
    if (n < 1 || n > headers.length)
      throw new UsageError(`--${option} ${spec}: the file has ${headers.length} columns`);
    return n - 1;
  }
  const index = headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(spec));
  if (index < 0) throw new UsageError(`--${option} "${spec}": no such column; the header has ${headers.join(', ')}`);
  return index;
}

async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    review: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    'last-login': { type: 'string' },
    json: { type: 'boolean' },
  });
  const vaultPath = requirePositional(positionals, 0, 'vault path');
  const csvPath = requirePositional(positionals, 1, 'CSV file');
  const reviewId = Number(values.review);
  if (!values.review || !Number.isInteger(reviewId) || reviewId <= 0) throw new UsageError('Give --review ID');
  let csv: string;
  try {
    csv = fs.readFileSync(csvPath, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${csvPath}: ${(error as Error).message}`);
  }
  const headers = parseCsv(csv).rows[0]?.cells ?? [];
  const options: Record<AccountField, string | undefined> = {
    email: values.email,
    name: values.name,
    role: values.role,
    lastLogin: values['last-login'],
  };
  const suggested = suggestMapping(headers);
  const mapping = Object.fromEntries(
    ACCOUNT_FIELDS.map((f) => [
      f,
      options[f] !== undefined ? columnIndex(headers, options[f], f === 'lastLogin' ? 'last-login' : f) : suggested[f],
    ]),
  ) as Record<AccountField, number | null>;
  if (mapping.email === null) {
    throw new UsageError(`No email column found in ${headers.join(', ') || 'the file'}; name it with --email COLUMN`);
  }
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: vaultPath }));
    const result = unwrap(
      await dispatch(wb, 'accessReviews.importAccounts', { reviewId, csv, mapping }),
    ) as ImportResult;
    if (values.json) io.out(JSON.stringify(result));
    else {
      const used = ACCOUNT_FIELDS.filter((f) => mapping[f] !== null)
        .map((f) => `${f} ← ${headers[mapping[f]!]}`)
        .join(', ');
      io.out(`Imported ${result.imported} accounts (${used}); the review now holds ${result.total}`);
    }
    return EXIT.ok;
  } finally {
    wb.closeVault();
  }
}

export async function accessReviewsCommand(args: string[], io: CliIo): Promise<number> {
  if (args[0] === 'import') return importCommand(args.slice(1), io);
  return statusCommand(args, io);
}
