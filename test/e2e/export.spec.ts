import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, expect, screen, test } from './fixtures';
import { installFakeBridge, shellCalls } from './fake-bridge';

test('export: edit the services provided, review the derived sections, export with progress and download a package that verifies', async ({
  page,
  launch,
}) => {
  // Writing the package is real work; on a busy two-core machine it can take a while.
  test.setTimeout(180_000);
  const host = await launch({ demo: 'small' });
  await page.goto(`${host.launchUrl}#/export`);
  const form = page.getByRole('form', { name: 'System description' });
  const services = form.getByRole('textbox', { name: 'What the system does for customers' });
  await expect(services).toHaveValue(/Fernhill Analytics designs, trains and runs machine-learning models/);
  await screen(page, 'export-description');

  // A blank entry in a structured list is flagged inline, and nothing is saved until it is named.
  await form.getByRole('button', { name: 'Add commitment' }).click();
  await form.getByRole('button', { name: 'Save description' }).click();
  await expect(form.getByText('Name this entry')).toBeVisible();
  await form.getByRole('textbox', { name: 'Commitment 5' }).fill('Monthly model performance report');
  await form
    .getByRole('textbox', { name: 'System requirements that meet it' })
    .last()
    .fill('Monitoring jobs and a reviewed report template.');
  await services.fill('Fernhill Analytics builds forecasting models for retailers — édition 2026.');
  await form.getByRole('button', { name: 'Save description' }).click();
  await expect(form.getByText('Saved')).toBeVisible();

  // Review: the assertion for the period and the derived sections.
  await page.getByRole('tab', { name: 'Review' }).click();
  await expect(page).toHaveURL(/#\/export\/review$/);
  await expect(page.getByText(/^Assertion of the management of Fernhill Analytics$/)).toBeVisible();
  await expect(page.getByText(/operated effectively throughout the period/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Subservice organizations (DC7)' })).toBeVisible();
  await screen(page, 'export-review');

  // Export with a progress bar, then download.
  await page.getByRole('tab', { name: 'Package' }).click();
  await page.getByRole('button', { name: 'Export package' }).click();
  await expect(page.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  const download = page.getByRole('link', { name: 'Download package' });
  await expect(download).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('status').filter({ hasText: /^Done: Fernhill Analytics SOC 2 package/ })).toBeVisible();
  await screen(page, 'export-package-done');
  const waiting = page.waitForEvent('download');
  await download.click();
  const file = await waiting;
  expect(file.suggestedFilename()).toMatch(/^Fernhill Analytics SOC 2 package \d{4}-\d{2}-\d{2}\.zip$/);
  const saved = path.join(host.dir, 'downloaded.zip');
  await file.saveAs(saved);

  // The downloaded package verifies and carries the edited narrative.
  const verify = execFileSync(process.execPath, [CLI, 'verify-package', saved], { encoding: 'utf8' });
  expect(verify).toMatch(/^OK: \d+ files match/);
  const unzipped = path.join(host.dir, 'unzipped');
  execFileSync('unzip', ['-q', saved, '-d', unzipped]);
  const pdf = fs.readdirSync(unzipped).find((f) => f.startsWith('01 '))!;
  const text = execFileSync('pdftotext', [path.join(unzipped, pdf), '-'], { encoding: 'utf8' });
  expect(text.replace(/\s+/g, ' ')).toContain(
    'Fernhill Analytics builds forecasting models for retailers — édition 2026.',
  );
  expect(text).toContain('Monthly model performance report');
});

test('export in the desktop window: the finished package is saved through the OS save dialog', async ({
  page,
  launch,
}) => {
  test.setTimeout(180_000);
  const host = await launch({ demo: 'small' });
  // The save dialog "chooses" a fixed file.
  await installFakeBridge(page, { savedPackage: '/home/grace/Audit/Fernhill package.zip' });
  await page.goto(`${host.launchUrl}#/export/package`);
  await page.getByRole('button', { name: 'Export package' }).click();
  const save = page.getByRole('button', { name: 'Save package…' });
  await expect(save).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('link', { name: 'Download package' })).toHaveCount(0);
  await save.click();
  await expect(page.getByText('Saved to /home/grace/Audit/Fernhill package.zip')).toBeVisible();
  expect(await shellCalls(page, 'savePackage')).toHaveLength(1);
});

test('a long export can be cancelled: no package is offered, and exporting again works', async ({ page, launch }) => {
  test.setTimeout(180_000);
  // The benchmark-scale demo: about 60,000 evidence files, so the export runs long enough to cancel.
  const host = await launch({ demo: 'large' });
  await page.goto(`${host.launchUrl}#/export/package`);
  await page.getByRole('button', { name: 'Export package' }).click();
  const cancel = page.getByRole('button', { name: 'Cancel export' });
  await expect(cancel).toBeVisible();
  await cancel.click();
  await expect(page.getByRole('status').filter({ hasText: 'Export cancelled: no package was written' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(cancel).toBeHidden();
  await expect(page.getByRole('link', { name: 'Download package' })).toHaveCount(0);
  await screen(page, 'export-cancelled');
  // The Export button is usable again.
  await expect(page.getByRole('button', { name: 'Export package' })).toBeEnabled();
});
