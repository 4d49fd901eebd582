import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screen, test } from './fixtures';

/** A user export of 500 accounts as a spreadsheet saves it: BOM, CRLF, a header row. */
function accountsCsv(dir: string): string {
  const lines = ['Name,Email,Role,Last login'];
  for (let i = 0; i < 500; i++) {
    const n = String(i).padStart(3, '0');
    lines.push(`"Person ${n}",person${n}@acme.test,${i % 50 === 0 ? 'admin' : 'member'},2026-0${(i % 9) + 1}-15`);
  }
  const file = path.join(dir, 'github-users.csv');
  fs.writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  return file;
}

async function decide(
  page: Page,
  email: string,
  decision: 'Keep' | 'Revoke' | 'Change role',
  reason: string,
  newRole?: string,
) {
  await page.getByRole('textbox', { name: 'Search' }).fill(email);
  await page.getByRole('row', { name: new RegExp(email) }).click();
  const dialog = page.getByRole('dialog', { name: /^Decide:/ });
  await dialog.getByText(decision, { exact: true }).click();
  if (newRole) await dialog.getByLabel('New role').fill(newRole);
  await dialog.getByLabel('Reason').fill(reason);
  await dialog.getByRole('button', { name: 'Save decision' }).click();
  await expect(dialog).toBeHidden();
}

