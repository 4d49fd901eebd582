import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { parseCsv } from '../../../shared/csv';
import {
  DATE_FORMATS,
  describeProblem,
  guessMapping,
  type DateFormat,
  type ImportField,
  type ImportReport,
  type RowProblem,
} from '../../../shared/domain/csv-mapping';
import type { PopulationCsv } from '../../../shared/domain/people';
import { dispatch } from '../../services/dispatch';
import type { Workbench } from '../../services/workbench';
import { cliWorkbench } from '../context';
import { EXIT, unwrap, UsageError, type CliIo } from '../io';

/** The people and changes commands share how a vault is opened and a CSV file is read, mapped and reported. */

export async function withVault<T>(vaultPath: string, run: (wb: Workbench) => Promise<T>): Promise<T> {
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: vaultPath }));
    return await run(wb);
  } finally {
    wb.closeVault();
  }
}

export function readCsvFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError(
      'invalid_input',
      `Cannot read ${path.basename(file)}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`,
    );
  }
}

/**
 * The mapping: guessed from the file's header, with each `--map field=Header`
 * taking precedence, so a person only names the columns Attest cannot guess.
 */
export function mappingFor<K extends string>(
  csv: string,
  fields: readonly ImportField<K>[],
  maps: readonly string[] | undefined,
): Partial<Record<K, string>> {
  const header = parseCsv(csv).rows[0]?.cells.map((c) => c.trim()) ?? [];
  const mapping = guessMapping(header, fields);
  for (const entry of maps ?? []) {
    const at = entry.indexOf('=');
    const key = entry.slice(0, at) as K;
    if (at < 1 || !fields.some((f) => f.key === key)) {
      throw new UsageError(
        `--map takes field=Column with a field among ${fields.map((f) => f.key).join(', ')}; got "${entry}"`,
      );
    }
    mapping[key] = entry.slice(at + 1);
  }
  return mapping;
}

export function dateFormatOption(value: string | undefined): DateFormat {
  if (value === undefined) return 'YYYY-MM-DD';
  if (!(DATE_FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`--date-format must be one of ${DATE_FORMATS.join(', ')}`);
  }
  return value as DateFormat;
}

/**
 * Runs an import and prints its outcome; bad rows go to stderr one per line,
 * and the exit code says bad input.
 */
export async function runImport(
  io: CliIo,
  wb: Workbench,
  operation: 'people.import' | 'changes.import',
  input: { csv: string; mapping: Record<string, string> } & Record<string, unknown>,
  what: string,
  json: boolean,
): Promise<number> {
  const command = operation.replace('.', ' ');
  const result = await dispatch(wb, operation, input);
  const problems = result.ok ? undefined : (result.error.details as { problems?: RowProblem[] } | undefined)?.problems;
  if (!result.ok && !problems) unwrap(result);
  const outcome = result.ok
    ? { report: result.value as ImportReport }
    : { problems: problems!, message: result.error.message };
  return printImport(io, command, what, input.mapping, outcome, json);
}

function printImport(
  io: CliIo,
  command: string,
  what: string,
  mapping: Record<string, string>,
  outcome: { report: ImportReport } | { problems: RowProblem[]; message: string },
  json: boolean,
): number {
  if ('problems' in outcome) {
    if (json) io.out(JSON.stringify({ imported: false, problems: outcome.problems }));
    for (const p of outcome.problems) io.err(`attest ${command}: ${describeProblem(p)}`);
    io.err(`attest ${command}: ${outcome.message}`);
    return EXIT.usage;
  }
  const { report } = outcome;
  if (json) {
    io.out(JSON.stringify({ ...report, mapping }));
  } else {
    io.out(
      `Columns: ${Object.entries(mapping)
        .map(([k, v]) => `${k} ← "${v}"`)
        .join(', ')}`,
    );
    if (report.problems.length === 0) {
      const verb = report.dryRun ? 'would import' : 'imported';
      const updated = report.updated ? `, ${report.updated} updated` : '';
      io.out(`${report.rows} rows checked; ${verb} ${report.created} ${what}${updated}.`);
    }
  }
  if (report.problems.length) {
    for (const p of report.problems) io.err(`attest ${command}: ${describeProblem(p)}`);
    io.err(`attest ${command}: ${report.problems.length} problems; nothing would be imported`);
    return EXIT.usage;
  }
  // Rows that imported but an auditor would question: said on stderr, the import still succeeded.
  for (const w of report.warnings) io.err(`warning: line ${w.line}: ${w.message}`);
  return EXIT.ok;
}

/** Writes a population to --out (as is, with its BOM for Excel) or to stdout (without it). */
export function emitPopulation(
  io: CliIo,
  population: PopulationCsv,
  what: string,
  out: string | undefined,
  json: boolean,
) {
  if (out) {
    fs.writeFileSync(out, population.csv);
    if (json) io.out(JSON.stringify({ from: population.from, to: population.to, rows: population.rows, path: out }));
    else io.out(`Wrote ${population.rows} ${what} (${population.from} to ${population.to}) to ${out}`);
  } else if (json) {
    io.out(JSON.stringify(population));
  } else {
    io.out(population.csv.replace(/^\uFEFF/, '').replace(/\r\n$/, ''));
  }
  return EXIT.ok;
}
