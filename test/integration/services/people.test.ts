import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/csv';
import type { ImportReport } from '../../../shared/domain/csv-mapping';
import type { PersonDetail, PersonSummary, PopulationCsv } from '../../../shared/domain/people';
import type { PolicyDetail } from '../../../shared/domain/policies';
import { demoPeopleChanges } from '../../../electron/services/demo-data/people-changes';
import { dispatch } from '../../../electron/services/dispatch';
import { updateEngagement } from '../../../electron/services/engagement';
import { Workbench } from '../../../electron/services/workbench';
import { tempDir } from '../../helpers/tmp';
import { SAMPLE, tableCounts } from '../../helpers/vault';

const TODAY = '2026-07-15';

/** A real vault whose clock says mid-July 2026, with a January–June Type II period. */
function workbench(): Workbench {
  const dir = tempDir();
  const wb = new Workbench({
    recentFile: path.join(dir, 'recent.json'),
    vaultOptions: { now: () => new Date(`${TODAY}T10:00:00Z`) },
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

const ADA = {
  name: 'Ada Lovelace',
  email: 'ada@acme.test',
  role: 'ML engineer',
  startDate: '2025-03-01',
  backgroundCheckDate: '2025-02-20',
};

async function approvedPolicy(wb: Workbench, templateId = 'access-control'): Promise<PolicyDetail> {
  const created = await call<PolicyDetail>(wb, 'policies.createFromTemplate', { templateId });
  await call(wb, 'policies.submitForReview', { id: created.id });
  return call<PolicyDetail>(wb, 'policies.approve', {
    id: created.id,
    approverName: 'Maya Okafor',
    approverTitle: 'CEO',
    approvedOn: '2026-01-10',
    note: '',
  });
}

const MAPPING = { name: 'Full name', email: 'Work email', role: 'Title', startDate: 'Hire date', endDate: 'Left on' };

describe('people', () => {
  it('adds a person, refuses a second person with the same email in any case, and changes nothing', async () => {
    const wb = workbench();
    const ada = await call<PersonDetail>(wb, 'people.create', ADA);
    expect(ada).toMatchObject({ ...ADA, endDate: null, status: 'active', training: 'never' });
    const before = tableCounts(wb.requireVault());
    const clash = await failure(wb, 'people.create', { ...ADA, name: 'Someone else', email: 'ADA@Acme.test' });
    expect(clash.code).toBe('conflict');
    expect(clash.message).toContain('Ada Lovelace');
    const badDates = await failure(wb, 'people.create', { ...ADA, email: 'b@acme.test', endDate: '2025-01-01' });
    expect(badDates).toMatchObject({
      code: 'invalid_input',
      message: 'endDate: The end date must not be before the start date',
    });
    const badEmail = await failure(wb, 'people.create', { ...ADA, email: 'not an email' });
    expect(badEmail.message).toMatch(/^email: /);
    expect(tableCounts(wb.requireVault())).toEqual(before);
    wb.closeVault();
  });

  it('derives training state from the last completion: trained within 12 months, lapsed, or never', async () => {
    const wb = workbench();
    const ada = await call<PersonDetail>(wb, 'people.create', ADA);
    const bo = await call<PersonDetail>(wb, 'people.create', { ...ADA, name: 'Bo', email: 'bo@acme.test' });
    const cy = await call<PersonDetail>(wb, 'people.create', { ...ADA, name: 'Cy', email: 'cy@acme.test' });
    await call(wb, 'people.addTraining', {
      personIds: [ada.id, bo.id],
      course: 'Security awareness 2025',
      completedOn: '2025-06-01',
    });
    await call(wb, 'people.addTraining', {
      personIds: [ada.id],
      course: 'Security awareness 2026',
      completedOn: '2026-05-02',
    });
    const list = await call<PersonSummary[]>(wb, 'people.list', {});
    const byName = Object.fromEntries(list.map((p) => [p.name, p]));
    expect(byName['Ada Lovelace']).toMatchObject({
      training: 'current',
      lastTraining: '2026-05-02',
      trainingDue: '2027-05-02',
    });
    expect(byName['Bo']).toMatchObject({ training: 'expired', lastTraining: '2025-06-01' });
    expect(byName['Cy']).toMatchObject({ training: 'never', lastTraining: null });

    // Someone who left no longer needs training.
    await call(wb, 'people.update', { id: cy.id, ...ADA, name: 'Cy', email: 'cy@acme.test', endDate: '2026-04-30' });
    expect((await call<PersonDetail>(wb, 'people.get', { id: cy.id })).training).toBe('not-applicable');

    const detail = await call<PersonDetail>(wb, 'people.get', { id: ada.id });
    expect(detail.trainingRecords.map((t) => t.course)).toEqual(['Security awareness 2026', 'Security awareness 2025']);
    await call(wb, 'people.removeTraining', { id: detail.trainingRecords[0]!.id });
    expect((await call<PersonDetail>(wb, 'people.get', { id: ada.id })).training).toBe('expired');
    expect(
      await failure(wb, 'people.addTraining', { personIds: [999], course: 'X', completedOn: '2026-01-01' }),
    ).toMatchObject({
      code: 'not_found',
    });
    wb.closeVault();
  });

  it('records acknowledgements of approved policy versions, and asks again when a new version is approved', async () => {
    const wb = workbench();
    const ada = await call<PersonDetail>(wb, 'people.create', ADA);
    const policy = await approvedPolicy(wb);
    const draft = await call<PolicyDetail>(wb, 'policies.createFromTemplate', { templateId: 'code-of-conduct' });

    expect((await call<PersonDetail>(wb, 'people.get', { id: ada.id })).unacknowledged).toEqual([
      { policyId: policy.id, title: policy.title, version: '1.0' },
    ]);
    const refused = await failure(wb, 'people.acknowledge', {
      personIds: [ada.id],
      policyId: draft.id,
      acknowledgedOn: '2026-02-01',
    });
    expect(refused.message).toContain('no approved version');
    // Not yet read: a date ahead of today is refused, naming the field, and nothing is recorded.
    const before = tableCounts(wb.requireVault());
    const ahead = await failure(wb, 'people.acknowledge', {
      personIds: [ada.id],
      policyId: policy.id,
      acknowledgedOn: '2026-07-17',
    });
    expect(ahead).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'acknowledgedOn' }] } });
    expect(ahead.message).toMatch(/^acknowledgedOn: The acknowledgement date is in the future/);
    // Nor before the version was approved (on 2026-01-10).
    const early = await failure(wb, 'people.acknowledge', {
      personIds: [ada.id],
      policyId: policy.id,
      acknowledgedOn: '2026-01-09',
    });
    expect(early).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'acknowledgedOn' }] } });
    expect(early.message).toBe(
      `acknowledgedOn: Version 1.0 of "${policy.title}" was approved on 2026-01-10; an acknowledgement cannot be dated before that`,
    );
    expect(tableCounts(wb.requireVault())).toEqual(before);

    await call(wb, 'people.acknowledge', { personIds: [ada.id], policyId: policy.id, acknowledgedOn: '2026-02-01' });
    let detail = await call<PersonDetail>(wb, 'people.get', { id: ada.id });
    expect(detail).toMatchObject({ acknowledged: 1, policiesLive: 1, unacknowledged: [] });
    expect(detail.acknowledgements[0]).toMatchObject({ version: '1.0', acknowledgedOn: '2026-02-01', current: true });

    // Version 1.1 is approved: the 1.0 acknowledgement stays on record but no longer counts.
    await call(wb, 'policies.saveDraft', { id: policy.id, body: `${policy.versions[0]!.body}\n\nOne more rule.` });
    await call(wb, 'policies.submitForReview', { id: policy.id });
    await call(wb, 'policies.approve', {
      id: policy.id,
      approverName: 'Maya Okafor',
      approverTitle: 'CEO',
      approvedOn: '2026-03-01',
      note: '',
    });
    detail = await call<PersonDetail>(wb, 'people.get', { id: ada.id });
    expect(detail).toMatchObject({ acknowledged: 0, unacknowledged: [{ version: '1.1' }] });
    expect(detail.acknowledgements[0]).toMatchObject({ version: '1.0', current: false });
    wb.closeVault();
  });

  it('imports people through a column mapping: semicolons, quotes, a BOM and DD/MM/YYYY dates', async () => {
    const wb = workbench();
    const csv =
      '\uFEFFFull name;Work email;Title;Hire date;Left on;Ignored\r\n' +
      '"Novak, Tomás";tomas@acme.test;Engineering Lead;01/02/2024;;x\r\n' +
      '\r\n' +
      'Grace Whitfield;GRACE@acme.test;"Compliance ""Owner""";15/03/2026;30/06/2026;y\r\n';
    const dry = await call<ImportReport>(wb, 'people.import', {
      csv,
      mapping: MAPPING,
      dateFormat: 'DD/MM/YYYY',
      dryRun: true,
    });
    expect(dry).toEqual({ dryRun: true, rows: 2, created: 2, updated: 0, problems: [], warnings: [] });
    expect(await call<PersonSummary[]>(wb, 'people.list', {})).toEqual([]);

    const done = await call<ImportReport>(wb, 'people.import', { csv, mapping: MAPPING, dateFormat: 'DD/MM/YYYY' });
    expect(done).toMatchObject({ dryRun: false, created: 2 });
    const people = await call<PersonSummary[]>(wb, 'people.list', {});
    expect(people.map((p) => [p.name, p.email, p.role, p.startDate, p.endDate, p.status])).toEqual([
      ['Grace Whitfield', 'GRACE@acme.test', 'Compliance "Owner"', '2026-03-15', '2026-06-30', 'left'],
      ['Novak, Tomás', 'tomas@acme.test', 'Engineering Lead', '2024-02-01', null, 'active'],
    ]);
    wb.closeVault();
  });

  it('reports every bad row by its line (missing cell, bad date, duplicate email) and imports nothing', async () => {
    const wb = workbench();
    await call(wb, 'people.create', { ...ADA, email: 'ada@acme.test' });
    const before = tableCounts(wb.requireVault());
    const csv = [
      'Full name,Work email,Title,Hire date,Left on',
      'Good Person,good@acme.test,Engineer,2026-01-05,',
      ',noname@acme.test,Engineer,2026-01-05,',
      'Bad Date,bad@acme.test,Engineer,2026-02-30,',
      'Twice,good@ACME.test,Engineer,2026-01-05,',
      'Already,ada@acme.test,Engineer,2026-01-05,',
      'Leaves Early,early@acme.test,Engineer,2026-03-01,2026-02-01',
    ].join('\n');
    const dry = await call<ImportReport>(wb, 'people.import', { csv, mapping: MAPPING, dryRun: true });
    expect(dry.problems.map((p) => [p.line, p.column])).toEqual([
      [3, 'Full name'],
      [4, 'Hire date'],
      [5, 'Work email'],
      [6, 'Work email'],
      [7, 'Left on'],
    ]);
    expect(dry.problems[2]!.message).toBe('Duplicate email good@ACME.test: also on line 2');
    expect(dry.problems[1]!.message).toBe('"2026-02-30" is not a date in the form YYYY-MM-DD');

    const error = await failure(wb, 'people.import', { csv, mapping: MAPPING });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^Nothing was imported: 5 problems in the file\. First, line 3, column "Full name"/);
    expect((error.details as { problems: unknown[] }).problems).toHaveLength(5);
    expect(tableCounts(wb.requireVault())).toEqual(before);

    // A mapping to a column the file does not have is named before any row is read.
    const missing = await call<ImportReport>(wb, 'people.import', {
      csv,
      mapping: { ...MAPPING, startDate: 'Start' },
      dryRun: true,
    });
    expect(missing.problems).toEqual([
      { line: 1, column: 'Start', message: 'The file has no column "Start" (for Start date)' },
    ]);
    const unmapped = await call<ImportReport>(wb, 'people.import', {
      csv,
      mapping: { name: 'Full name' },
      dryRun: true,
    });
    expect(unmapped.problems.map((p) => p.message)).toEqual([
      'No column is chosen for Email',
      'No column is chosen for Start date',
    ]);
    wb.closeVault();
  });

  it('refuses a row whose cell count differs from the header, by its line, skipping blank lines; imports nothing', async () => {
    const wb = workbench();
    await call(wb, 'people.create', ADA);
    const before = tableCounts(wb.requireVault());
    const csv = [
      'Full name,Work email,Title,Hire date,Left on',
      'Good Person,good@acme.test,Engineer,2026-01-05,',
      '',
      // An unquoted comma in the name shifts every later cell one column to the right.
      'Novak, Tomás,tomas@acme.test,Engineer,2026-01-05,',
      'Short Row,short@acme.test,Engineer',
      'Bad Date,bad@acme.test,Engineer,2026-02-30,',
      ' , , ',
      'Last Row,last@acme.test,Engineer,2026-01-05,,extra',
    ].join('\n');
    const expected = [
      { line: 4, column: null, message: '6 cells, but the header has 5 columns' },
      { line: 5, column: null, message: '3 cells, but the header has 5 columns' },
      { line: 6, column: 'Hire date', message: '"2026-02-30" is not a date in the form YYYY-MM-DD' },
      { line: 8, column: null, message: '6 cells, but the header has 5 columns' },
    ];
    const dry = await call<ImportReport>(wb, 'people.import', { csv, mapping: MAPPING, dryRun: true });
    expect(dry).toEqual({ dryRun: true, rows: 5, created: 0, updated: 0, problems: expected, warnings: [] });

    const error = await failure(wb, 'people.import', { csv, mapping: MAPPING });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'Nothing was imported: 4 problems in the file. First, line 4: 6 cells, but the header has 5 columns (and 3 more)',
    );
    expect((error.details as { problems: unknown[] }).problems).toEqual(expected);
    // Updating existing people refuses the shifted rows just the same.
    const update = await failure(wb, 'people.import', { csv, mapping: MAPPING, updateExisting: true });
    expect((update.details as { problems: unknown[] }).problems).toEqual(expected);
    expect(tableCounts(wb.requireVault())).toEqual(before);
    expect((await call<PersonSummary[]>(wb, 'people.list', {})).map((p) => p.email)).toEqual(['ada@acme.test']);

    // Once every row lines up with the header, the same file imports (the blank lines are still skipped).
    const fixed = csv
      .replace('Novak, Tomás', '"Novak, Tomás"')
      .replace('Short Row,short@acme.test,Engineer', 'Short Row,short@acme.test,Engineer,2026-01-06,')
      .replace('2026-02-30', '2026-02-28')
      .replace(',,extra', ',');
    expect(await call<ImportReport>(wb, 'people.import', { csv: fixed, mapping: MAPPING })).toMatchObject({
      rows: 5,
      created: 5,
      problems: [],
    });
    wb.closeVault();
  });

  it('updates people already on record when asked, keeping what the file does not carry', async () => {
    const wb = workbench();
    const ada = await call<PersonDetail>(wb, 'people.create', { ...ADA, notes: 'Works from Lisbon' });
    const csv = 'Full name,Work email,Hire date,Left on\nAda Lovelace,ADA@acme.test,2025-03-01,2026-05-31\n';
    const mapping = { name: 'Full name', email: 'Work email', startDate: 'Hire date', endDate: 'Left on' };
    const report = await call<ImportReport>(wb, 'people.import', { csv, mapping, updateExisting: true });
    expect(report).toMatchObject({ created: 0, updated: 1 });
    expect(await call<PersonDetail>(wb, 'people.get', { id: ada.id })).toMatchObject({
      role: 'ML engineer',
      notes: 'Works from Lisbon',
      endDate: '2026-05-31',
      status: 'left',
    });
    wb.closeVault();
  });

  it('refuses an update whose start date comes after the end date kept on record, naming the line; dry run agrees', async () => {
    const wb = workbench();
    const ada = await call<PersonDetail>(wb, 'people.create', { ...ADA, endDate: '2026-06-15' });
    await call(wb, 'people.create', { ...ADA, name: 'Bo Chen', email: 'bo@acme.test' });
    const before = tableCounts(wb.requireVault());
    // No end-date column: Ada's end date stays, and the file's new start date would fall after it.
    const csv = 'Name,Email,Start date\nBo Chen,bo@acme.test,2025-04-01\nAda Lovelace,ada@acme.test,2026-07-01\n';
    const mapping = { name: 'Name', email: 'Email', startDate: 'Start date' };
    const expected = [
      {
        line: 3,
        column: 'Start date',
        message:
          "The start date 2026-07-01 is after ada@acme.test's end date on record (2026-06-15); add an end date column or correct the start date",
      },
    ];
    const dry = await call<ImportReport>(wb, 'people.import', { csv, mapping, updateExisting: true, dryRun: true });
    expect(dry).toMatchObject({ created: 0, updated: 0, problems: expected });

    const error = await failure(wb, 'people.import', { csv, mapping, updateExisting: true });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      `Nothing was imported: one problem in the file. First, line 3, column "Start date": ${expected[0]!.message}`,
    );
    expect((error.details as { problems: unknown[] }).problems).toEqual(expected);
    expect(tableCounts(wb.requireVault())).toEqual(before);
    expect(await call<PersonDetail>(wb, 'people.get', { id: ada.id })).toMatchObject({
      startDate: '2025-03-01',
      endDate: '2026-06-15',
    });
    expect((await call<PersonSummary[]>(wb, 'people.list', {})).find((p) => p.name === 'Bo Chen')!.startDate).toBe(
      '2025-03-01',
    );

    // A start date on or before the kept end date updates as before.
    const fixed = 'Name,Email,Start date\nAda Lovelace,ada@acme.test,2026-06-15\n';
    expect(await call<ImportReport>(wb, 'people.import', { csv: fixed, mapping, updateExisting: true })).toMatchObject({
      updated: 1,
      problems: [],
    });
    expect(await call<PersonDetail>(wb, 'people.get', { id: ada.id })).toMatchObject({
      startDate: '2026-06-15',
      endDate: '2026-06-15',
    });
    wb.closeVault();
  });

  it('refuses training completed in the future, naming the date field, and records nothing', async () => {
    const wb = workbench();
    const ada = await call<PersonDetail>(wb, 'people.create', ADA);
    const before = tableCounts(wb.requireVault());
    const future = await failure(wb, 'people.addTraining', {
      personIds: [ada.id],
      course: 'Security awareness 2026',
      completedOn: '2026-07-17',
    });
    expect(future).toMatchObject({
      code: 'invalid_input',
      message: 'completedOn: The completion date is in the future: record training once it has been completed',
      details: { issues: [{ path: 'completedOn' }] },
    });
    expect(tableCounts(wb.requireVault())).toEqual(before);
    // Today itself is fine, and so is tomorrow's UTC date: it is already today east of UTC.
    await call(wb, 'people.addTraining', {
      personIds: [ada.id],
      course: 'Security awareness 2026',
      completedOn: TODAY,
    });
    expect((await call<PersonDetail>(wb, 'people.get', { id: ada.id })).lastTraining).toBe(TODAY);
    wb.closeVault();
  });

  it('exports hires and terminations of the engagement period as CSV populations', async () => {
    const wb = workbench();
    await call(wb, 'people.create', { ...ADA, name: 'Before', email: 'before@acme.test', startDate: '2025-12-31' });
    await call(wb, 'people.create', { ...ADA, name: 'First Day', email: 'first@acme.test', startDate: '2026-01-01' });
    await call(wb, 'people.create', {
      ...ADA,
      name: '=HYPERLINK("x")',
      email: 'formula@acme.test',
      startDate: '2026-06-30',
      backgroundCheckDate: null,
    });
    await call(wb, 'people.create', {
      ...ADA,
      name: 'Leaver',
      email: 'leaver@acme.test',
      startDate: '2024-01-01',
      endDate: '2026-03-31',
    });
    await call(wb, 'people.create', { ...ADA, name: 'Later', email: 'later@acme.test', startDate: '2026-07-01' });

    const hires = await call<PopulationCsv>(wb, 'people.population', { population: 'hires' });
    expect(hires).toMatchObject({
      from: '2026-01-01',
      to: '2026-06-30',
      rows: 2,
      fileName: 'hires-2026-01-01-to-2026-06-30.csv',
    });
    const rows = parseCsv(hires.csv).rows.map((r) => r.cells);
    expect(rows).toEqual([
      ['Name', 'Email', 'Role', 'Start date', 'Background check date', 'End date'],
      ['First Day', 'first@acme.test', 'ML engineer', '2026-01-01', '2025-02-20', ''],
      // A name a spreadsheet would run as a formula is defused.
      ['\'=HYPERLINK("x")', 'formula@acme.test', 'ML engineer', '2026-06-30', '', ''],
    ]);
    const leavers = await call<PopulationCsv>(wb, 'people.population', { population: 'terminations' });
    expect(
      parseCsv(leavers.csv)
        .rows.slice(1)
        .map((r) => r.cells[0]),
    ).toEqual(['Leaver']);
    const custom = await call<PopulationCsv>(wb, 'people.population', {
      population: 'hires',
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(custom.rows).toBe(1);
    expect(
      await failure(wb, 'people.population', { population: 'hires', from: '2026-02-01', to: '2026-01-01' }),
    ).toMatchObject({
      code: 'invalid_input',
      message: 'to: The period ends before it starts',
    });
    wb.closeVault();
  });

  it('deletes a person with their training and acknowledgements, recorded in the audit trail', async () => {
    const wb = workbench();
    const ada = await call<PersonDetail>(wb, 'people.create', ADA);
    const policy = await approvedPolicy(wb);
    await call(wb, 'people.addTraining', { personIds: [ada.id], course: 'Onboarding', completedOn: '2025-03-02' });
    await call(wb, 'people.acknowledge', { personIds: [ada.id], policyId: policy.id, acknowledgedOn: '2026-03-02' });
    await call(wb, 'people.remove', { id: ada.id });
    const counts = tableCounts(wb.requireVault());
    expect([counts.person, counts.training_record, counts.policy_acknowledgement]).toEqual([0, 0, 0]);
    const audit = wb
      .requireVault()
      .db.prepare("SELECT summary FROM audit_log WHERE operation = 'people.remove'")
      .pluck()
      .get() as string;
    expect(audit).toBe('Deleted Ada Lovelace (ada@acme.test) with 1 training records and 1 acknowledgements');
    wb.closeVault();
  });
  it('the large demo dates training and acknowledgements between the start date (and the approval) and today', async () => {
    const wb = workbench();
    // Policies approved long before most people joined, during the period, and after everyone had joined.
    const approvals: Record<string, string> = {
      'access-control': '2022-03-01',
      'change-management': '2026-01-10',
      'code-of-conduct': '2026-07-10',
    };
    for (const [templateId, approvedOn] of Object.entries(approvals)) {
      const created = await call<PolicyDetail>(wb, 'policies.createFromTemplate', { templateId });
      await call(wb, 'policies.submitForReview', { id: created.id });
      await call(wb, 'policies.approve', {
        id: created.id,
        approverName: 'Maya Okafor',
        approverTitle: 'CEO',
        approvedOn,
        note: '',
      });
    }
    const vault = wb.requireVault();
    demoPeopleChanges(vault, 'large');
    const count = (sql: string) => vault.db.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(*) FROM person')).toBe(500);
    expect(count('SELECT count(*) FROM change_record')).toBe(3000);

    const training = `FROM training_record t JOIN person p ON p.id = t.person_id`;
    expect(count(`SELECT count(*) ${training}`)).toBeGreaterThan(500);
    expect(count(`SELECT count(*) ${training} WHERE t.completed_on < p.start_date`)).toBe(0);
    expect(count(`SELECT count(*) ${training} WHERE t.completed_on > '${TODAY}'`)).toBe(0);
    const acks = `FROM policy_acknowledgement a JOIN person p ON p.id = a.person_id
      JOIN policy_version v ON v.id = a.policy_version_id`;
    expect(count(`SELECT count(*) ${acks}`)).toBeGreaterThan(1000);
    expect(count(`SELECT count(*) ${acks} WHERE a.acknowledged_on < v.approved_on`)).toBe(0);
    expect(count(`SELECT count(*) ${acks} WHERE a.acknowledged_on < p.start_date`)).toBe(0);
    expect(count(`SELECT count(*) ${acks} WHERE a.acknowledged_on > '${TODAY}'`)).toBe(0);
    // The benchmark-scale people do nothing after they leave, either.
    const contractors = `p.email LIKE 'contractor.%'`;
    expect(count(`SELECT count(*) ${training} WHERE ${contractors} AND t.completed_on > p.end_date`)).toBe(0);
    expect(count(`SELECT count(*) ${acks} WHERE ${contractors} AND a.acknowledged_on > p.end_date`)).toBe(0);
    // Both bounds were met: people who joined after the old approval, and a version approved after everyone joined.
    expect(
      count(`SELECT count(*) ${acks} WHERE v.approved_on = '2022-03-01' AND a.acknowledged_on > '2022-03-03'`),
    ).toBeGreaterThan(100);
    expect(count(`SELECT count(*) ${acks} WHERE v.approved_on = '2026-07-10'`)).toBeGreaterThan(300);
    wb.closeVault();
  });

  it('the small demo dates nothing after a leaver’s last day, and keeps what they did before', async () => {
    const dir = tempDir();
    const wb = new Workbench({
      recentFile: path.join(dir, 'recent.json'),
      vaultOptions: { now: () => new Date('2026-12-04T09:00:00Z') },
    });
    // Period 2026-06-01..2026-11-30: Oliver Grant leaves on 2026-07-21, Julia Costa on 2026-09-29.
    await call(wb, 'vault.createDemo', { path: path.join(dir, 'demo.attest'), size: 'small' });
    const vault = wb.requireVault();
    const count = (sql: string) => vault.db.prepare(sql).pluck().get() as number;
    const leavers = vault.db
      .prepare('SELECT name, end_date AS endDate FROM person WHERE end_date IS NOT NULL ORDER BY end_date')
      .all();
    expect(leavers).toEqual([
      { name: 'Oliver Grant', endDate: '2026-07-21' },
      { name: 'Julia Costa', endDate: '2026-09-29' },
    ]);

    const training = `FROM training_record t JOIN person p ON p.id = t.person_id`;
    const acks = `FROM policy_acknowledgement a JOIN person p ON p.id = a.person_id
      JOIN policy_version v ON v.id = a.policy_version_id`;
    expect(count(`SELECT count(*) ${training} WHERE t.completed_on > p.end_date`)).toBe(0);
    expect(count(`SELECT count(*) ${acks} WHERE a.acknowledged_on > p.end_date`)).toBe(0);
    // The same bounds as the large demo: from the start date (and the approval) to today.
    expect(count(`SELECT count(*) ${training} WHERE t.completed_on < p.start_date`)).toBe(0);
    expect(count(`SELECT count(*) ${training} WHERE t.completed_on > '2026-12-04'`)).toBe(0);
    expect(count(`SELECT count(*) ${acks} WHERE a.acknowledged_on < v.approved_on`)).toBe(0);
    expect(count(`SELECT count(*) ${acks} WHERE a.acknowledged_on < p.start_date`)).toBe(0);
    expect(count(`SELECT count(*) ${acks} WHERE a.acknowledged_on > '2026-12-04'`)).toBe(0);

    // The leavers keep both annual sessions (this year's on their last day when it came after) ...
    const sessions = (name: string) =>
      vault.db
        .prepare(
          `SELECT t.completed_on ${training} WHERE p.name = ? AND t.course LIKE 'Security awareness%' ORDER BY 1`,
        )
        .pluck()
        .all(name);
    expect(sessions('Oliver Grant')).toEqual(['2025-09-01', '2026-07-21']);
    expect(sessions('Julia Costa')).toEqual(['2025-09-01', '2026-09-01']);
    // ... and acknowledge the versions approved while they were there, none approved after they left.
    for (const { name, endDate } of leavers as { name: string; endDate: string }[]) {
      const where = `p.name = '${name}'`;
      expect(count(`SELECT count(*) ${acks} WHERE ${where}`), name).toBeGreaterThan(0);
      expect(count(`SELECT count(*) ${acks} WHERE ${where} AND v.approved_on > '${endDate}'`), name).toBe(0);
    }
    // Someone still there acknowledges every version, late approvals included.
    expect(
      count(`SELECT count(*) ${acks} WHERE p.name = 'Maya Okafor' AND v.approved_on > '2026-09-29'`),
    ).toBeGreaterThan(0);
    wb.closeVault();
  });
});
