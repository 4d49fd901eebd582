import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/csv';
import type { ChangeDetail, ChangeSummary, Experiment } from '../../../shared/domain/changes';
import type { ImportReport } from '../../../shared/domain/csv-mapping';
import type { EvidenceItem } from '../../../shared/domain/evidence';
import type { PopulationCsv } from '../../../shared/domain/people';
import { dispatch } from '../../../electron/services/dispatch';
import { updateEngagement } from '../../../electron/services/engagement';
import { attachEvidence } from '../../../electron/services/evidence';
import { listControls } from '../../../electron/services/controls';
import { Workbench } from '../../../electron/services/workbench';
import { tempDir } from '../../helpers/tmp';
import { SAMPLE, tableCounts } from '../../helpers/vault';

function workbench(): Workbench {
  const dir = tempDir();
  const wb = new Workbench({
    recentFile: path.join(dir, 'recent.json'),
    vaultOptions: { now: () => new Date('2026-07-15T10:00:00Z') },
  });
  wb.createVault(path.join(dir, 'test.attest'), SAMPLE);
  updateEngagement(wb.requireVault(), {
    orgName: 'Acme AI',
    systemName: 'Acme Delivery Platform',
    reportType: 'type2',
    asOfDate: '',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
  });
  return wb;
}

async function call<T>(wb: Workbench, name: string, input: unknown): Promise<T> {
  const result = await dispatch(wb, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function failure(wb: Workbench, name: string, input: unknown) {
  const result = await dispatch(wb, name, input);
  if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
  return result.error;
}

async function evidenceItem(wb: Workbench, control: string): Promise<EvidenceItem> {
  const vault = wb.requireVault();
  const blob = await vault.blobs.put(
    (async function* () {
      yield Buffer.from('pytest: 412 passed');
    })(),
  );
  return attachEvidence(vault, {
    sha256: blob.sha256,
    fileName: 'ci-run.txt',
    mediaType: 'text/plain',
    source: 'manual',
    meta: {
      title: 'CI run for the retrieval change',
      description: '',
      type: 'log-extract',
      owner: '',
      controls: [control],
    },
  }).item;
}

const CHANGE = {
  title: 'Switch retrieval to the new embedding model',
  description: 'Re-index client corpora with the v3 embeddings.',
  ticketRef: 'ENG-412',
  author: 'Tomás Novak',
  reviewer: 'Aisha Rahman',
  approver: 'Daniel Reyes',
  testEvidence: 'Regression suite and retrieval evaluation passed',
  deployedOn: '2026-03-10',
};

describe('change records', () => {
  it('records a production change linked to controls and evidence, with no warning when duties are separate', async () => {
    const wb = workbench();
    const control = listControls(wb.requireVault()).find((c) => c.criteria.includes('CC8.1'))!;
    const item = await evidenceItem(wb, control.id);
    const created = await call<ChangeDetail>(wb, 'changes.create', {
      ...CHANGE,
      controls: [control.id],
      evidenceIds: [item.id],
    });
    expect(created).toMatchObject({
      ...CHANGE,
      approverIsAuthor: false,
      emergency: false,
      significant: false,
      tested: true,
      controls: [control.id],
      evidence: [{ id: item.id, title: 'CI run for the retrieval change' }],
      warnings: [],
    });
    expect(await call<ChangeSummary[]>(wb, 'changes.list', {})).toEqual([
      expect.objectContaining({ id: created.id, controls: [control.id], tested: true }),
    ]);
    wb.closeVault();
  });

  it('saves a change approved by its author but flags it in the data and warns', async () => {
    const wb = workbench();
    const created = await call<ChangeDetail>(wb, 'changes.create', { ...CHANGE, approver: ' tomás novak ' });
    expect(created.approverIsAuthor).toBe(true);
    expect(created.warnings).toContain(
      'The approver is the author: an auditor expects someone else to approve a change.',
    );
    const flag = wb
      .requireVault()
      .db.prepare('SELECT approver_is_author FROM change_record WHERE id = ?')
      .pluck()
      .get(created.id);
    expect(flag).toBe(1);
    const audit = wb
      .requireVault()
      .db.prepare("SELECT summary FROM audit_log WHERE operation = 'changes.create'")
      .pluck()
      .get();
    expect(audit).toBe(`Recorded change "${CHANGE.title}" (approved by its author)`);

    // Fixing the approver clears the flag.
    const fixed = await call<ChangeDetail>(wb, 'changes.update', { id: created.id, ...CHANGE });
    expect(fixed).toMatchObject({ approverIsAuthor: false, warnings: [] });
    wb.closeVault();
  });

  it('needs a description for a significant change, and refuses unknown controls or evidence without writing', async () => {
    const wb = workbench();
    const before = tableCounts(wb.requireVault());
    expect(await failure(wb, 'changes.create', { ...CHANGE, significant: true })).toMatchObject({
      code: 'invalid_input',
      message: 'significantDescription: Describe the significant change: it goes into the system description',
    });
    expect(await failure(wb, 'changes.create', { ...CHANGE, controls: ['ZZ-99'] })).toMatchObject({
      code: 'not_found',
    });
    expect(await failure(wb, 'changes.create', { ...CHANGE, evidenceIds: [4242] })).toMatchObject({
      code: 'not_found',
      message: 'No evidence item 4242 in this vault',
    });
    expect(await failure(wb, 'changes.create', { ...CHANGE, author: '  ' })).toMatchObject({
      message: 'author: Author is required',
    });
    expect(tableCounts(wb.requireVault())).toEqual(before);
    wb.closeVault();
  });

  it('imports changes from a tracker export and exports the population of the period', async () => {
    const wb = workbench();
    const csv = [
      'Key,Summary,Created by,Approved by,Deployed,Hotfix,Significant change,Significance',
      'ENG-1,Add prompt-injection filter,Tomás Novak,Daniel Reyes,2026-02-03,no,yes,New input filter in front of every model call',
      'ENG-2,Rotate API keys,Daniel Reyes,Daniel Reyes,2026-04-20,yes,,',
      'ENG-3,Upgrade vector store,Aisha Rahman,Daniel Reyes,2026-07-02,,,',
      'ENG-4,=cmd|calc,Aisha Rahman,Daniel Reyes,2026-06-30,,,',
    ].join('\r\n');
    const mapping = {
      ticketRef: 'Key',
      title: 'Summary',
      author: 'Created by',
      approver: 'Approved by',
      deployedOn: 'Deployed',
      emergency: 'Hotfix',
      significant: 'Significant change',
      significantDescription: 'Significance',
    };
    const selfApproval = {
      line: 3,
      message: 'ENG-2 was approved by its author, Daniel Reyes: an auditor expects someone else to approve a change',
    };
    // The check and the import both name the self-approved row; it still imports.
    expect(await call<ImportReport>(wb, 'changes.import', { csv, mapping, dryRun: true })).toMatchObject({
      created: 4,
      problems: [],
      warnings: [selfApproval],
    });
    expect(await call<ImportReport>(wb, 'changes.import', { csv, mapping })).toMatchObject({
      created: 4,
      problems: [],
      warnings: [selfApproval],
    });
    expect(
      wb.requireVault().db.prepare("SELECT summary FROM audit_log WHERE operation = 'changes.import'").pluck().get(),
    ).toBe('Imported 4 production changes from CSV; 1 approved by their author');
    const list = await call<ChangeSummary[]>(wb, 'changes.list', {});
    expect(list.map((c) => c.ticketRef)).toEqual(['ENG-3', 'ENG-4', 'ENG-2', 'ENG-1']);
    expect(list.find((c) => c.ticketRef === 'ENG-2')).toMatchObject({ emergency: true, approverIsAuthor: true });

    const population = await call<PopulationCsv>(wb, 'changes.population', {});
    expect(population).toMatchObject({ from: '2026-01-01', to: '2026-06-30', rows: 3 });
    const rows = parseCsv(population.csv).rows.map((r) => r.cells);
    expect(rows[0]!.slice(0, 11)).toEqual([
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
    ]);
    expect(rows.slice(1).map((r) => [r[2], r[1], r[6], r[7], r[8], r[9]])).toEqual([
      ['ENG-1', 'Add prompt-injection filter', 'no', '2026-02-03', 'no', 'yes'],
      ['ENG-2', 'Rotate API keys', 'yes', '2026-04-20', 'yes', 'no'],
      ['ENG-4', "'=cmd|calc", 'no', '2026-06-30', 'no', 'no'],
    ]);
    wb.closeVault();
  });

  it('matches a ticket in an import the way the vault matches it on create', async () => {
    const wb = workbench();
    await call(wb, 'changes.create', { ...CHANGE, ticketRef: 'ÉQUIPE-7' });
    const mapping = { ticketRef: 'Ticket', title: 'Title', author: 'Author', deployedOn: 'Deployed on' };
    const row = (ticket: string) => `Ticket,Title,Author,Deployed on\n${ticket},Imported,Tomás Novak,2026-02-01`;
    // A different case of ASCII letters is the same ticket for both.
    const again = await failure(wb, 'changes.import', { csv: row('Équipe-7'), mapping });
    expect(again.message).toContain('Ticket Équipe-7 is already in the vault');
    expect((await failure(wb, 'changes.create', { ...CHANGE, ticketRef: 'Équipe-7' })).code).toBe('conflict');
    // Whatever the vault accepts on create, the import accepts too (checked first, as a dry run, writing nothing).
    const other = 'équipe-7';
    const imported = await dispatch(wb, 'changes.import', { csv: row(other), mapping, dryRun: true });
    const created = await dispatch(wb, 'changes.create', { ...CHANGE, ticketRef: other });
    expect(imported.ok).toBe(created.ok);
    wb.closeVault();
  });

  it('reports bad change rows by line and imports none of them', async () => {
    const wb = workbench();
    await call(wb, 'changes.create', { ...CHANGE, ticketRef: 'ENG-9' });
    const before = tableCounts(wb.requireVault());
    const csv = [
      'Ticket,Title,Author,Deployed on,Emergency,Significant',
      'ENG-10,Fine,Tomás Novak,2026-02-01,no,no',
      'ENG-11,No author,,2026-02-01,no,no',
      'ENG-12,Bad date,Tomás Novak,31/02/2026,no,no',
      'ENG-10,Same ticket,Tomás Novak,2026-02-01,no,no',
      'ENG-9,Already there,Tomás Novak,2026-02-01,maybe,no',
      'ENG-13,Significant without words,Tomás Novak,2026-02-01,no,yes',
    ].join('\n');
    const mapping = {
      ticketRef: 'Ticket',
      title: 'Title',
      author: 'Author',
      deployedOn: 'Deployed on',
      emergency: 'Emergency',
      significant: 'Significant',
    };
    const error = await failure(wb, 'changes.import', { csv, mapping });
    expect(error.code).toBe('invalid_input');
    const problems = (error.details as { problems: { line: number; column: string; message: string }[] }).problems;
    expect(problems.map((p) => `${p.line} ${p.column}: ${p.message}`)).toEqual([
      '3 Author: Author is empty',
      '4 Deployed on: "31/02/2026" is not a date in the form YYYY-MM-DD',
      '5 Ticket: Duplicate ticket ENG-10: also on line 2',
      '6 Emergency: "maybe" is not yes or no',
      '6 Ticket: Ticket ENG-9 is already in the vault',
      '7 Significant: A significant change needs a description of what changed',
    ]);
    expect(tableCounts(wb.requireVault())).toEqual(before);
    wb.closeVault();
  });

  it('refuses change rows whose cell count differs from the header, by line, and imports none', async () => {
    const wb = workbench();
    const before = tableCounts(wb.requireVault());
    const csv = [
      'Ticket,Title,Author,Deployed on,Emergency,Significant',
      'ENG-10,Fine,Tomás Novak,2026-02-01,no,no',
      '',
      // An unquoted comma in the title: the author lands under "Deployed on", and so on.
      'ENG-11,Retry, then fail,Tomás Novak,2026-02-01,no,no',
      'ENG-12,Missing cells,Tomás Novak',
      'ENG-13,Bad flag,Tomás Novak,2026-02-01,maybe,no',
      '',
    ].join('\r\n');
    const mapping = {
      ticketRef: 'Ticket',
      title: 'Title',
      author: 'Author',
      deployedOn: 'Deployed on',
      emergency: 'Emergency',
      significant: 'Significant',
    };
    const dry = await call<ImportReport>(wb, 'changes.import', { csv, mapping, dryRun: true });
    expect(dry).toMatchObject({ rows: 4, created: 0 });
    expect(dry.problems).toEqual([
      { line: 4, column: null, message: '7 cells, but the header has 6 columns' },
      { line: 5, column: null, message: '3 cells, but the header has 6 columns' },
      { line: 6, column: 'Emergency', message: '"maybe" is not yes or no' },
    ]);
    const error = await failure(wb, 'changes.import', { csv, mapping });
    expect(error).toMatchObject({
      code: 'invalid_input',
      message:
        'Nothing was imported: 3 problems in the file. First, line 4: 7 cells, but the header has 6 columns (and 2 more)',
      details: { problems: dry.problems },
    });
    expect(tableCounts(wb.requireVault())).toEqual(before);
    expect(await call<ChangeSummary[]>(wb, 'changes.list', {})).toEqual([]);
    wb.closeVault();
  });

  it('refuses a control listed twice on a change, naming the field, and writes nothing', async () => {
    const wb = workbench();
    const [control] = listControls(wb.requireVault()).map((c) => c.id);
    const before = tableCounts(wb.requireVault());
    const twice = { ...CHANGE, controls: [control!, control!] };
    expect(await failure(wb, 'changes.create', twice)).toMatchObject({
      code: 'invalid_input',
      message: 'controls: A control is listed twice',
    });
    expect(tableCounts(wb.requireVault())).toEqual(before);
    expect(await call<ChangeSummary[]>(wb, 'changes.list', {})).toEqual([]);

    // On update too: the change keeps its one link.
    const created = await call<ChangeDetail>(wb, 'changes.create', { ...CHANGE, controls: [control!] });
    const saved = tableCounts(wb.requireVault());
    expect(await failure(wb, 'changes.update', { id: created.id, ...twice })).toMatchObject({
      code: 'invalid_input',
      message: 'controls: A control is listed twice',
    });
    expect(tableCounts(wb.requireVault())).toEqual(saved);
    expect(await call<ChangeDetail>(wb, 'changes.get', { id: created.id })).toMatchObject({ controls: [control] });
    wb.closeVault();
  });

  it('refuses an evidence item listed twice on a change, naming the field, and writes nothing', async () => {
    const wb = workbench();
    const control = listControls(wb.requireVault()).find((c) => c.criteria.includes('CC8.1'))!;
    const item = await evidenceItem(wb, control.id);
    const before = tableCounts(wb.requireVault());
    const twice = { ...CHANGE, evidenceIds: [item.id, item.id] };
    expect(await failure(wb, 'changes.create', twice)).toMatchObject({
      code: 'invalid_input',
      message: 'evidenceIds: An evidence item is listed twice',
      details: { issues: [{ path: 'evidenceIds', message: 'An evidence item is listed twice' }] },
    });
    expect(tableCounts(wb.requireVault())).toEqual(before);
    expect(await call<ChangeSummary[]>(wb, 'changes.list', {})).toEqual([]);

    // On update too: the change keeps its one link.
    const created = await call<ChangeDetail>(wb, 'changes.create', { ...CHANGE, evidenceIds: [item.id] });
    const saved = tableCounts(wb.requireVault());
    expect(await failure(wb, 'changes.update', { id: created.id, ...twice })).toMatchObject({
      code: 'invalid_input',
      message: 'evidenceIds: An evidence item is listed twice',
    });
    expect(tableCounts(wb.requireVault())).toEqual(saved);
    expect((await call<ChangeDetail>(wb, 'changes.get', { id: created.id })).evidence).toEqual([
      expect.objectContaining({ id: item.id }),
    ]);
    wb.closeVault();
  });

  it('refuses a ticket already on another change, on create and on update, naming both', async () => {
    const wb = workbench();
    const first = await call<ChangeDetail>(wb, 'changes.create', CHANGE);
    const second = await call<ChangeDetail>(wb, 'changes.create', {
      ...CHANGE,
      title: 'Raise timeout',
      ticketRef: 'ENG-500',
    });
    const before = tableCounts(wb.requireVault());
    const expected = {
      code: 'conflict',
      message: `Ticket eng-412 is already on CHG-${first.id} "${CHANGE.title}"`,
      details: { issues: [{ path: 'ticketRef', message: `Already on CHG-${first.id} "${CHANGE.title}"` }] },
    };
    expect(await failure(wb, 'changes.create', { ...CHANGE, title: 'Other', ticketRef: 'eng-412' })).toEqual(expected);
    expect(
      await failure(wb, 'changes.update', { ...CHANGE, id: second.id, title: 'Raise timeout', ticketRef: 'eng-412' }),
    ).toEqual(expected);
    expect(tableCounts(wb.requireVault())).toEqual(before);
    expect((await call<ChangeDetail>(wb, 'changes.get', { id: second.id })).ticketRef).toBe('ENG-500');

    // A change keeps its own ticket when saved again, and changes without a ticket do not clash.
    expect((await call<ChangeDetail>(wb, 'changes.update', { ...CHANGE, id: first.id, title: 'Renamed' })).title).toBe(
      'Renamed',
    );
    await call(wb, 'changes.create', { ...CHANGE, ticketRef: '' });
    await call(wb, 'changes.create', { ...CHANGE, ticketRef: '' });
    expect(await call<ChangeSummary[]>(wb, 'changes.list', {})).toHaveLength(4);
    wb.closeVault();
  });

  it('deletes a production change only with a reason, kept in the audit trail', async () => {
    const wb = workbench();
    const change = await call<ChangeDetail>(wb, 'changes.create', CHANGE);
    const before = tableCounts(wb.requireVault());
    const noReason = await failure(wb, 'changes.remove', { id: change.id });
    expect(noReason.code).toBe('invalid_input');
    expect(noReason.message).toMatch(/^reason: /);
    expect(await failure(wb, 'changes.remove', { id: change.id, reason: '   ' })).toMatchObject({
      code: 'invalid_input',
      message: 'reason: A reason for deleting the change is required',
    });
    expect(tableCounts(wb.requireVault())).toEqual(before);
    expect((await call<ChangeDetail>(wb, 'changes.get', { id: change.id })).title).toBe(CHANGE.title);

    await call(wb, 'changes.remove', { id: change.id, reason: ' Recorded twice; the same change as ENG-411 ' });
    expect(await call<ChangeSummary[]>(wb, 'changes.list', {})).toEqual([]);
    expect(
      wb.requireVault().db.prepare("SELECT summary FROM audit_log WHERE operation = 'changes.remove'").pluck().get(),
    ).toBe(
      `Deleted change "${CHANGE.title}" (ENG-412), deployed 2026-03-10: Recorded twice; the same change as ENG-411`,
    );
    expect(await failure(wb, 'changes.remove', { id: change.id, reason: 'Again' })).toMatchObject({
      code: 'not_found',
    });
    wb.closeVault();
  });

  it('keeps a light experiment log', async () => {
    const wb = workbench();
    const e = await call<Experiment>(wb, 'changes.addExperiment', {
      what: 'Tried a smaller reranker on the legal corpus',
      who: 'Aisha Rahman',
      trackedIn: 'MLflow run 1187',
      occurredOn: '2026-02-14',
    });
    await call(wb, 'changes.addExperiment', { what: 'Prompt variant B', who: 'Tomás Novak', occurredOn: '2026-03-01' });
    const updated = await call<Experiment>(wb, 'changes.updateExperiment', {
      id: e.id,
      what: e.what,
      who: e.who,
      occurredOn: e.occurredOn,
      trackedIn: 'MLflow run 1188',
    });
    expect(updated.trackedIn).toBe('MLflow run 1188');
    expect((await call<Experiment[]>(wb, 'changes.experiments', {})).map((x) => x.what)).toEqual([
      'Prompt variant B',
      'Tried a smaller reranker on the legal corpus',
    ]);
    expect(await failure(wb, 'changes.addExperiment', { what: 'x', who: 'y', occurredOn: '2026-02-30' })).toMatchObject(
      {
        message: 'occurredOn: This date does not exist on the calendar',
      },
    );
    await call(wb, 'changes.removeExperiment', { id: e.id });
    expect(await call<Experiment[]>(wb, 'changes.experiments', {})).toHaveLength(1);
    wb.closeVault();
  });
});
