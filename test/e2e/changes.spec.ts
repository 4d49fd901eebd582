import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parseCsv } from '../../shared/csv';
import { expect, screen, test } from './fixtures';

async function pick(page: Page, scope: Locator | Page, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('changes: the demo population with its flags, a change approved by its author warned about but saved, and the experiment log', async ({
  page,
  launch,
}) => {
  const host = await launch({ demo: 'small' });
  await page.goto(`${host.launchUrl}#/changes`);
  await expect(page.getByRole('heading', { level: 1, name: 'Changes' })).toBeVisible();
  const count = page.getByTestId('changes-count');
  await expect(count).toHaveText('40 production changes; 1 approved by their author');
  await screen(page, 'changes-list');
  await pick(page, page, 'Flag', 'Emergency');
  await expect(count).toHaveText('1 of 40 changes shown');
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // Record a change whose approver is its author: warned as it is typed, saved, and flagged.
  await page.getByRole('button', { name: 'Record change' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a production change' })).toBeVisible();
  const form = page.getByRole('form', { name: 'New production change' });
  await form.getByRole('button', { name: 'Record change' }).click();
  await expect(form.getByText('Title is required')).toBeVisible();
  await expect(form.getByText('Author is required')).toBeVisible();
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Hotfix: raise the inference timeout');
  await form.getByLabel('Ticket').fill('FMD-999');
  await form.getByRole('combobox', { name: 'Author' }).fill('Priya Natarajan');
  await form.getByRole('combobox', { name: 'Approver' }).fill('priya natarajan');
  await expect(form.getByTestId('approver-warning')).toContainText('The approver is the author');
  await form.getByLabel('Deployed on').fill('2026-03-03');
  await form.getByRole('switch', { name: /Significant change/ }).check();
  await form.getByRole('button', { name: 'Record change' }).click();
  await expect(form.getByText('Describe the significant change: it goes into the system description')).toBeVisible();
  await form.getByLabel('What changed, for the system description').fill('Inference timeouts raised for all clients.');
  await screen(page, 'changes-new-self-approved');
  await form.getByRole('button', { name: 'Record change' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Hotfix: raise the inference timeout' })).toBeVisible();
  await expect(page.getByText('Self-approved').first()).toBeVisible();
  await expect(page.getByTestId('change-warnings')).toContainText(
    'The approver is the author: an auditor expects someone else to approve a change.',
  );
  // Naming someone else clears the warning and the flag.
  await page.getByRole('combobox', { name: 'Approver' }).fill('Daniel Reyes');
  await expect(page.getByTestId('approver-warning')).toBeHidden();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(page.getByTestId('change-warnings')).not.toContainText('approver is the author');
  await screen(page, 'changes-detail');

  await page.getByRole('link', { name: 'All changes' }).click();
  await expect(count).toHaveText('41 production changes; 1 approved by their author');

  // The light experiment log.
  await page.getByRole('tab', { name: 'Experiments' }).click();
  await expect(page.getByTestId('experiments-count')).toHaveText('10 experiments');
  await page.getByRole('button', { name: 'Note an experiment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Note an experiment' });
  await dialog.getByLabel('What was tried').fill('Distilled summariser on two client corpora');
  await dialog.getByLabel('Who').fill('Hana Sato');
  await dialog.getByLabel('Tracked in').fill('MLflow run 1301');
  // Dated years before the demo's own experiments, so the date filters below can single it out.
  await dialog.getByLabel('Date').fill('2020-05-12');
  await dialog.getByRole('button', { name: 'Add to the log' }).click();
  const experiments = page.getByTestId('experiments-count');
  await expect(experiments).toHaveText('11 experiments');
  await screen(page, 'changes-experiments');

  // Filter by who ran it, chosen with the keyboard: one option per person in the log.
  const rows = page.getByTestId('experiments-scroller').locator('tbody tr[data-index]');
  const who = page.getByRole('combobox', { name: 'Who', exact: true });
  await who.click();
  await expect(page.getByRole('option')).toHaveText([
    'Aisha Rahman',
    'Elena Petrova',
    'Felix Wong',
    'Hana Sato',
    'Priya Natarajan',
    'Ravi Menon',
  ]);
  await who.fill('hana');
  await who.press('ArrowDown');
  await who.press('Enter');
  await expect(who).toHaveValue('Hana Sato');
  await expect(experiments).toHaveText('3 of 11 experiments shown');
  await expect(rows.locator('td:nth-child(2)')).toHaveText(['Hana Sato', 'Hana Sato', 'Hana Sato']);
  // Newest first: the one just noted, dated 2020, comes last.
  await expect(rows.locator('td:nth-child(1)')).toHaveText([
    'Hybrid keyword and vector search',
    'Chunk size 512 vs 1024 for retrieval',
    'Distilled summariser on two client corpora',
  ]);

  // And by date, both ends included: May 2020 holds only the experiment just noted.
  const from = page.getByLabel('From', { exact: true });
  const to = page.getByLabel('To', { exact: true });
  await from.fill('2020-05-12');
  await to.fill('2020-05-12');
  await expect(experiments).toHaveText('1 of 11 experiments shown');
  await expect(rows.locator('td:nth-child(1)')).toHaveText(['Distilled summariser on two client corpora']);
  await screen(page, 'changes-experiments-filtered');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(experiments).toHaveText('11 experiments');
  await expect(who).toHaveValue('');
  await expect(from).toHaveValue('');
  await expect(to).toHaveValue('');
  // A date range on its own: everything from 2021 on is the demo's ten.
  await from.fill('2021-01-01');
  await expect(experiments).toHaveText('10 of 11 experiments shown');
  await expect(rows).toHaveCount(10);

  // A person who ran nothing in the range: the list says so and what to do.
  await from.fill('2020-05-01');
  await to.fill('2020-05-31');
  await pick(page, page, 'Who', 'Aisha Rahman');
  await expect(experiments).toHaveText('0 of 11 experiments shown');
  await expect(rows).toHaveCount(0);
  const noMatch = page.getByTestId('experiments-no-match');
  await expect(noMatch).toContainText(
    'No experiment matches these filters. Try a wider date range, another person or a shorter search, or',
  );
  await screen(page, 'changes-experiments-no-match');
  // Dates the wrong way round are named as the reason.
  await from.fill('2020-06-30');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(noMatch).toContainText('The “To” date is before the “From” date, so no experiment can match');
  await noMatch.getByRole('button', { name: 'Clear filters' }).click();
  await expect(experiments).toHaveText('11 experiments');
  await expect(rows.first()).toBeVisible();
});

test('changes: a tracker CSV with a bad line is refused, the fixed file imports with a self-approval warning, the period population downloads, and a deletion takes a reason', async ({
  page,
  launch,
}) => {
  const host = await launch({ demo: 'small' });
  await page.goto(`${host.launchUrl}#/changes`);
  const count = page.getByTestId('changes-count');
  await expect(count).toHaveText('40 production changes; 1 approved by their author');

  // A tracker export deployed in March 2020, well before the demo's own changes; line 4 has a date that does not exist.
  const header = 'Key,Summary,Assignee,Approved by,Release date\n';
  const rows = (lastDate: string) =>
    `${header}ENG-701,Cache model responses per client,Hana Sato,Daniel Reyes,2020-03-02\n` +
    `ENG-702,Hotfix: retry the embedding call,Priya Natarajan,Priya Natarajan,2020-03-09\n` +
    `ENG-703,Upgrade the vector store,Ravi Menon,Daniel Reyes,${lastDate}\n`;
  const bad = path.join(host.dir, 'tracker-export.csv');
  const good = path.join(host.dir, 'tracker-export-fixed.csv');
  fs.writeFileSync(bad, rows('2020-02-30'));
  fs.writeFileSync(good, rows('2020-04-01'));

  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import production changes from CSV' });
  await dialog.locator('input[type="file"]').setInputFiles(bad);
  await expect(dialog.getByText('3 rows under a header of 5 columns')).toBeVisible();
  // Columns guessed from the header names.
  await expect(dialog.getByRole('combobox', { name: 'Ticket', exact: true })).toHaveValue('Key');
  await expect(dialog.getByRole('combobox', { name: 'Deployed on', exact: true })).toHaveValue('Release date');
  await dialog.getByRole('button', { name: 'Check the file' }).click();
  await expect(dialog.getByText('1 problem in the file: nothing was imported')).toBeVisible();
  const problem = dialog.getByTestId('import-problems').getByRole('row').nth(1);
  await expect(problem.getByRole('cell').nth(0)).toHaveText('4');
  await expect(problem.getByRole('cell').nth(1)).toHaveText('Release date');
  await expect(problem.getByRole('cell').nth(2)).toHaveText('"2020-02-30" is not a date in the form YYYY-MM-DD');
  await screen(page, 'changes-import-problems');

  await dialog.locator('input[type="file"]').setInputFiles(good);
  await dialog.getByRole('button', { name: 'Check the file' }).click();
  await expect(dialog.getByText('3 rows checked: 3 new.')).toBeVisible();
  // The self-approved row is named before anything is written, and does not stop the import.
  const warnings = dialog.getByTestId('import-warnings');
  await expect(warnings).toContainText('1 row an auditor would question');
  await expect(warnings).toContainText(
    'ENG-702 was approved by its author, Priya Natarajan: an auditor expects someone else to approve a change',
  );
  await dialog.getByRole('button', { name: 'Import 3 changes' }).click();
  await expect(dialog.getByText('Imported 3 changes from tracker-export-fixed.csv.')).toBeVisible();
  await expect(dialog.getByTestId('import-warnings')).toContainText('These rows were imported as they are');
  await expect(dialog.getByTestId('import-warnings').getByRole('cell', { name: '3', exact: true })).toBeVisible();
  await screen(page, 'changes-import-warnings');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(count).toHaveText('43 production changes; 2 approved by their author');

  // The population of March 2020: the two imported changes deployed then, with their flags.
  await page.getByRole('button', { name: 'Population CSV' }).click();
  const population = page.getByRole('dialog', { name: 'Production changes for the auditor' });
  await population.getByLabel('From').fill('2020-03-01');
  await population.getByLabel('To').fill('2020-03-31');
  await screen(page, 'changes-population');
  const downloading = page.waitForEvent('download');
  await population.getByRole('button', { name: 'Download CSV' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('production-changes-2020-03-01-to-2020-03-31.csv');
  const saved = path.join(host.dir, 'population.csv');
  await file.saveAs(saved);
  const cells = parseCsv(fs.readFileSync(saved, 'utf8')).rows.map((r) => r.cells);
  expect(cells[0]!.slice(0, 8)).toEqual([
    'Change ID',
    'Title',
    'Ticket',
    'Author',
    'Reviewer',
    'Approver',
    'Approver is author',
    'Deployed on',
  ]);
  expect(cells.slice(1).map((r) => [r[2], r[1], r[3], r[5], r[6], r[7]])).toEqual([
    ['ENG-701', 'Cache model responses per client', 'Hana Sato', 'Daniel Reyes', 'no', '2020-03-02'],
    ['ENG-702', 'Hotfix: retry the embedding call', 'Priya Natarajan', 'Priya Natarajan', 'yes', '2020-03-09'],
  ]);
  expect(cells.slice(1).every((r) => /^CHG-\d+$/.test(r[0]!))).toBe(true);
  await population.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(population).toBeHidden();

  // Deleting a production change takes a reason.
  await page.getByLabel('Search').fill('ENG-703');
  await page
    .getByTestId('changes-scroller')
    .getByRole('row', { name: /Upgrade the vector store/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Upgrade the vector store' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const removing = page.getByRole('dialog', { name: /^Delete CHG-\d+\?$/ });
  await removing.getByRole('button', { name: 'Delete change' }).click();
  await expect(
    removing.getByText('Say why the change is deleted: the reason is kept in the audit trail'),
  ).toBeVisible();
  await removing.getByLabel('Why delete it?').fill('Imported by mistake: ENG-703 was rolled back before release');
  await removing.getByRole('button', { name: 'Delete change' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Changes' })).toBeVisible();
  await expect(count).toHaveText('0 of 42 changes shown');
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(count).toHaveText('42 production changes; 2 approved by their author');
});
