import type { ChangeSummary } from '../../../shared/domain/changes';
import { CHANGE_IMPORT_FIELDS } from '../../../shared/domain/changes';
import type { PopulationCsv } from '../../../shared/domain/people';
import { dispatch } from '../../services/dispatch';
import { parse, requirePositional } from '../args';
import { EXIT, unwrap, UsageError, type CliIo } from '../io';
import { dateFormatOption, emitPopulation, mappingFor, readCsvFile, runImport, withVault } from './csv-io';

export const CHANGES_USAGE =
  'attest changes list <vault> [--json] | attest changes import <vault> <file.csv> [--map field=Column ...] [--date-format YYYY-MM-DD|DD/MM/YYYY|MM/DD/YYYY] [--dry-run] [--json] | attest changes population <vault> [--from DATE --to DATE] [--out FILE] [--json]';

async function listCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  return withVault(requirePositional(positionals, 0, 'vault path'), async (wb) => {
    const changes = unwrap(await dispatch(wb, 'changes.list', {})) as ChangeSummary[];
    if (values.json) io.out(JSON.stringify(changes));
    else {
      for (const c of changes) {
        const flags = [
          c.approverIsAuthor ? 'SELF-APPROVED' : '',
          c.emergency ? 'emergency' : '',
          c.significant ? 'significant' : '',
        ]
          .filter(Boolean)
          .join(', ');
        io.out(
          `CHG-${String(c.id).padEnd(5)}  ${(c.deployedOn ?? 'not deployed').padEnd(12)}  ${c.ticketRef.padEnd(10)}  ${c.title} (by ${c.author}, approved by ${c.approver || 'nobody'})${flags ? ` [${flags}]` : ''}`,
        );
      }
      io.out(`${changes.length} production changes`);
    }
    return EXIT.ok;
  });
}

async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    map: { type: 'string', multiple: true },
    'date-format': { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const vaultPath = requirePositional(positionals, 0, 'vault path');
  const file = requirePositional(positionals, 1, 'CSV file');
  const dateFormat = dateFormatOption(values['date-format']);
  const csv = readCsvFile(file);
  const mapping = mappingFor(csv, CHANGE_IMPORT_FIELDS, values.map);
  return withVault(vaultPath, async (wb) => {
    const input = { csv, mapping, dateFormat, dryRun: values['dry-run'] ?? false };
    return runImport(io, wb, 'changes.import', input, 'changes', !!values.json);
  });
}

async function populationCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    from: { type: 'string' },
    to: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
  });
  return withVault(requirePositional(positionals, 0, 'vault path'), async (wb) => {
    const result = unwrap(
      await dispatch(wb, 'changes.population', { from: values.from, to: values.to }),
    ) as PopulationCsv;
    return emitPopulation(io, result, 'production changes', values.out, !!values.json);
  });
}

export async function changesCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list') return listCommand(rest, io);
  if (sub === 'import') return importCommand(rest, io);
  if (sub === 'population') return populationCommand(rest, io);
  throw new UsageError(sub ? `Unknown changes command "${sub}"` : 'Say list, import or population');
}
