import { expect, screen, test } from './fixtures';

test('an incident is logged, gets a timeline entry and is closed; the log filters and exports', async ({
  page,
  launch,
}) => {
  const host = await launch({ demo: 'small' });
  await page.goto(`${host.launchUrl}#/incidents`);
  await expect(page.getByRole('heading', { level: 1, name: 'Incidents' })).toBeVisible();
  await expect(page.getByTestId('incidents-count')).toHaveText('6 incidents; 1 open or contained');
  await expect(page.getByRole('row', { name: /Client dashboard unavailable/ })).toContainText(
    'Closed without a post-mortem',
  );
  await screen(page, 'incidents-list');

  // Filters: AI data leakage shows only the significant one.
  await page.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'AI: data leakage through a model' }).click();
  await expect(page.getByTestId('incidents-count')).toHaveText('1 of 6 incidents shown');
  await expect(page.getByRole('row', { name: /Support assistant quoted/ })).toContainText('Significant');
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // The population for the audit period, as a CSV download.
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export incidents as CSV' });
  const downloading = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^incidents_\d{4}-\d{2}-\d{2}_to_\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(exportDialog.getByRole('status')).toContainText('6 incidents saved');
  await exportDialog.getByRole('button', { name: 'Close' }).click();

  // Log a new one.
  await page.getByRole('button', { name: 'Log incident' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log an incident' })).toBeVisible();
  await page.getByRole('button', { name: 'Log incident' }).click();
  await expect(page.getByText('Title is required')).toBeVisible();
  await page.getByRole('textbox', { name: 'Title' }).fill('Classifier returned empty labels for a batch');
  await page.getByRole('combobox', { name: 'Severity' }).click();
  await page.getByRole('option', { name: 'SEV2 · Major' }).click();
  await expect(page.getByTestId('severity-meaning')).toContainText('SEV2 · Major: An important part of the service');
  await page.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'AI: model failure or degradation' }).click();
  await page.getByLabel('Began').fill('2026-11-20T09:00');
  await page.getByLabel('Detected').fill('2026-11-20T08:00');
  await expect(page.getByText('Detection cannot be before the incident began')).toBeVisible();
  await page.getByLabel('Detected').fill('2026-11-20T09:40');
  await page.getByRole('textbox', { name: 'Incident lead' }).fill('Aisha Rahman');
  await page
    .getByRole('textbox', { name: 'Description' })
    .fill('One batch of 2,000 documents came back with no labels.');
  await screen(page, 'incidents-new');
  await page.getByRole('button', { name: 'Log incident' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Classifier returned empty labels for a batch' }),
  ).toBeVisible();
  const labels = page.getByTestId('incident-labels');
  await expect(labels).toContainText('Open');
  await expect(labels).toContainText('SEV2 · Major');
  await expect(labels).toContainText('detected after 40 min');

  // A timeline entry.
  const timelineForm = page.getByRole('form', { name: 'Add a timeline entry' });
  await timelineForm.getByLabel('When').fill('2026-11-20T10:15');
  await timelineForm.getByLabel('By').fill('Tomás Novak');
  await timelineForm.getByLabel('What happened').fill('Batch re-run on the previous model version; labels back.');
  await timelineForm.getByRole('button', { name: 'Add entry' }).click();
  await expect(page.getByTestId('incident-timeline')).toContainText('Batch re-run on the previous model version');
  await expect(timelineForm.getByLabel('What happened')).toHaveValue('');

  // A corrective action linked to a control.
  const actionForm = page.getByRole('form', { name: 'Add a corrective action' });
  await actionForm.getByLabel('Action').fill('Alert when a batch returns more than 1% empty labels');
  await actionForm.getByLabel('Owner').fill('Aisha Rahman');
  await actionForm.getByLabel('Due').fill('2099-01-31');
  await actionForm.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByTestId('corrective-action')).toContainText('Alert when a batch returns');

  // Close it.
  await page.getByRole('button', { name: 'Change status' }).click();
  const dialog = page.getByRole('dialog', { name: /Change the status of INC-/ });
  await dialog.getByRole('combobox', { name: 'New status' }).click();
  await page.getByRole('option', { name: 'Closed' }).click();
  await dialog.getByLabel('Resolved').fill('2026-11-20T11:00');
  await dialog.getByLabel('Note for the timeline').fill('Root cause confirmed, alert in place');
  await expect(dialog).toContainText('Still missing: No root cause recorded');
  await dialog.getByRole('button', { name: 'Close incident' }).click();
  await expect(dialog).toBeHidden();
  await expect(labels).toContainText('Closed');
  await expect(labels).toContainText('resolved after 2 h');
  await expect(page.getByTestId('incident-timeline')).toContainText(
    'Status changed from Open to Closed: Root cause confirmed, alert in place',
  );
  await screen(page, 'incidents-detail');

  // Back in the list, the count has grown and the new one is closed.
  await page.getByRole('link', { name: 'All incidents' }).click();
  await expect(page.getByTestId('incidents-count')).toHaveText('7 incidents; 1 open or contained');
  await expect(page.getByRole('row', { name: /Classifier returned empty labels/ })).toContainText('Closed');
});
