import { expect, screen, test } from './fixtures';

const AREA_LABELS = [
  'Overview',
  'Scope',
  'Criteria',
  'Controls',
  'Policies',
  'Evidence',
  'Incidents',
  'Access reviews',
  'Risks',
  'Vendors',
  'People',
  'Changes',
  'Self-check',
  'Export',
];

test('the engagement basics validate as you type, save, and survive a reload', async ({ page, host }) => {
  await page.goto(host.launchUrl);
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Acme AI Ltd');
  await expect(banner).toContainText('vault.attest');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByTestId('audit-trail')).toContainText('vault.create');
  await screen(page, 'overview');

  const nav = page.getByRole('navigation', { name: 'Areas' });
  await nav.getByRole('link', { name: 'Scope' }).click();
  await expect(page).toHaveURL(/#\/scope$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Scope' })).toBeVisible();

  const orgName = page.getByRole('textbox', { name: 'Organisation name' });
  const systemName = page.getByRole('textbox', { name: 'System name' });
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await expect(orgName).toHaveValue('Acme AI Ltd');

  // Clearing a required field shows its error inline at once, wired to the input.
  await orgName.fill('');
  const orgError = page.getByText('Organisation name is required');
  await expect(orgError).toBeVisible();
  await expect(orgName).toHaveAttribute('aria-invalid', 'true');
  const errorId = await orgError.getAttribute('id');
  expect(errorId).toBeTruthy();
  await expect(orgName).toHaveAttribute('aria-describedby', new RegExp(`\\b${errorId}\\b`));

  // Saving now is refused in the page: the error stays, focus goes to the field, nothing is saved.
  await save.click();
  await expect(orgError).toBeVisible();
  await expect(orgName).toBeFocused();
  await expect(page.getByRole('status').getByText('Saved', { exact: true })).toHaveCount(0);

  await orgName.fill('Acme Applied AI Ltd');
  await expect(orgError).toHaveCount(0);
  await systemName.fill('Acme model hosting platform');

  // Type II with a period that ends before it starts: inline error on the end date.
  await page.getByRole('radio', { name: /Type II/ }).click();
  await expect(page.getByRole('radio', { name: /Type II/ })).toHaveAttribute('aria-checked', 'true');
  const periodStart = page.getByLabel('Period start');
  const periodEnd = page.getByLabel('Period end');
  await periodStart.fill('2025-06-30');
  await periodEnd.fill('2025-01-01');
  const periodError = page.getByText('The period must end after it starts');
  await expect(periodError).toBeVisible();
  await expect(periodEnd).toHaveAttribute('aria-invalid', 'true');
  await screen(page, 'scope-errors');

  // Moving the start is enough to re-check the end.
  await periodStart.fill('2024-12-01');
  await expect(periodError).toHaveCount(0);
  await periodStart.fill('2025-06-30');
  await expect(periodError).toBeVisible();

  await periodEnd.fill('2025-12-31');
  await expect(periodError).toHaveCount(0);

  // Switching type keeps the other type's values.
  await page.getByRole('radio', { name: /Type I\b/ }).click();
  const asOf = page.getByLabel('As-of date');
  await expect(asOf).toBeVisible();
  await asOf.fill('2025-03-31');
  await page.getByRole('radio', { name: /Type II/ }).click();
  await expect(periodStart).toHaveValue('2025-06-30');
  await expect(periodEnd).toHaveValue('2025-12-31');

  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await save.click();
  await expect(page.getByRole('status').getByText('Saved', { exact: true })).toBeVisible();
  await expect(banner).toContainText('Acme Applied AI Ltd');
  await screen(page, 'scope');

  // A reload keeps the place (#/scope) and shows what the vault holds.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Scope' })).toBeVisible();
  await expect(orgName).toHaveValue('Acme Applied AI Ltd');
  await expect(systemName).toHaveValue('Acme model hosting platform');
  await expect(page.getByRole('radio', { name: /Type II/ })).toHaveAttribute('aria-checked', 'true');
  await expect(periodStart).toHaveValue('2025-06-30');
  await expect(periodEnd).toHaveValue('2025-12-31');
  await page.getByRole('radio', { name: /Type I\b/ }).click();
  await expect(asOf).toHaveValue('2025-03-31');

  // The change is in the audit trail on the overview.
  await nav.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByTestId('audit-trail')).toContainText('engagement.update');
  await expect(page.getByTestId('audit-trail')).toContainText('Acme Applied AI Ltd');
});

test('the navigation lists every area and an empty register says what to do', async ({ page, host }) => {
  await page.goto(host.launchUrl);
  const nav = page.getByRole('navigation', { name: 'Areas' });
  const links = nav.getByRole('link');
  await expect(links).toHaveCount(AREA_LABELS.length);
  await expect(links).toHaveText(AREA_LABELS);
  await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');

  await nav.getByRole('link', { name: 'Risks' }).click();
  await expect(page).toHaveURL(/#\/risks$/);
  await expect(nav.getByRole('link', { name: 'Risks' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Risks' })).toBeVisible();
  await expect(page.getByText('The risk register is empty')).toBeVisible();
  await expect(page.getByRole('button', { name: /starter risks/i }).first()).toBeVisible();
  await expect(page.getByText(/coming soon/i)).toHaveCount(0);
  await screen(page, 'empty-register');

  // Keyboard: focus a link and press Enter.
  await nav.getByRole('link', { name: 'Incidents' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Incidents' })).toBeVisible();
  await expect(page.getByText(/A log of security and availability incidents/)).toBeVisible();

  // The place survives a reload, and back goes to the previous area.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Incidents' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Risks' })).toBeVisible();
});

test('unsaved edits on Scope survive a visit to another area', async ({ page, host }) => {
  await page.goto(host.launchUrl);
  const nav = page.getByRole('navigation', { name: 'Areas' });
  await nav.getByRole('link', { name: 'Scope' }).click();
  const systemName = page.getByRole('textbox', { name: 'System name' });
  await systemName.fill('Half-typed system');
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  await nav.getByRole('link', { name: 'Controls' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Controls' })).toBeVisible();
  await nav.getByRole('link', { name: 'Scope' }).click();
  await expect(systemName).toHaveValue('Half-typed system');
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  // Nothing was written: the overview still shows what the vault holds.
  await nav.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('region', { name: 'This vault' })).toContainText('Acme AI Ltd platform');
});
