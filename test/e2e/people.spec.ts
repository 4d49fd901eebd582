import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, screen, test } from './fixtures';

async function pick(page: Page, scope: Locator | Page, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('people: filter the demo staff, import a CSV (a bad line is refused, then the fixed file imports), record training, download the hires, and follow control ownership both ways', async ({
  page,
  launch,
}) => {
  const host = await launch({ demo: 'small' });
  await page.goto(`${host.launchUrl}#/people`);
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  const count = page.getByTestId('people-count');
  await expect(count).toContainText('25 people: 23 active');
  await expect(count).toContainText('2 left');
  await screen(page, 'people-list');

  // Filters narrow the virtualised table.
  await pick(page, page, 'Gaps', 'No background check');
  await expect(count).toHaveText('1 of 25 people shown');
  await expect(page.getByTestId('people-scroller').getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Search').fill('whitfield');
  await expect(count).toHaveText('1 of 25 people shown');
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // A CSV export from an HR system: semicolons, DD/MM/YYYY dates, and one line with an impossible date.
  const bad = path.join(host.dir, 'hr-export.csv');
  const good = path.join(host.dir, 'hr-export-fixed.csv');
  const header = 'Employee name;Work email;Job title;Hire date;Termination date\n';
  fs.writeFileSync(
    bad,
    `${header}Ines Duarte;ines@fernhill.example;ML engineer;02/03/2026;\nPaul Weber;paul@fernhill.example;Engineer;31/02/2026;\n`,
  );
  fs.writeFileSync(
    good,
    `${header}Ines Duarte;ines@fernhill.example;ML engineer;02/03/2026;\nPaul Weber;paul@fernhill.example;Engineer;28/02/2026;\n`,
  );

  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import people from CSV' });
  await dialog.locator('input[type="file"]').setInputFiles(bad);
  await expect(dialog.getByText('2 rows under a header of 5 columns')).toBeVisible();
  // The columns were guessed from the header.
  await expect(dialog.getByRole('combobox', { name: 'Start date', exact: true })).toHaveValue('Hire date');
  await pick(page, dialog, 'Dates are written as', 'DD/MM/YYYY');
  await dialog.getByRole('button', { name: 'Check the file' }).click();
  const problems = dialog.getByTestId('import-problems');
  await expect(problems).toContainText('3');
  await expect(problems).toContainText('"31/02/2026" is not a date in the form DD/MM/YYYY');
  await expect(dialog.getByText('1 problem in the file: nothing was imported')).toBeVisible();
  await screen(page, 'people-import-problems');

  await dialog.locator('input[type="file"]').setInputFiles(good);
  await dialog.getByRole('button', { name: 'Check the file' }).click();
  await expect(dialog.getByText('2 rows checked: 2 new.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 2 people' }).click();
  await expect(dialog.getByText('Imported 2 people from hr-export-fixed.csv.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(count).toContainText('27 people');

  // Ines's page: no training yet; record it and the label changes.
  await page.getByLabel('Search').fill('ines');
  await page
    .getByTestId('people-scroller')
    .getByRole('row', { name: /Ines Duarte/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ines Duarte' })).toBeVisible();
  await expect(page.getByText('Never trained').first()).toBeVisible();
  // A new joiner owns no control yet: the section says where an owner is assigned.
  await expect(page.getByRole('region', { name: 'Controls owned (0)' })).toContainText(
    "Owns no control. To make Ines Duarte a control's owner, open the control from Controls",
  );
  await page.getByRole('button', { name: 'Add training' }).click();
  const training = page.getByRole('dialog', { name: 'Record training' });
  await training.getByLabel('Completed on').fill('2026-03-05');
  await training.getByRole('button', { name: 'Record training' }).click();
  await expect(page.getByTestId('training-records')).toContainText('Security awareness (annual)');
  await expect(page.getByText('Trained', { exact: true }).first()).toBeVisible();
  // Inline validation: an end date before the start is refused before anything is sent.
  await page.getByLabel('End date').fill('2026-01-01');
  await expect(page.getByText('The end date must not be before the start date')).toBeVisible();
  await screen(page, 'people-detail');

  // The hires of a period as a CSV download.
  await page.getByRole('link', { name: 'All people' }).click();
  await page.getByRole('button', { name: 'Hires and leavers' }).click();
  const population = page.getByRole('dialog', { name: 'Hires and leavers for the auditor' });
  await population.getByLabel('From').fill('2026-03-01');
  await population.getByLabel('To').fill('2026-03-31');
  const downloading = page.waitForEvent('download');
  await population.getByRole('button', { name: 'Download CSV' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('hires-2026-03-01-to-2026-03-31.csv');
  const saved = path.join(host.dir, 'hires.csv');
  await file.saveAs(saved);
  const text = fs.readFileSync(saved, 'utf8');
  expect(text).toContain('Ines Duarte,ines@fernhill.example,ML engineer,2026-03-02');
  expect(text).not.toContain('Paul Weber');

  await population.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(population).toBeHidden();

  // Ownership: Grace Whitfield's page lists the controls whose Owner names her, each linking to the control.
  await page.getByLabel('Search').fill('whitfield');
  await page
    .getByTestId('people-scroller')
    .getByRole('row', { name: /Grace Whitfield/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Whitfield' })).toBeVisible();
  const owned = page.getByRole('region', { name: /^Controls owned \(\d+\)$/ });
  const first = owned.getByRole('link').first();
  await expect(first).toHaveAttribute('href', /^#\/controls\/[A-Z]+-\d+$/);
  const controlId = (await first.getAttribute('href'))!.split('/').pop()!;
  const heading = (await owned.getByRole('heading').textContent()) ?? '';
  await expect(owned.getByRole('link')).toHaveCount(Number(/\((\d+)\)/.exec(heading)?.[1]));
  await owned.scrollIntoViewIfNeeded();
  await screen(page, 'people-controls-owned');

  // The control's page names her as its owner and links back to her page.
  await first.click();
  await expect(page).toHaveURL(new RegExp(`#/controls/${controlId}$`));
  const ownerField = page.getByLabel('Owner', { exact: true });
  await expect(ownerField).toHaveValue('Grace Whitfield');
  const inPeople = page.getByTestId('owner-in-people');
  await expect(inPeople.getByRole('link', { name: 'Grace Whitfield in People' })).toBeVisible();
  await expect(inPeople).not.toContainText('Left on');

  // Julia Costa left during the period: typed in any case, she is found, with a warning; saved, her page lists it.
  await ownerField.fill('julia costa');
  await expect(inPeople).toContainText(/Left on .+: assign a new owner/);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await screen(page, 'control-owner-left');
  await inPeople.getByRole('link', { name: 'Julia Costa in People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Julia Costa' })).toBeVisible();
  const julias = page.getByRole('region', { name: 'Controls owned (1)' });
  await expect(julias.getByRole('link')).toHaveAttribute('href', `#/controls/${controlId}`);
  await expect(julias).toContainText(/Left on .+: assign a new owner on each control's page\./);
  await screen(page, 'people-controls-owned-left');
});
