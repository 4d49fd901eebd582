import type { z } from 'zod';
import { CHANGE_IMPORT_FIELDS, sameName, type changesImportSchema } from '../../shared/domain/changes';
import type { ImportReport, RowProblem, RowWarning } from '../../shared/domain/csv-mapping';
import type { PopulationCsv } from '../../shared/domain/people';
import * as q from '../vault/queries/changes';
import type { Vault } from '../vault/vault';
import { MAX_PROBLEMS, readMapped, refuseImport, RowReader } from './csv-import';
import { populationCsv, resolvePeriod } from './population';

type Input = z.output<typeof changesImportSchema>;
type Key = (typeof CHANGE_IMPORT_FIELDS)[number]['key'];

/**
 * Lower case as SQLite's lower() makes it (ASCII letters only), so a ticket in
 * the file is matched against the vault's tickets the same way the vault
 * matches them on create and update (queries/changes.ts).
 */
function sqliteLower(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/**
 * Imports production changes from a tracker export. Every row is checked
 * first; one bad row (a missing title or author, a bad date, a ticket that is
 * twice in the file or already in the vault) and nothing is written. Rows
 * approved by their own author import, flagged, and come back as warnings.
 */
export function importChanges(vault: Vault, input: Input): ImportReport {
  const { count, rows, problems } = readMapped(input.csv, CHANGE_IMPORT_FIELDS, input.mapping);
  const known = q.ticketIndex(vault.db);
  const seen = new Map<string, number>();
  // A bad header (then there are no rows) or rows whose cell count differs from the header's.
  const found: RowProblem[] = [...problems];
  const warnings: RowWarning[] = [];
  const changes: q.ChangeFields[] = [];
  for (const row of rows) {
    const r = new RowReader<Key>(row, CHANGE_IMPORT_FIELDS, input.mapping, input.dateFormat, found);
    const change: q.ChangeFields = {
      title: r.text('title', 200),
      description: r.text('description', 8000),
      ticketRef: r.text('ticketRef', 120),
      author: r.text('author', 160),
      reviewer: r.text('reviewer', 160),
      approver: r.text('approver', 160),
      testEvidence: r.text('testEvidence', 8000),
      deployedOn: r.date('deployedOn', false),
      emergency: r.flag('emergency'),
      significant: r.flag('significant'),
      significantDescription: r.text('significantDescription', 4000),
    };
    if (change.significant && change.significantDescription === '') {
      r.problem(
        input.mapping.significantDescription ? 'significantDescription' : 'significant',
        'A significant change needs a description of what changed',
      );
    }
    if (change.ticketRef !== '') {
      const key = sqliteLower(change.ticketRef);
      const earlier = seen.get(key);
      if (earlier !== undefined)
        r.problem('ticketRef', `Duplicate ticket ${change.ticketRef}: also on line ${earlier}`);
      else seen.set(key, row.line);
      if (known.has(key)) r.problem('ticketRef', `Ticket ${change.ticketRef} is already in the vault`);
    }
    // Imported all the same (a two-person team may have no one else), but said out loud, row by row.
    if (sameName(change.approver, change.author)) {
      warnings.push({
        line: row.line,
        message: `${change.ticketRef || `"${change.title}"`} was approved by its author, ${change.author}: an auditor expects someone else to approve a change`,
      });
    }
    changes.push(change);
  }
  if (found.length) return refuseImport(found, count, input.dryRun);

  const report: ImportReport = {
    dryRun: input.dryRun,
    rows: rows.length,
    created: changes.length,
    updated: 0,
    problems: [],
    warnings: warnings.slice(0, MAX_PROBLEMS),
  };
  if (input.dryRun) return report;
  return vault.write('changes.import', (tx) => {
    const insert = q.insertChange(vault.db);
    for (const c of changes) insert(c, tx.at);
    tx.audit(
      'change',
      'import',
      `Imported ${changes.length} production changes from CSV${warnings.length ? `; ${warnings.length} approved by their author` : ''}`,
    );
    return report;
  });
}

const HEADER = [
  'Change ID',
  'Title',
  'Ticket',
  'Author',
  'Reviewer',
  'Approver',
  'Approver is author',
  'Deployed on',
  'Emergency',
  'Significant',
  'Significant change description',
  'Test evidence',
  'Linked evidence items',
  'Controls',
];

/** The production changes deployed in the period: the CC8.1 population an auditor samples from. */
export function changesPopulation(vault: Vault, input: { from?: string; to?: string }): PopulationCsv {
  const period = resolvePeriod(vault, input);
  const rows = q.changesDeployedBetween(vault.db, period.from, period.to);
  const controls = q.controlsByChange(vault.db);
  const evidenceOf = q.evidenceIdsByChange(vault.db);
  const yesNo = (v: number) => (v ? 'yes' : 'no');
  const cells = rows.map((c) => [
    `CHG-${c.id}`,
    c.title,
    c.ticketRef,
    c.author,
    c.reviewer,
    c.approver,
    yesNo(c.approverIsAuthor),
    c.deployedOn,
    yesNo(c.emergency),
    yesNo(c.significant),
    c.significantDescription,
    c.testEvidence,
    (evidenceOf.get(c.id) ?? []).join(' '),
    (controls.get(c.id) ?? []).join(' '),
  ]);
  return populationCsv('production-changes', period, HEADER, cells);
}
