import {
  PEOPLE_IMPORT_FIELDS,
  POPULATIONS,
  type PersonSummary,
  type PopulationCsv,
} from '../../../shared/domain/people';
import { dispatch } from '../../services/dispatch';
import { parse, requirePositional } from '../args';
import { EXIT, unwrap, UsageError, type CliIo } from '../io';
import { dateFormatOption, emitPopulation, mappingFor, readCsvFile, runImport, withVault } from './csv-io';

export const PEOPLE_USAGE =
  'attest people list <vault> [--json] | attest people import <vault> <file.csv> [--map field=Column ...] [--date-format YYYY-MM-DD|DD/MM/YYYY|MM/DD/YYYY] [--update] [--dry-run] [--json] | attest people population <vault> hires|terminations [--from DATE --to DATE] [--out FILE] [--json]';

async function listCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  return withVault(requirePositional(positionals, 0, 'vault path'), async (wb) => {
    const people = unwrap(await dispatch(wb, 'people.list', {})) as PersonSummary[];
    if (values.json) io.out(JSON.stringify(people));
    else {
      for (const p of people) {
        io.out(
          `${p.status.padEnd(8)}  ${p.startDate}  ${(p.endDate ?? '').padEnd(10)}  ${p.training.padEnd(14)}  ${p.name} <${p.email}>${p.role ? `, ${p.role}` : ''}`,
        );
      }
      io.out(`${people.length} people`);
    }
    return EXIT.ok;
  });
}

async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    map: { type: 'string', multiple: true },
    'date-format': { type: 'string' },
    update: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const vaultPath = requirePositional(positionals, 0, 'vault path');
  const file = requirePositional(positionals, 1, 'CSV file');
  const dateFormat = dateFormatOption(values['date-format']);
  const csv = readCsvFile(file);
  const mapping = mappingFor(csv, PEOPLE_IMPORT_FIELDS, values.map);
  return withVault(vaultPath, async (wb) => {
    const input = {
      csv,
      mapping,
      dateFormat,
      updateExisting: values.update ?? false,
      dryRun: values['dry-run'] ?? false,
    };
    return runImport(io, wb, 'people.import', input, 'people', !!values.json);
  });
}

async function populationCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    from: { type: 'string' },
    to: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
  });
  const vaultPath = requirePositional(positionals, 0, 'vault path');
  const population = requirePositional(positionals, 1, 'population (hires or terminations)');
  if (!(POPULATIONS as readonly string[]).includes(population)) {
    throw new UsageError(`Say hires or terminations, not "${population}"`);
  }
  return withVault(vaultPath, async (wb) => {
    const result = unwrap(
      await dispatch(wb, 'people.population', { population, from: values.from, to: values.to }),
    ) as PopulationCsv;
    return emitPopulation(io, result, population, values.out, !!values.json);
  });
}

export async function peopleCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list') return listCommand(rest, io);
  if (sub === 'import') return importCommand(rest, io);
  if (sub === 'population') return populationCommand(rest, io);
  throw new UsageError(sub ? `Unknown people command "${sub}"` : 'Say list, import or population');
}
