import fs from 'node:fs';
import { AppError } from '../../../shared/contract/errors';
import { normaliseHeader, parseCsv } from '../../../shared/csv';
import {
  ACCOUNT_FIELDS,
  ACCOUNT_FIELD_LABELS,
  SYSTEM_REVIEW_STATE_LABELS,
  clashMessage,
  duplicateProblems,
  mappingClashes,
  readAccountsCsv,
  suggestMapping,
  type AccessCoverage,
  type AccessReviewDetail,
  type AccountField,
  type ColumnMapping,
  type CsvProblem,
  type ImportResult,
} from '../../../shared/domain/access-reviews';
import { dispatch } from '../../services/dispatch';
import { parse, requirePositional } from '../args';
import { cliWorkbench } from '../context';
import { EXIT, unwrap, UsageError, type CliIo } from '../io';
import { plural } from '../../../shared/words';

export const ACCESS_REVIEWS_USAGE =
  'attest access-reviews <vault> [--as-of DATE] [--json] | attest access-reviews import <vault> --review ID [--email COL] [--name COL] [--role COL] [--last-login COL] [--dry-run] [--json] <file.csv>';

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
          `${system.name.padEnd(24)} ${SYSTEM_REVIEW_STATE_LABELS[system.state].padEnd(14)} next due ${system.nextDue}  ${marks}${system.openRemediations ? `  [${plural(system.openRemediations, 'open remediation')}]` : ''}`,
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

type MappingSource = 'option' | 'guessed' | 'none';

const OPTION_OF: Record<AccountField, string> = { email: 'email', name: 'name', role: 'role', lastLogin: 'last-login' };

/** Columns named with options win; the rest are guessed from the header, never reusing a named column. */
function buildMapping(
  headers: string[],
  options: Record<AccountField, string | undefined>,
): { mapping: Record<AccountField, number | null>; source: Record<AccountField, MappingSource> } {
  const given = new Map<AccountField, number>();
  for (const f of ACCOUNT_FIELDS) {
    const spec = options[f];
    if (spec !== undefined) given.set(f, columnIndex(headers, spec, OPTION_OF[f]));
  }
  const taken = new Set(given.values());
  const guessed = suggestMapping(headers);
  const mapping = {} as Record<AccountField, number | null>;
  const source = {} as Record<AccountField, MappingSource>;
  for (const f of ACCOUNT_FIELDS) {
    const guess = guessed[f];
    mapping[f] = given.get(f) ?? (guess !== null && !taken.has(guess) ? guess : null);
    source[f] = given.has(f) ? 'option' : mapping[f] === null ? 'none' : 'guessed';
  }
  return { mapping, source };
}

function mappingLines(
  headers: string[],
  mapping: Record<AccountField, number | null>,
  source: Record<AccountField, MappingSource>,
): string[] {
  const width = Math.max(...ACCOUNT_FIELDS.map((f) => ACCOUNT_FIELD_LABELS[f].length));
  return [
    'Column mapping:',
    ...(['email', 'name', 'role', 'lastLogin'] as const).map((f) => {
      const label = ACCOUNT_FIELD_LABELS[f].padEnd(width);
      const index = mapping[f];
      if (index === null) return `  ${label}  not in the file`;
      const how = source[f] === 'option' ? `--${OPTION_OF[f]}` : 'guessed from the header';
      return `  ${label}  ← "${headers[index]}" (column ${index + 1}, ${how})`;
    }),
  ];
}

/** Every problem on its own line on stderr, after one line saying what happened. */
function reportProblems(io: CliIo, file: string, problems: readonly CsvProblem[], count: number, dryRun: boolean) {
  const what = `${plural(count, 'problem')} in ${file}`;
  io.err(
    `attest access-reviews: ${dryRun ? 'Dry run: the import would be refused' : 'Nothing was imported'}: ${what}; fix ${count === 1 ? 'it' : 'them'} and import the file again`,
  );
  for (const p of problems) io.err(`line ${p.line}: ${p.message}`);
  if (count > problems.length) io.err(`… and ${count - problems.length} more not listed`);
}

