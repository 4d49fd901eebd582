import type { Locator, Page } from '@playwright/test';
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
  await dialog.getByRole('button', { name: 'Add to the log' }).click();
  await expect(page.getByTestId('experiments-count')).toHaveText('11 experiments');
  await screen(page, 'changes-experiments');
});
