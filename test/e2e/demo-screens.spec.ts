import { expect, screen, test } from './fixtures';

/**
 * The demo vault (Fernhill Analytics) through every screen of scope, criteria,
 * controls and coverage: realistic data for the screenshots a person reviews,
 * and a check that the figures agree from one screen to the next.
 */
test('the demo vault reads consistently across criteria, matrix, controls and a control', async ({ page, launch }) => {
  const host = await launch({ demo: 'small' });
  await page.goto(host.launchUrl);
  const nav = page.getByRole('navigation', { name: 'Areas' });

  await nav.getByRole('link', { name: 'Scope' }).click();
  const categories = page.getByRole('region', { name: 'Categories in scope' });
  await expect(categories.getByRole('checkbox', { name: 'Confidentiality' })).toBeChecked();
  await expect(categories.getByRole('checkbox', { name: 'Processing Integrity' })).toBeChecked();
  await expect(categories.getByRole('button', { name: 'Use the AI-agency preset' })).toBeDisabled();
  await screen(page, 'demo-scope');

  await nav.getByRole('link', { name: 'Criteria' }).click();
  const summary = page.getByTestId('criteria-summary');
  await expect(summary).toHaveText(
    /^40 of 61 criteria in scope; \d+ covered, \d+ not yet implemented, 0 gaps, 1 not applicable$/,
  );
  await page.getByRole('button', { name: /CC6\.4/ }).click();
  await expect(page.getByRole('region', { name: /CC6\.4/ })).toContainText('Marked not applicable');
  await page.getByRole('button', { name: /CC6\.5/ }).click();
  await screen(page, 'demo-criteria');

  await page.getByRole('tab', { name: 'Coverage matrix' }).click();
  await expect(page.getByTestId('matrix-gaps')).toHaveText('Every criterion in scope has at least one control');
  const matrix = page.getByRole('table', { name: /Coverage matrix/ });
  await expect(matrix.getByRole('row', { name: /CC6\.4/ })).toContainText('Not applicable');
  // The sticky column stays in place while the controls scroll sideways.
  const scroller = page.getByTestId('coverage-matrix');
  const corner = matrix.getByRole('columnheader', { name: 'Criterion' });
  const before = await corner.boundingBox();
  await scroller.evaluate((el) => el.scrollTo(el.scrollWidth, 0));
  await expect(matrix.getByRole('link', { name: /^VM-/ }).first()).toBeVisible();
  expect((await corner.boundingBox())?.x).toBe(before?.x);
  expect(await matrix.locator('thead th').count()).toBeLessThan(60);
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  await screen(page, 'demo-matrix');

  await page.getByRole('switch', { name: /Show out-of-scope criteria too/ }).click();
  await expect(matrix.getByRole('row', { name: /P1\.1/ })).toContainText('Out of scope');

  await nav.getByRole('link', { name: 'Controls' }).click();
  await expect(page.getByText(/^\d+ controls$/)).toBeVisible();
  await screen(page, 'demo-controls');

  await page.getByRole('table', { name: 'Controls' }).getByRole('row', { name: /AC-10/ }).click();
  await expect(page.getByTestId('control-labels')).toContainText('Not applicable');
  await expect(page.getByTestId('not-applicable-reason')).toContainText('fully remote');
  await screen(page, 'demo-control-na');

  await page.getByRole('link', { name: 'All controls' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('ML-03');
  await page.getByRole('table', { name: 'Controls' }).getByRole('row', { name: /ML-03/ }).click();
  await expect(page.getByRole('form', { name: 'Criteria mappings' }).getByRole('listitem')).not.toHaveCount(0);
  await screen(page, 'demo-control');
});
