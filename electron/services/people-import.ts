import type { z } from 'zod';
import type { ImportReport, RowProblem } from '../../shared/domain/csv-mapping';
import {
  PEOPLE_IMPORT_FIELDS,
  personFieldsShape,
  type PeoplePopulation,
  type PopulationCsv,
  type peopleImportSchema,
} from '../../shared/domain/people';
import * as q from '../vault/queries/people';
import type { Vault } from '../vault/vault';
import { readMapped, refuseImport, RowReader } from './csv-import';
import { populationCsv, resolvePeriod } from './population';

type Input = z.output<typeof peopleImportSchema>;
type Key = (typeof PEOPLE_IMPORT_FIELDS)[number]['key'];

interface Candidate {
  line: number;
  existing: number | undefined;
  fields: Partial<q.PersonFields> & Pick<q.PersonFields, 'name' | 'email' | 'startDate'>;
}

/**
 * Imports people from an HR export. Every row is checked first (required
 * cells, dates, email form, duplicates in the file and in the vault); a
 * single problem means nothing is written, so a half-imported list never
 * reaches the auditor.
 */
export function importPeople(vault: Vault, input: Input): ImportReport {
  const { count, rows, problems } = readMapped(input.csv, PEOPLE_IMPORT_FIELDS, input.mapping);
  const known = q.emailIndex(vault.db);
  const seen = new Map<string, number>();
  const candidates: Candidate[] = [];
  // A bad header (then there are no rows) or rows whose cell count differs from the header's.
  const found: RowProblem[] = [...problems];
  for (const row of rows) {
    const r = new RowReader<Key>(row, PEOPLE_IMPORT_FIELDS, input.mapping, input.dateFormat, found);
    const name = r.text('name', 160);
    const rawEmail = r.text('email', 254);
    const role = r.text('role', 120);
    const startDate = r.date('startDate', true);
    const endDate = r.date('endDate', false);
    const backgroundCheckDate = r.date('backgroundCheckDate', false);
    if (startDate && endDate && endDate < startDate) r.problem('endDate', 'The end date is before the start date');
    let email = rawEmail;
    if (rawEmail !== '') {
      const parsed = personFieldsShape.email.safeParse(rawEmail);
      if (!parsed.success) r.problem('email', `"${rawEmail}" is not an email address`);
      else email = parsed.data;
      const key = email.toLowerCase();
      const earlier = seen.get(key);
      if (earlier !== undefined) r.problem('email', `Duplicate email ${email}: also on line ${earlier}`);
      else seen.set(key, row.line);
      if (known.has(key) && !input.updateExisting) {
        r.problem('email', `${email} is already in the vault; choose to update existing people to change them`);
      }
    }
    if (!startDate) continue;
    const fields: Candidate['fields'] = { name, email, startDate };
    // Only mapped columns change an existing person: an export without roles keeps the roles on record.
    if (input.mapping.role) fields.role = role;
    if (input.mapping.endDate) fields.endDate = endDate;
    if (input.mapping.backgroundCheckDate) fields.backgroundCheckDate = backgroundCheckDate;
    const existing = input.updateExisting ? known.get(email.toLowerCase()) : undefined;
    if (existing !== undefined && !input.mapping.endDate) {
      // The end date on record stays: the file's start date must not come after it.
      const kept = q.getPersonRow(vault.db, existing)!.endDate;
      if (kept !== null && kept < startDate) {
        r.problem(
          'startDate',
          `The start date ${startDate} is after ${email}'s end date on record (${kept}); add an end date column or correct the start date`,
        );
      }
    }
    candidates.push({ line: row.line, existing, fields });
  }
  if (found.length) return refuseImport(found, count, input.dryRun);

  const updated = candidates.filter((c) => c.existing !== undefined).length;
  const report = {
    dryRun: input.dryRun,
    rows: rows.length,
    created: candidates.length - updated,
    updated,
    problems: [],
    warnings: [],
  };
  if (input.dryRun) return report;
  return vault.write('people.import', (tx) => {
    for (const c of candidates) {
      if (c.existing === undefined) {
        q.insertPerson(vault.db, { role: '', endDate: null, backgroundCheckDate: null, notes: '', ...c.fields }, tx.at);
      } else {
        const before = q.getPersonRow(vault.db, c.existing)!;
        q.updatePerson(vault.db, c.existing, { ...before, ...c.fields }, tx.at);
      }
    }
    tx.audit(
      'person',
      'import',
      `Imported ${rows.length} people from CSV: ${report.created} added, ${report.updated} updated`,
    );
    return report;
  });
}

const HEADERS: Record<PeoplePopulation, string[]> = {
  hires: ['Name', 'Email', 'Role', 'Start date', 'Background check date', 'End date'],
  terminations: ['Name', 'Email', 'Role', 'Start date', 'End date'],
};

/** People who joined, or left, during the period: the populations an auditor samples for CC1.4 and CC6.2/CC6.3. */
export function peoplePopulation(
  vault: Vault,
  input: { population: PeoplePopulation; from?: string; to?: string },
): PopulationCsv {
  const period = resolvePeriod(vault, input);
  const rows = q.populationRows(vault.db, input.population, period.from, period.to);
  const cells = rows.map((p) =>
    input.population === 'hires'
      ? [p.name, p.email, p.role, p.startDate, p.backgroundCheckDate, p.endDate]
      : [p.name, p.email, p.role, p.startDate, p.endDate],
  );
  return populationCsv(input.population, period, HEADERS[input.population], cells);
}
