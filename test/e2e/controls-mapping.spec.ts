import type { Page } from '@playwright/test';
import { expect, screen, test } from './fixtures';

async function openControl(page: Page, id: string) {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Controls' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(id);
  await page
    .getByRole('table', { name: 'Controls' })
    .getByRole('row', { name: new RegExp(id) })
    .click();
  await expect(page).toHaveURL(new RegExp(`#/controls/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function openMatrix(page: Page) {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Criteria' }).click();
  await page.getByRole('tab', { name: 'Coverage matrix' }).click();
  await expect(page).toHaveURL(/#\/criteria\/matrix$/);
  await expect(page.getByTestId('coverage-matrix')).toBeVisible();
}

test('mapping a control to a gap closes the gap in the coverage matrix', async ({ page, host }) => {
  await page.goto(host.launchUrl);

  // A fresh vault covers every Security criterion with at least one library control.
  await openMatrix(page);
  const gaps = page.getByTestId('matrix-gaps');
  await expect(gaps).toHaveText('Every criterion in scope has at least one control');
  const matrix = page.getByRole('table', { name: /Coverage matrix/ });
  const cc33 = matrix.getByRole('row', { name: /CC3\.3/ });
  // A hundred-odd columns: find one by its ID.
  const find = page.getByRole('searchbox', { name: 'Find control columns' });
  await find.fill('RA-03');
  await expect(cc33.getByRole('img', { name: 'RA-03 maps to CC3.3' })).toBeVisible();
  await find.fill('');

  // Make a gap: RA-03, the only control for CC3.3, does not apply.
  await openControl(page, 'RA-03');
  await page.getByRole('switch', { name: 'Not applicable' }).click();
  await page.getByRole('textbox', { name: 'Why does it not apply?' }).fill('The founders own the company outright.');
  await page.getByRole('button', { name: 'Mark not applicable' }).click();
  await expect(page.getByTestId('not-applicable-reason')).toContainText('The founders own the company outright.');

  await openMatrix(page);
  await expect(gaps).toHaveText('1 criterion has no control');
  await expect(cc33).toContainText('Gap: no control');
  await expect(cc33).toHaveAttribute('data-state', 'gap');
  await find.fill('RA-03');
  await expect(page.getByText('No control in scope matches “RA-03”.', { exact: false })).toBeVisible();
  await find.fill('');
  await screen(page, 'coverage-matrix-gap');

  // Close it: map AC-01 to CC3.3 on its page.
  await openControl(page, 'AC-01');
  const mappings = page.getByRole('form', { name: 'Criteria mappings' });
  await expect(mappings.getByRole('listitem')).toHaveText([/CC6\.1/, /CC6\.2/]);
  const picker = mappings.getByRole('combobox', { name: 'Add or remove criteria' });
  await picker.fill('CC3.3');
  await page.getByRole('option', { name: /CC3\.3/ }).click();
  await expect(mappings.getByRole('listitem')).toHaveText([/CC3\.3/, /CC6\.1/, /CC6\.2/]);
  await expect(mappings.getByText('Unsaved changes')).toBeVisible();
  await picker.press('Escape');
  await expect(page.getByRole('option', { name: /CC3\.3/ })).toHaveCount(0);
  await screen(page, 'control-mappings');
  await mappings.getByRole('button', { name: 'Save mappings' }).click();
  await expect(mappings.getByText('Mappings saved')).toBeVisible();

  await openMatrix(page);
  await expect(gaps).toHaveText('Every criterion in scope has at least one control');
  await expect(cc33).not.toContainText('Gap: no control');
  await expect(cc33).toContainText('Not yet implemented');
  await expect(cc33.getByRole('img', { name: 'AC-01 maps to CC3.3' })).toBeVisible();
  await screen(page, 'coverage-matrix');

  // The criteria list says the same, and links to the control.
  await page.getByRole('tab', { name: 'Criteria list' }).click();
  await expect(page.getByTestId('criteria-summary')).toHaveText(
    '33 of 61 criteria in scope; 0 covered, 33 not yet implemented, 0 gaps',
  );
  await page.getByRole('button', { name: /CC3\.3/ }).click();
  const detail = page.getByRole('region', { name: /CC3\.3/ });
  await expect(detail).toContainText('What an auditor looks for');
  await detail.getByRole('link', { name: 'AC-01' }).click();
  await expect(page).toHaveURL(/#\/controls\/AC-01$/);
});

test('a criterion marked not applicable needs a reason, and can be made applicable again', async ({ page, host }) => {
  await page.goto(host.launchUrl);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Criteria' }).click();
  const summary = page.getByTestId('criteria-summary');
  await expect(summary).toHaveText('33 of 61 criteria in scope; 0 covered, 33 not yet implemented, 0 gaps');

  await page.getByRole('button', { name: /CC6\.4/ }).click();
  const detail = page.getByRole('region', { name: /CC6\.4/ });
  await detail.getByRole('button', { name: 'Mark not applicable' }).click();
  const reason = detail.getByRole('textbox', { name: 'Why does CC6.4 not apply?' });
  await detail.getByRole('button', { name: 'Mark not applicable' }).click();
  await expect(detail.getByText('A reason for marking the criterion not applicable is required')).toBeVisible();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(summary).not.toContainText('not applicable');

  await reason.fill('We have no offices; the cloud provider runs the data centres.');
  await detail.getByRole('button', { name: 'Mark not applicable' }).click();
  await expect(detail).toContainText('Marked not applicable');
  await expect(summary).toHaveText(
    '33 of 61 criteria in scope; 0 covered, 32 not yet implemented, 0 gaps, 1 not applicable',
  );
  await expect(page.getByRole('button', { name: /CC6\.4/ })).toContainText('Not applicable');
  await screen(page, 'criteria');

  // Filter by coverage state.
  await page.getByRole('combobox', { name: 'Coverage' }).click();
  await page.getByRole('option', { name: 'Not applicable' }).click();
  await expect(page.getByRole('button', { name: /^CC\d/ })).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'Privacy' }).click();
  await expect(page.getByText('No criterion matches these filters')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();

  await detail.getByRole('button', { name: 'Mark applicable again' }).click();
  await expect(summary).toHaveText('33 of 61 criteria in scope; 0 covered, 33 not yet implemented, 0 gaps');
});
