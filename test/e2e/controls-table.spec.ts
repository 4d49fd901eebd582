import { execFileSync } from 'node:child_process';
import { CLI, expect, screen, test } from './fixtures';

interface ListedControl {
  id: string;
  name: string;
  description: string;
  status: string;
  frequency: string;
  owner: string;
  categories: string[];
}

const byId = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function controlsOf(vaultPath: string): ListedControl[] {
  const out = execFileSync(process.execPath, [CLI, 'controls', vaultPath, '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as ListedControl[];
}

test('a thousand controls: the table renders, searches, sorts and scrolls with few rows in the page', async ({
  page,
  launch,
}) => {
  const host = await launch({ demo: 'large' });
  const all = controlsOf(host.vaultPath!);
  expect(all.length).toBe(1000);
  const ids = all.map((c) => c.id).sort(byId.compare);

  await page.goto(host.launchUrl);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Controls' }).click();
  const table = page.getByRole('table', { name: 'Controls' });
  await expect(table).toBeVisible();
  await expect(page.getByText('1,000 controls', { exact: true })).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', '1001');
  const bodyRows = table.locator('tbody tr[data-index]');
  await expect(bodyRows.first()).toContainText(ids[0]!);
  // Virtualised: only the rows near the view are in the page.
  expect(await table.locator('tr').count()).toBeLessThan(100);
  await screen(page, 'controls-table');

  // Search narrows by ID, name or description.
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('encryption');
  const matching = all.filter((c) => `${c.id} ${c.name} ${c.description}`.toLowerCase().includes('encryption'));
  expect(matching.length).toBeGreaterThan(0);
  expect(matching.length).toBeLessThan(50);
  await expect(page.getByText(`Showing ${matching.length} of 1,000 controls`)).toBeVisible();
  await expect(bodyRows).toHaveCount(matching.length);
  await search.fill('CU-500');
  await expect(page.getByText('Showing 1 of 1,000 controls')).toBeVisible();
  await expect(bodyRows).toHaveCount(1);
  await expect(bodyRows.first()).toContainText('Client-specific safeguard');

  // Nothing matches: the empty state says what to do.
  await search.fill('no control is called this');
  await expect(page.getByText('No control matches these filters')).toBeVisible();
  await screen(page, 'controls-empty');
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page.getByText('1,000 controls', { exact: true })).toBeVisible();
  await expect(search).toHaveValue('');

  // Sort by ID descending: the highest ID comes first. aria-sort says so.
  const idHeader = table.getByRole('columnheader', { name: 'ID' });
  await expect(idHeader).toHaveAttribute('aria-sort', 'ascending');
  await idHeader.getByRole('button').click();
  await expect(idHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(bodyRows.first()).toContainText(ids[ids.length - 1]!);
  await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'none');

  // Sorting works from the keyboard too.
  await idHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(idHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(bodyRows.first()).toContainText(ids[0]!);
  await idHeader.getByRole('button').press('Enter');
  await expect(idHeader).toHaveAttribute('aria-sort', 'descending');

  // Scrolling to the bottom reaches the last row (the lowest ID when sorted descending).
  const scroller = page.getByTestId('controls-scroller');
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const lastRow = table.locator('tbody tr[aria-rowindex="1001"]');
  await expect(lastRow).toBeVisible();
  await expect(lastRow).toContainText(ids[0]!);
  expect(await table.locator('tr').count()).toBeLessThan(100);

  // Enter on a row opens the control; coming back keeps the sort.
  await lastRow.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/controls/${ids[0]}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'All controls' }).click();
  await expect(idHeader).toHaveAttribute('aria-sort', 'descending');

  // A click on a row opens it as well.
  await page.getByRole('row', { name: new RegExp(ids[ids.length - 1]!) }).click();
  await expect(page).toHaveURL(new RegExp(`#/controls/${ids[ids.length - 1]}$`));

  // The coverage matrix puts only the control columns in view into the page.
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Criteria' }).click();
  await page.getByRole('tab', { name: 'Coverage matrix' }).click();
  const matrix = page.getByRole('table', { name: /Coverage matrix/ });
  await expect(matrix).toBeVisible();
  const columns = Number(await matrix.getAttribute('aria-colcount')) - 1;
  expect(columns).toBeGreaterThan(900);
  expect(await matrix.locator('thead th').count()).toBeLessThan(80);
  await page.getByTestId('coverage-matrix').evaluate((el) => el.scrollTo(el.scrollWidth, 0));
  await expect(matrix.locator(`thead th[aria-colindex="${columns + 1}"]`)).toBeVisible();
  await screen(page, 'coverage-matrix-large');
});

test('the filters narrow the table by category, status, owner and frequency', async ({ page, launch }) => {
  const host = await launch({ demo: 'small' });
  const all = controlsOf(host.vaultPath!);
  await page.goto(host.launchUrl);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Controls' }).click();
  const table = page.getByRole('table', { name: 'Controls' });
  await expect(table).toBeVisible();
  await expect(page.getByText(`${all.length} controls`, { exact: true })).toBeVisible();

  const pick = async (label: string, option: string) => {
    await page.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  const expectShowing = async (n: number) => {
    await expect(page.getByText(`Showing ${n} of ${all.length} controls`, { exact: true })).toBeVisible();
    if (n > 0) await expect(table).toHaveAttribute('aria-rowcount', String(n + 1));
  };

  await pick('Status', 'Not started');
  let expected = all.filter((c) => c.status === 'not-started');
  await expectShowing(expected.length);
  for (const text of await table.locator('tbody tr[data-index]').allTextContents())
    expect(text).toContain('Not started');

  await pick('Status', 'Implemented');
  await pick('Frequency', 'Quarterly');
  expected = all.filter((c) => c.status === 'implemented' && c.frequency === 'quarterly');
  await expectShowing(expected.length);

  await pick('Category', 'Confidentiality');
  expected = expected.filter((c) => c.categories.includes('confidentiality'));
  await expectShowing(expected.length);
  await screen(page, 'controls-filtered');

  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await pick('Owner', 'Unassigned (no person named)');
  expected = all.filter((c) => c.owner === '');
  expect(expected.length).toBeGreaterThan(0);
  await expectShowing(expected.length);
  // An unassigned control shows its owner role, marked as such for screen readers.
  await expect(table.locator('tbody tr[data-index]').first()).toContainText('Unassigned, role:');

  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page.getByText(`${all.length} controls`, { exact: true })).toBeVisible();
  await screen(page, 'controls-demo');
});
