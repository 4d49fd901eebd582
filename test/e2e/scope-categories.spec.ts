import { expect, screen, test } from './fixtures';

test('adding Privacy copies its library controls; removing it keeps them, out of scope', async ({ page, host }) => {
  await page.goto(host.launchUrl);
  const nav = page.getByRole('navigation', { name: 'Areas' });
  await nav.getByRole('link', { name: 'Scope' }).click();

  const categories = page.getByRole('region', { name: 'Categories in scope' });
  await expect(categories).toBeVisible();
  const security = categories.getByRole('checkbox', { name: 'Security' });
  const privacy = categories.getByRole('checkbox', { name: 'Privacy' });
  await expect(security).toBeChecked();
  await expect(security).toBeDisabled();
  await expect(categories).toContainText('Required in every SOC 2 examination');
  await expect(categories).toContainText('Removing a category never deletes controls');
  await expect(privacy).not.toBeChecked();

  const save = categories.getByRole('button', { name: 'Save categories' });
  await expect(save).toBeDisabled();
  await privacy.click();
  await expect(privacy).toBeChecked();
  await expect(categories.getByText('Unsaved changes')).toBeVisible();
  await save.click();

  const status = categories.getByRole('status');
  await expect(status).toContainText(/\d+ library controls added for Privacy\./);
  const added = Number(/(\d+) library controls added/.exec((await status.textContent()) ?? '')![1]);
  expect(added).toBeGreaterThan(5);
  await screen(page, 'scope-categories');

  // The Controls table, filtered on Privacy, lists them in scope.
  await nav.getByRole('link', { name: 'Controls' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Controls' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'Privacy' }).click();
  const table = page.getByRole('table', { name: 'Controls' });
  const pr01 = table.getByRole('row', { name: /PR-01/ });
  await expect(pr01).toBeVisible();
  await expect(pr01).toContainText('In scope');
  await expect(page.getByText(/^Showing \d+ of \d+ controls$/)).toBeVisible();
  const shownWithPrivacy = await page.getByText(/^Showing \d+ of \d+ controls$/).textContent();
  expect(Number(/Showing (\d+)/.exec(shownWithPrivacy ?? '')![1])).toBeGreaterThanOrEqual(added);
  await screen(page, 'controls-privacy');

  // Remove Privacy: nothing is deleted, the controls are shown as out of scope.
  await nav.getByRole('link', { name: 'Scope' }).click();
  await privacy.click();
  await expect(privacy).not.toBeChecked();
  await save.click();
  await expect(status).toContainText(
    'Privacy is out of scope now. Its controls stay in the vault, shown as out of scope.',
  );

  await nav.getByRole('link', { name: 'Controls' }).click();
  // The Privacy filter is still on: the same controls, now marked out of scope.
  await expect(page.getByRole('combobox', { name: 'Category' })).toHaveValue('Privacy');
  await expect(page.getByText(shownWithPrivacy!)).toBeVisible();
  await expect(pr01).toContainText('Out of scope');
  await expect(pr01).not.toContainText('In scope');
  await screen(page, 'controls-out-of-scope');

  // The preset picks the three categories most AI agencies start with.
  await nav.getByRole('link', { name: 'Scope' }).click();
  await categories.getByRole('button', { name: 'Use the AI-agency preset' }).click();
  await expect(categories.getByRole('checkbox', { name: 'Confidentiality' })).toBeChecked();
  await expect(categories.getByRole('checkbox', { name: 'Processing Integrity' })).toBeChecked();
  await expect(categories.getByRole('checkbox', { name: 'Availability' })).not.toBeChecked();
  await expect(privacy).not.toBeChecked();
  await expect(categories.getByText('Unsaved changes')).toBeVisible();
});

test('advice on an unusual Type II period shows near the dates after saving and after a reload', async ({
  page,
  host,
}) => {
  await page.goto(host.launchUrl);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Scope' }).click();
  await page.getByRole('radio', { name: /Type II/ }).click();
  await page.getByLabel('Period start').fill('2025-01-01');
  await page.getByLabel('Period end').fill('2025-02-15');
  const advice = page.getByTestId('engagement-advice');
  // The same rule runs on what is typed, before saving.
  await expect(advice).toContainText('shorter than 3 months');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').getByText('Saved', { exact: true })).toBeVisible();
  await expect(advice).toContainText('Auditors rarely accept a Type II period under 3 months.');
  await screen(page, 'scope-period-advice');

  await page.reload();
  await expect(advice).toContainText('shorter than 3 months');
  await page.getByLabel('Period end').fill('2025-06-30');
  await expect(advice).toHaveCount(0);
});