function problemsOf(error: unknown): { problems: CsvProblem[]; count: number } | null {
  if (!(error instanceof AppError) || error.code !== 'invalid_input') return null;
  const details = error.details as { problems?: CsvProblem[]; problemCount?: number } | undefined;
  if (!details?.problems?.length) return null;
  return { problems: details.problems, count: details.problemCount ?? details.problems.length };
}

async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    review: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    'last-login': { type: 'string' },
    'dry-run': { type: 'boolean' },
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
  const headers = (parseCsv(csv).rows[0]?.cells ?? []).map((h) => h.trim());
  const { mapping, source } = buildMapping(headers, {
    email: values.email,
    name: values.name,
    role: values.role,
    lastLogin: values['last-login'],
  });
  if (mapping.email === null) {
    throw new UsageError(`No email column found in ${headers.join(', ') || 'the file'}; name it with --email COLUMN`);
  }
  const clash = mappingClashes(mapping)[0];
  if (clash) throw new UsageError(clashMessage(clash));
  const columns = mapping as ColumnMapping;
  const dryRun = values['dry-run'] === true;
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: vaultPath }));
    if (dryRun) {
      return await dryRunImport(wb, io, {
        reviewId,
        csv,
        csvPath,
        headers,
        mapping: columns,
        source,
        json: values.json === true,
      });
    }
    let result: ImportResult;
    try {
      result = unwrap(
        await dispatch(wb, 'accessReviews.importAccounts', { reviewId, csv, mapping: columns }),
      ) as ImportResult;
    } catch (error) {
      const found = problemsOf(error);
      if (!found) throw error;
      reportProblems(io, csvPath, found.problems, found.count, false);
      return EXIT.usage;
    }
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

/**
 * What the import would do, without doing it: the column mapping, then either how many accounts would land or
 * every problem that would refuse the file. The same checks as the import (the file's rows, and emails already
 * in the review); nothing is written.
 */
async function dryRunImport(
  wb: ReturnType<typeof cliWorkbench>,
  io: CliIo,
  run: {
    reviewId: number;
    csv: string;
    csvPath: string;
    headers: string[];
    mapping: ColumnMapping;
    source: Record<AccountField, MappingSource>;
    json: boolean;
  },
): Promise<number> {
  const review = unwrap(await dispatch(wb, 'accessReviews.get', { id: run.reviewId })) as AccessReviewDetail;
  if (review.status === 'completed') {
    throw new AppError(
      'conflict',
      `Review ${review.id} is completed and locked; nothing can be imported into it (record a correction as a dated addendum instead)`,
    );
  }
  const parsed = readAccountsCsv(run.csv, run.mapping);
  const problems = parsed.problems.length
    ? parsed.problems
    : duplicateProblems(parsed.accounts, parsed.lines, new Set(review.accountRows.map((a) => a.email)));
  const wouldImport = problems.length ? 0 : parsed.accounts.length;
  if (run.json) {
    io.out(
      JSON.stringify({
        dryRun: true,
        reviewId: review.id,
        mapping: run.mapping,
        columns: Object.fromEntries(
          ACCOUNT_FIELDS.map((f) => [f, run.mapping[f] === null ? null : run.headers[run.mapping[f]!]]),
        ),
        wouldImport,
        total: review.accounts + wouldImport,
        problems,
      }),
    );
  } else {
    for (const line of mappingLines(run.headers, run.mapping, run.source)) io.out(line);
  }
  if (problems.length) {
    if (!run.json) reportProblems(io, run.csvPath, problems, problems.length, true);
    return EXIT.usage;
  }
  if (!run.json) {
    io.out(
      `Dry run: ${plural(wouldImport, 'account')} would be imported into review ${review.id} (${review.systemName}, ${review.periodStart} to ${review.periodEnd}), which would then hold ${review.accounts + wouldImport}. Nothing was imported.`,
    );
  }
  return EXIT.ok;
}

export async function accessReviewsCommand(args: string[], io: CliIo): Promise<number> {
  if (args[0] === 'import') return importCommand(args.slice(1), io);
  return statusCommand(args, io);
}
