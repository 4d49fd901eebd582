import fs from 'node:fs';
import {
  INCIDENT_CATEGORIES,
  INCIDENT_STATUSES,
  SEVERITIES,
  type IncidentCsvExport,
  type IncidentSummary,
} from '../../../shared/domain/incidents';
import { dispatch } from '../../services/dispatch';
import { parse, requirePositional } from '../args';
import { cliWorkbench } from '../context';
import { EXIT, unwrap, UsageError, type CliIo } from '../io';
import { plural } from '../../../shared/words';

export const INCIDENTS_USAGE =
  'attest incidents <vault> [--from DATE] [--to DATE] [--status S,..] [--severity SEV1,..] [--category C,..] [--significant] [--json] | --csv [--out FILE]';

function listOption<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const bad = items.filter((v) => !(allowed as readonly string[]).includes(v));
  if (bad.length) throw new UsageError(`--${name} must be among ${allowed.join(', ')}; got ${bad.join(', ')}`);
  return items as T[];
}

/**
 * Lists incidents, or with --csv prints (or writes) the incident population of a period for the auditor.
 * Without dates, --csv covers the engagement's audit period.
 */
export async function incidentsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    from: { type: 'string' },
    to: { type: 'string' },
    status: { type: 'string' },
    severity: { type: 'string' },
    category: { type: 'string' },
    significant: { type: 'boolean' },
    csv: { type: 'boolean' },
    out: { type: 'string' },
    json: { type: 'boolean' },
  });
  const file = requirePositional(positionals, 0, 'vault path');
  if (values.out && !values.csv) throw new UsageError('--out goes with --csv');
  if (values.csv && values.json) throw new UsageError('Choose --csv or --json, not both');
  const range = { ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}) };
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: file }));
    if (values.csv) {
      if (values.status || values.severity || values.category || values.significant) {
        throw new UsageError('The CSV is the whole population of the period; filters go with the list');
      }
      const exported = unwrap(await dispatch(wb, 'incidents.exportCsv', range)) as IncidentCsvExport;
      if (values.out) {
        fs.writeFileSync(values.out, exported.csv);
        const span =
          exported.from || exported.to ? ` from ${exported.from ?? 'the start'} to ${exported.to ?? 'now'}` : '';
        io.out(`Wrote ${plural(exported.count, 'incident')}${span} to ${values.out}`);
      } else {
        // No BOM on a pipe; the trailing CRLF is the line io.out adds.
        io.out(exported.csv.replace(/^\uFEFF/, '').replace(/\r\n$/, ''));
      }
      return EXIT.ok;
    }
    const filter = {
      ...range,
      ...(values.status ? { status: listOption(values.status, INCIDENT_STATUSES, 'status') } : {}),
      ...(values.severity ? { severity: listOption(values.severity, SEVERITIES, 'severity') } : {}),
      ...(values.category ? { category: listOption(values.category, INCIDENT_CATEGORIES, 'category') } : {}),
      ...(values.significant ? { significantOnly: true } : {}),
    };
    const incidents = unwrap(await dispatch(wb, 'incidents.list', filter)) as IncidentSummary[];
    if (values.json) {
      io.out(JSON.stringify(incidents));
      return EXIT.ok;
    }
    for (const i of incidents) {
      const flags = [i.significant ? 'significant' : '', ...i.gaps].filter(Boolean).join('; ');
      io.out(
        `${i.ref}  ${i.occurredAt.slice(0, 16).replace('T', ' ')}  ${i.severity}  ${i.status.padEnd(9)}  ${i.category.padEnd(20)}  ${i.title}${flags ? `  [${flags}]` : ''}`,
      );
    }
    const open = incidents.filter((i) => i.status === 'open' || i.status === 'contained').length;
    io.out(`${plural(incidents.length, 'incident')}; ${open} open or contained`);
    return EXIT.ok;
  } finally {
    wb.closeVault();
  }
}
