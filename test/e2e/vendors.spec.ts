import type { Locator, Page } from '@playwright/test';
import { SUGGESTED_CUECS } from '../../shared/domain/cuecs';
import { expect, screen, test } from './fixtures';

async function pick(page: Page, scope: Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a carve-out subservice organization is recorded with its CSOCs and SOC 2 report, listed, filtered and linked', async ({
  page,
  host,
}) => {
  await page.goto(`${host.launchUrl}#/vendors`);
  await expect(page.getByRole('heading', { level: 1, name: 'Vendors' })).toBeVisible();
  await expect(page.getByText('No vendors yet')).toBeVisible();
  await screen(page, 'vendors-empty');
  await page.getByRole('button', { name: 'Add vendor' }).click();

  const form = page.getByRole('form', { name: 'New vendor' });
  await form.getByRole('button', { name: 'Add vendor' }).click();
  await expect(form.getByText('Name is required')).toBeVisible();
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Stratus Cloud');
  await pick(page, form, 'Kind', 'Cloud infrastructure');
  await pick(page, form, 'Criticality', 'Critical');
  await pick(page, form, 'Classification of the data shared', 'Client-Restricted');
  await form.getByLabel('Service provided').fill('Hosting for the model delivery platform');

  await form.getByRole('switch', { name: /Runs part of the system/ }).click();
  await expect(form.getByRole('switch', { name: /Runs part of the system/ })).toBeChecked();
  await expect(form.getByRole('radio', { name: 'Carve-out' })).toBeChecked();
  await form.getByRole('button', { name: 'Add an expected control' }).click();
  await form
    .getByRole('textbox', { name: 'Expected control 1', exact: true })
    .fill('Physical access to data centres is restricted and reviewed.');
  await form.getByRole('button', { name: 'Add an expected control' }).click();
  await form
    .getByRole('textbox', { name: 'Expected control 2', exact: true })
    .fill('Hardware is wiped before it leaves a data centre.');

  // The report cannot be reviewed before it arrived: said as it is typed.
  await pick(page, form, 'Report', 'SOC 2 Type II');
  await form.getByLabel('Received on').fill('2026-03-10');
  await form.getByLabel('Reviewed on').fill('2026-03-01');
  await expect(form.getByText('The report cannot be reviewed before it was received')).toBeVisible();
  await form.getByLabel('Reviewed on').fill('2026-03-12');
  await expect(form.getByText('The report cannot be reviewed before it was received')).toBeHidden();
  await pick(page, form, 'Exceptions noted', 'None');
  await form.getByLabel('Next review').fill('2099-03-01');

  const controls = form.getByRole('combobox', { name: 'Linked controls' });
  await controls.click();
  await controls.fill('VM-07');
  await page.getByRole('option', { name: /^VM-07/ }).click();
  await controls.press('Escape');
  await screen(page, 'vendor-form');
  await form.getByRole('button', { name: 'Add vendor' }).click();

  await expect(page).toHaveURL(/#\/vendors\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Stratus Cloud' })).toBeVisible();
  await expect(page.getByText('Subservice · Carve-out').first()).toBeVisible();
  await expect(page.getByTestId('vendor-attention')).toContainText('No owner');
  await expect(page.getByRole('textbox', { name: 'Expected control 2', exact: true })).toHaveValue(
    'Hardware is wiped before it leaves a data centre.',
  );
  await screen(page, 'vendor-detail');
  await page.getByRole('link', { name: /^Control VM-07:/ }).click();
  await expect(page).toHaveURL(/#\/controls\/VM-07$/);
  await page.goBack();

  // A second, ordinary vendor; then the list filters to subservice organizations.
  await page.getByRole('link', { name: 'All vendors' }).click();
  await page.getByRole('button', { name: 'Add vendor' }).click();
  const second = page.getByRole('form', { name: 'New vendor' });
  await second.getByRole('textbox', { name: 'Name', exact: true }).fill('Chatter');
  await pick(page, second, 'Kind', 'SaaS tool');
  await pick(page, second, 'Criticality', 'Medium');
  await pick(page, second, 'Classification of the data shared', 'Confidential');
  await second.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chatter' })).toBeVisible();
  await page.getByRole('link', { name: 'All vendors' }).click();

  const rows = page.getByRole('table', { name: 'Vendors' }).locator('tbody tr[data-index]');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('vendors-count')).toContainText('2 vendors, 1 subservice');
  await pick(page, page.locator('body'), 'Subservice organization', 'Subservice (1)');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Stratus Cloud');
  await expect(rows.first()).toContainText('Reviewed');
  await screen(page, 'vendors-list');
});

test('the Scope page keeps the CUECs: started from suggestions, edited, saved and linked to criteria', async ({
  page,
  host,
}) => {
  await page.goto(`${host.launchUrl}#/scope`);
  const card = page.getByRole('region', { name: 'What clients must do (CUECs)' });
  await expect(card.getByText('No client controls yet')).toBeVisible();
  await card.getByRole('button', { name: `Start from ${SUGGESTED_CUECS.length} suggestions` }).click();
  await expect(card.getByTestId('cuec-row')).toHaveCount(SUGGESTED_CUECS.length);
  await card.getByRole('button', { name: 'Remove client control 4' }).click();
  await card.getByRole('textbox', { name: 'Client control 1' }).fill('');
  await card.getByRole('button', { name: 'Save list' }).click();
  await expect(card.getByText('The control is required')).toBeVisible();
  await card
    .getByRole('textbox', { name: 'Client control 1' })
    .fill('Clients manage their own users and tell us when someone leaves.');
  await card.getByRole('button', { name: 'Save list' }).click();
  const list = card.getByTestId('cuec-list');
  await expect(list.locator('li')).toHaveCount(SUGGESTED_CUECS.length - 1);
  await expect(list.locator('li').first()).toContainText('Clients manage their own users');
  await expect(card.getByText('Saved')).toBeVisible();
  await screen(page, 'scope-cuecs');
  await list.getByRole('link', { name: 'PI1.4' }).click();
  await expect(page).toHaveURL(/#\/criteria\/PI1\.4$/);
});

test('the demo vendors show the critical vendor whose report was never reviewed and the overdue review', async ({
  page,
  launch,
}) => {
  const host = await launch({ demo: 'small' });
  await page.goto(`${host.launchUrl}#/vendors`);
  await expect(page.getByTestId('vendors-count')).toContainText('10 vendors, 2 subservice');
  const rows = page.getByRole('table', { name: 'Vendors' }).locator('tbody tr[data-index]');
  await expect(rows.filter({ hasText: 'Vectorvault' })).toContainText('not reviewed');
  await expect(rows.filter({ hasText: 'Tessellate Labelling' })).toContainText(/Review overdue|gaps/);
  await screen(page, 'vendors-demo');
  await rows.filter({ hasText: 'Larkspur AI' }).click();
  await expect(page.getByTestId('vendor-attention')).toContainText('SOC 2 report has exceptions');
  await expect(page.getByRole('textbox', { name: 'Expected control 1', exact: true })).toHaveValue(/not used to train/);
  await screen(page, 'vendor-demo-detail');
});
