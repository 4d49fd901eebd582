import { expect, screen, test } from './fixtures';

test('self-check on the demo vault: run, read, follow a link, fix, re-run and see the score rise', async ({
  page,
  launch,
}) => {
  const host = await launch({ demo: 'small' });
  await page.goto(`${host.launchUrl}#/self-check`);
  await expect(page.getByRole('heading', { name: 'No self-check has run yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Run self-check' }).first().click();

  const score = page.getByTestId('readiness-score');
  await expect(score).toBeVisible();
  const before = Number(await score.textContent());
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThan(100);
  await expect(page.getByTestId('finding-group').first()).toContainText('Blockers');
  await expect(page.getByTestId('category-scores')).toContainText('Security');
  await screen(page, 'self-check-findings');

  // Filter to the warnings about owners: a finding names the control and links to it.
  await page.getByText(/^Warnings \(\d+\)$/).click();
  await expect(page.getByRole('radio', { name: /^Warnings/ })).toBeChecked();
  await page.getByRole('textbox', { name: 'Search' }).fill('has no owner');
  const finding = page.getByTestId('finding').first();
  await expect(finding).toContainText('has no owner');
  const key = (await finding.getAttribute('data-key'))!;
  const controlId = key.split(':')[1]!;
  await expect(page.getByTestId('finding-group')).toHaveCount(1);

  // Assign it, with the due date validated inline.
  await finding.getByRole('button', { name: /^Assign/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Owner is required')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Owner' }).fill('Grace Whitfield');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator(`[data-key="${key}"]`).getByTestId('finding-owner')).toHaveText('Grace Whitfield');
  await screen(page, 'self-check-assigned');

  // Export the plan as CSV.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export plan' }).click();
  await page.getByRole('menuitem', { name: 'Remediation plan as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^remediation-plan-\d{4}-\d{2}-\d{2}\.csv$/);

  // Follow the link to the control and fix it: give it an owner.
  await page.locator(`[data-key="${key}"]`).getByTestId('finding-link').click();
  await expect(page).toHaveURL(new RegExp(`#/controls/${controlId}$`));
  const form = page.getByRole('form', { name: 'Control details' });
  await form.getByRole('textbox', { name: 'Owner', exact: true }).fill('Grace Whitfield');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Saved')).toBeVisible();

  // Back to the self-check: the integrity warning links to the Evidence page, where the vault is verified.
  await page.goto(`${host.launchUrl}#/self-check`);
  await page.getByRole('textbox', { name: 'Search' }).fill('never been verified');
  const verification = page.locator('[data-key="verification-recent:vault"]');
  await verification.getByTestId('finding-link').click();
  await expect(page).toHaveURL(/#\/evidence$/);
  await page.getByRole('button', { name: 'Verify now' }).click();
  await expect(page.getByTestId('verify-report')).toContainText('Verified: no problem');

  // Run again: both findings are gone and the score went up.
  await page.goto(`${host.launchUrl}#/self-check`);
  await page.getByRole('button', { name: 'Run self-check' }).click();
  await expect(page.getByTestId('score-delta')).toContainText('up');
  const after = Number(await score.textContent());
  const afterText = (await score.textContent())!;
  expect(after).toBeGreaterThan(before);
  await expect(page.locator(`[data-key="${key}"]`)).toHaveCount(0);
  await expect(verification).toHaveCount(0);
  await screen(page, 'self-check-after-fix');

  // Sample sizes are editable per vault, validated as typed; saving runs the check again.
  await page.getByRole('button', { name: 'Sample sizes' }).click();
  const sizes = page.getByRole('dialog');
  const daily = sizes.getByRole('textbox', { name: 'Daily' });
  await expect(daily).toHaveValue('25');
  await daily.fill('0');
  await expect(sizes.getByText('Daily: at least 1')).toBeVisible();
  await daily.fill('20');
  await expect(sizes.getByText('Daily: at least 1')).toHaveCount(0);
  await sizes.getByRole('button', { name: 'Save' }).click();
  await expect(sizes).toHaveCount(0);
  await page.getByRole('button', { name: 'Sample sizes' }).click();
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Daily' })).toHaveValue('20');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  // The overview shows the same score, its trend and the top blockers with links.
  await page.goto(`${host.launchUrl}#/overview`);
  await expect(page.getByTestId('overview-score')).toHaveText(afterText);
  await expect(page.getByTestId('score-trend')).toBeVisible();
  await expect(page.getByTestId('top-blockers').getByRole('link').first()).toBeVisible();
  await screen(page, 'overview-dashboard');

  // The Criteria page shows each in-scope criterion's readiness from the same run; out of scope or not
  // applicable, none.
  await page.goto(`${host.launchUrl}#/criteria`);
  await expect(page.getByTestId('criteria-scores-note')).toContainText('readiness out of 100 in the self-check as of');
  await expect(page.locator('#criterion-CC6\\.1').getByTestId('criterion-score')).toHaveText(/^Score \d+(\.\d)?$/);
  await expect(page.locator('#criterion-P1\\.1').getByTestId('criterion-score')).toHaveText('');
  await expect(page.locator('#criterion-CC6\\.4').getByTestId('criterion-score')).toHaveText(''); // not applicable
  await screen(page, 'criteria-scores');
});