test('a review imports 500 accounts from CSV, decides three, completes and is locked', async ({ page, host }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-access-'));
  try {
    const good = accountsCsv(dir);
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'Email;Name\r\nana@acme.test;Ana\r\n\r\n;Nobody\r\nANA@acme.test;Ana again\r\n');

    await page.goto(`${host.launchUrl}#/access-reviews`);
    await expect(page.getByRole('heading', { level: 1, name: 'Access reviews' })).toBeVisible();
    await expect(page.getByText('No systems yet')).toBeVisible();
    await screen(page, 'access-reviews-empty');

    await page.getByRole('button', { name: 'Add system' }).click();
    const systemDialog = page.getByRole('dialog', { name: 'Add a system' });
    await systemDialog.getByLabel('Name').fill('GitHub');
    await systemDialog.getByLabel('Owner').fill('Dana Reviewer');
    await systemDialog.getByRole('button', { name: 'Add system' }).click();
    await expect(systemDialog).toBeHidden();
    await expect(page.getByTestId('coverage-row')).toContainText('GitHub');

    await page.getByRole('button', { name: 'Start review' }).click();
    const start = page.getByRole('dialog', { name: 'Start an access review' });
    await start.getByRole('combobox', { name: 'System' }).click();
    await page.getByRole('option', { name: 'GitHub' }).click();
    await expect(start.getByLabel('Reviewer')).toHaveValue('Dana Reviewer');
    await start.getByRole('button', { name: 'Start review' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'GitHub access review' })).toBeVisible();

    // A bad file is refused before anything is written, each problem with its line.
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import accounts from a CSV file' });
    await importDialog.getByLabel('CSV file').setInputFiles(bad);
    await expect(importDialog.getByTestId('import-problems')).toContainText('Line 4: the email is empty');
    await expect(importDialog.getByTestId('import-problems')).toContainText(
      'Line 5: ana@acme.test is listed twice (also on line 2)',
    );
    await expect(importDialog.getByRole('button', { name: 'Import' })).toBeDisabled();

    // The good file: the mapping is guessed from the header and shown before import.
    await importDialog.getByLabel('CSV file').setInputFiles(good);
    await expect(importDialog.getByRole('combobox', { name: 'Email' })).toHaveValue('Email');
    await expect(importDialog.getByRole('combobox', { name: 'Last login' })).toHaveValue('Last login');
    await expect(importDialog.getByRole('table', { name: 'Import preview' })).toContainText('person000@acme.test');
    await screen(page, 'access-reviews-import');
    await importDialog.getByRole('button', { name: 'Import 500 accounts' }).click();
    await expect(importDialog).toBeHidden();
    await expect(page.getByText('Imported 500 accounts from github-users.csv')).toBeVisible();
    await expect(page.getByTestId('accounts-count')).toContainText('500 accounts');

    await decide(page, 'person007@acme.test', 'Revoke', 'Left the company in October');
    await decide(page, 'person050@acme.test', 'Change role', 'Admin rights no longer needed', 'member');
    await decide(page, 'person123@acme.test', 'Keep', 'Still on the platform team');
    await page.getByRole('textbox', { name: 'Search' }).fill('');
    await page.getByRole('combobox', { name: 'Decision' }).click();
    await page.getByRole('option', { name: 'Remediation open' }).click();
    await expect(page.getByTestId('accounts-count')).toContainText('2 of 500 accounts');
    await screen(page, 'access-reviews-decided');
    // Choosing the selected option again clears the filter.
    await page.getByRole('combobox', { name: 'Decision' }).click();
    await page.getByRole('option', { name: 'Remediation open' }).click();
    await expect(page.getByTestId('accounts-count')).toContainText('500 accounts');

    await page.getByRole('button', { name: 'Complete review' }).click();
    const complete = page.getByRole('dialog', { name: 'Complete and lock this review' });
    await expect(complete).toContainText('497 without a decision');
    await expect(complete.getByRole('button', { name: 'Complete review' })).toBeDisabled();
    await complete.getByLabel('Record the 497 accounts without a decision as keep').check();
    await complete.getByRole('button', { name: 'Complete review' }).click();
    await expect(complete).toBeHidden();

    const locked = page.getByTestId('review-locked');
    await expect(locked).toContainText('Completed and locked');
    await expect(locked).toContainText(/Snapshot SHA-256 [0-9a-f]{64}/);
    await expect(page.getByRole('button', { name: 'Import CSV' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Complete review' })).toHaveCount(0);

    // Locked: opening a kept account offers no decision; a revoked one only its remediation.
    await page.getByRole('textbox', { name: 'Search' }).fill('person123@acme.test');
    await page.getByRole('row', { name: /person123@acme\.test/ }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('textbox', { name: 'Search' }).fill('person007@acme.test');
    await page.getByRole('row', { name: /person007@acme\.test/ }).click();
    const remediation = page.getByRole('dialog', { name: /^Remediation:/ });
    await remediation.getByLabel('Note').fill('Removed from the GitHub organisation');
    await remediation.getByRole('button', { name: 'Record remediation' }).click();
    await expect(remediation).toBeHidden();
    await expect(page.getByRole('row', { name: /person007@acme\.test/ })).toContainText('Done');

    const addendum = page.getByRole('form', { name: 'Add an addendum' });
    await addendum.getByLabel('Author').fill('Dana Reviewer');
    await addendum.getByLabel('Correction').fill('person050 kept read access to one repository until 3 November.');
    await addendum.getByRole('button', { name: 'Add addendum' }).click();
    await expect(page.getByText('person050 kept read access to one repository')).toBeVisible();
    await page.getByRole('textbox', { name: 'Search' }).fill('');
    await screen(page, 'access-reviews-locked');

    await page.getByRole('link', { name: 'All access reviews' }).click();
    await expect(page.getByTestId('coverage-row')).toContainText('GitHub');
    await page.getByRole('tab', { name: /Reviews/ }).click();
    await expect(page.getByRole('row', { name: /GitHub/ })).toContainText('Completed');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the demo shows every in-scope system across the audit period, with the missed quarter', async ({
  page,
  launch,
}) => {
  const host = await launch({ demo: 'small' });
  await page.goto(`${host.launchUrl}#/access-reviews`);
  await expect(page.getByTestId('coverage-row')).toHaveCount(5);
  await expect(page.getByTestId('coverage-summary')).toContainText('5 systems in scope, 1 missed review');
  await expect(page.getByRole('row', { name: /GitHub/ })).toContainText('Missing');
  await expect(page.getByRole('row', { name: /AWS production account/ })).toContainText('1 remediation open');
  await screen(page, 'access-reviews-period');
  await page.getByRole('tab', { name: /Systems/ }).click();
  await expect(page.getByRole('row', { name: /Payroll/ })).toContainText('Not in scope');
  await screen(page, 'access-reviews-systems');

  // The self-check's finding on the missed quarter leads to GitHub's own row, and back to every system.
  await page.goto(`${host.baseUrl}#/self-check`);
  await page.getByRole('button', { name: 'Run self-check' }).first().click();
  await page.getByRole('textbox', { name: 'Search' }).fill('GitHub');
  await page
    .getByRole('link', { name: /^Open Access reviews: GitHub/ })
    .first()
    .click();
  await expect(page).toHaveURL(/#\/access-reviews\/system(%2F|\/)\d+$/);
  await expect(page.getByTestId('coverage-row')).toHaveCount(1);
  await expect(page.getByRole('row', { name: /GitHub/ })).toContainText('Missing');
  await page.getByRole('link', { name: 'Show every system' }).click();
  await expect(page.getByTestId('coverage-row')).toHaveCount(5);
});
