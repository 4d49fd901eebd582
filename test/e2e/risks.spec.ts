import type { Page } from '@playwright/test';
import { STARTER_RISKS } from '../../shared/domain/risk-starters';
import { expect, screen, test } from './fixtures';

const n = STARTER_RISKS.length;

async function pick(page: Page, scope: ReturnType<Page['locator']> | Page, label: string, option: string | RegExp) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

test('the register starts from the AI-agency starters, is scored, filtered on the heat map, linked to controls and assessed', async ({
  page,
  host,
}) => {
  await page.goto(`${host.launchUrl}#/risks`);
  await expect(page.getByRole('heading', { level: 1, name: 'Risks' })).toBeVisible();
  await expect(page.getByText('The risk register is empty')).toBeVisible();
  await screen(page, 'risks-empty');

  // One click adopts the starters; every one still needs the owner's assessment.
  await page.getByRole('button', { name: `Add ${n} starter risks` }).click();
  const table = page.getByRole('table', { name: 'Risks' });
  await expect(page.getByTestId('risks-count')).toHaveText(`${n} risks, ${n} needing attention`);
  await expect(page.getByTestId('last-assessment')).toContainText('No complete risk assessment recorded yet');
  await expect(page.getByText(/starter risks? for AI agencies/)).toHaveCount(0);

  // The heat map's cells filter the list: two starters sit at likelihood 4, impact 4 before controls.
  await page.getByRole('region', { name: 'Heat map' }).getByText('Inherent', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Inherent' })).toBeChecked();
  const cell = page.getByRole('button', { name: /^Likelihood 4 \(Likely\), impact 4 \(Major\): 2 risks$/ });
  await cell.click();
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('risks-count')).toContainText(
    `2 of ${n} risks shown (inherent likelihood 4, impact 4)`,
  );
  await expect(table.locator('tbody tr[data-index]')).toHaveCount(2);
  await screen(page, 'risks-heatmap-filter');

  // Open one and assess it; the form refuses a residual score above the inherent one as it is typed.
  await table.locator('tbody tr[data-index]').filter({ hasText: 'prompt injection' }).click();
  await expect(page).toHaveURL(/#\/risks\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: /Adversarial inputs and prompt injection/ })).toBeVisible();
  await expect(page.getByTestId('risk-attention')).toContainText('Residual not assessed');
  const form = page.getByRole('form', { name: /^Risk R-\d+/ });
  await pick(page, form, 'Residual likelihood', '5 · Almost certain');
  await pick(page, form, 'Residual impact', '5 · Severe');
  await expect(form.getByText('The residual score cannot be higher than the inherent score')).toBeVisible();
  await pick(page, form, 'Residual likelihood', '2 · Unlikely');
  await pick(page, form, 'Residual impact', '3 · Moderate');
  await expect(form.getByText('The residual score cannot be higher than the inherent score')).toBeHidden();
  await expect(page.getByTestId('live-scores')).toContainText('Residual: Medium · 6');
  await pick(page, form, 'Treatment', 'Mitigate');
  await form.getByLabel('Rationale').fill('Input filtering and output checks before anything reaches a client.');
  await form.getByLabel('Owner').fill('Aisha Rahman');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Saved')).toBeVisible();
  await expect(page.getByTestId('risk-labels')).toContainText('Residual: Medium · 6');
  await expect(page.getByTestId('risk-attention')).not.toContainText('Residual not assessed');
  await expect(page.getByTestId('risk-attention')).toContainText('Never reviewed');
  await screen(page, 'risk-detail');

  // Linked controls open their own page.
  await page.getByRole('link', { name: /^Control ML-11:/ }).click();
  await expect(page).toHaveURL(/#\/controls\/ML-11$/);
  await page.goBack();
  await page.getByRole('link', { name: 'All risks' }).click();

  // Record the completed assessment: dated, named, and every risk marked reviewed.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('button', { name: 'Record a completed assessment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a completed risk assessment' });
  await dialog.getByRole('button', { name: 'Record assessment' }).click();
  await expect(dialog.getByText('Who performed the assessment is required')).toBeVisible();
  await dialog.getByLabel('Performed by').fill('Grace Whitfield and Maya Okafor');
  await dialog.getByRole('button', { name: 'Record assessment' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('last-assessment')).toContainText(
    `By Grace Whitfield and Maya Okafor, covering ${n} risks`,
  );
  await expect(page.getByTestId('last-assessment')).toContainText('Within the year');
  await screen(page, 'risks-list');

  // A risk of one's own: required fields are named before anything is sent.
  await page.getByRole('button', { name: 'Add risk' }).click();
  const create = page.getByRole('form', { name: 'New risk' });
  await create.getByRole('button', { name: 'Add risk' }).click();
  await expect(create.getByText('Title is required')).toBeVisible();
  await expect(create.getByText('Choose a category')).toBeVisible();
  await create.getByRole('textbox', { name: 'Title', exact: true }).fill('Client asks for EU-only processing');
  await pick(page, create, 'Category', 'Legal and compliance');
  await pick(page, create, 'Likelihood', '3 · Possible');
  await pick(page, create, 'Impact', '4 · Major');
  await create.getByRole('button', { name: 'Add risk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Client asks for EU-only processing/ })).toBeVisible();
  await expect(page.getByTestId('risk-labels')).toContainText('Inherent: High · 12');
});

test('the demo register shows its gaps: a high accepted risk without rationale, an assessment ten months old', async ({
  page,
  launch,
}) => {
  const host = await launch({ demo: 'small' });
  await page.goto(`${host.launchUrl}#/risks`);
  await expect(page.getByTestId('last-assessment')).toContainText(
    'By Grace Whitfield with Maya Okafor and Daniel Reyes',
  );
  await page.getByRole('switch', { name: /Needs attention/ }).click();
  const rows = page.getByRole('table', { name: 'Risks' }).locator('tbody tr[data-index]');
  const provider = rows.filter({ hasText: 'Third-party AI provider outage or change' });
  await expect(provider).toContainText('High · 12');
  await expect(provider).toContainText('No rationale');
  await page.getByRole('switch', { name: /Needs attention/ }).click();
  await screen(page, 'risks-demo');
});
