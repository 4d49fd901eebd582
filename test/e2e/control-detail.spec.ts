import { expect, screen, test } from './fixtures';

test('not applicable without a reason is refused inline; with one it is saved and shown', async ({ page, host }) => {
  await page.goto(`${host.launchUrl}#/controls/AC-02`);
  await expect(page.getByRole('heading', { level: 1, name: 'Multi-factor authentication enforced' })).toBeVisible();
  const labels = page.getByTestId('control-labels');
  await expect(labels).not.toContainText('Not applicable');

  await page.getByRole('switch', { name: 'Not applicable' }).click();
  const reason = page.getByRole('textbox', { name: 'Why does it not apply?' });
  await expect(reason).toBeVisible();
  await page.getByRole('button', { name: 'Mark not applicable' }).click();
  const error = page.getByText('A reason for marking the control not applicable is required');
  await expect(error).toBeVisible();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(labels).not.toContainText('Not applicable');
  await screen(page, 'control-detail-na-refused');

  // Spaces are not a reason either.
  await reason.fill('   ');
  await page.getByRole('button', { name: 'Mark not applicable' }).click();
  await expect(error).toBeVisible();

  // Nothing was written.
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Not applicable' })).not.toBeChecked();
  await expect(labels).not.toContainText('Not applicable');

  await page.getByRole('switch', { name: 'Not applicable' }).click();
  await reason.fill('Staff sign in with passkeys only; there is no password to add a factor to.');
  await expect(error).toHaveCount(0);
  await page.getByRole('button', { name: 'Mark not applicable' }).click();
  await expect(labels).toContainText('Not applicable');
  await expect(page.getByTestId('not-applicable-reason')).toContainText('passkeys only');

  // Switching it off makes the control applicable again.
  await page.getByRole('switch', { name: 'Not applicable' }).click();
  await expect(labels).not.toContainText('Not applicable');
  await expect(page.getByTestId('not-applicable-reason')).toHaveCount(0);
});

test('the control form validates as you type, saves, and keeps unsaved edits across areas', async ({ page, host }) => {
  await page.goto(`${host.launchUrl}#/controls/AC-05`);
  const form = page.getByRole('form', { name: 'Control details' });
  const name = form.getByRole('textbox', { name: 'Name' });
  await expect(name).toHaveValue('Quarterly access review');

  await name.fill('');
  await expect(form.getByText('Name is required')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(name).toBeFocused();

  await name.fill('Quarterly access review of client systems');
  await form.getByRole('textbox', { name: 'Owner', exact: true }).fill('Priya Shah');
  await form.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'In progress' }).click();
  await expect(form.getByText('Unsaved changes')).toBeVisible();

  // Leave and come back: the edits are still there.
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Criteria' }).click();
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Controls' }).click();
  await page.getByRole('table', { name: 'Controls' }).getByRole('row', { name: /AC-05/ }).click();
  await expect(name).toHaveValue('Quarterly access review of client systems');
  await expect(form.getByText('Unsaved changes')).toBeVisible();

  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Saved', { exact: true })).toBeVisible();
  await expect(page.getByTestId('control-labels')).toContainText('In progress');
  await screen(page, 'control-detail');

  // Removing every criterion is refused inline: a control maps to at least one.
  const mappings = page.getByRole('form', { name: 'Criteria mappings' });
  for (const id of ['CC6.2', 'CC6.3', 'CC6.1']) {
    const remove = mappings.getByRole('button', { name: `Remove ${id}` });
    if (await remove.count()) await remove.click();
  }
  await expect(mappings.getByText('Map the control to at least one criterion')).toBeVisible();

  // The table shows the new owner and status.
  await page.reload();
  await expect(name).toHaveValue('Quarterly access review of client systems');
  await page.getByRole('link', { name: 'All controls' }).click();
  const row = page.getByRole('table', { name: 'Controls' }).getByRole('row', { name: /AC-05/ });
  await expect(row).toContainText('Priya Shah');
  await expect(row).toContainText('In progress');
});

test('a custom control is added from the Controls table', async ({ page, host }) => {
  await page.goto(`${host.launchUrl}#/controls`);
  await page.getByRole('button', { name: 'Add control' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a control' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Add control' }).click();
  await expect(dialog.getByText('Name is required')).toBeVisible();
  await expect(dialog.getByText('Map the control to at least one criterion')).toBeVisible();

  await dialog.getByRole('textbox', { name: 'ID' }).fill('bad id');
  await expect(dialog.getByText(/Use an ID like AC-03/)).toBeVisible();
  await dialog.getByRole('textbox', { name: 'ID' }).fill('');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Client red-team exercise');
  await dialog
    .getByRole('textbox', { name: 'Description' })
    .fill(
      'Once a year an outside firm attacks the hosted models of our largest client; findings are tracked to closure.',
    );
  const picker = dialog.getByRole('combobox', { name: 'Add or remove criteria' });
  await picker.fill('CC4.1');
  await page.getByRole('option', { name: /CC4\.1/ }).click();
  await expect(dialog.getByRole('listitem')).toHaveText([/CC4\.1/]);
  await dialog.getByText('For something your agency does').click();
  await expect(page.getByRole('option', { name: /CC4\.1/ })).toHaveCount(0);
  await screen(page, 'add-control');
  await dialog.getByRole('button', { name: 'Add control' }).click();

  await expect(page).toHaveURL(/#\/controls\/CU-01$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Client red-team exercise' })).toBeVisible();
  await expect(page.getByTestId('control-labels')).toContainText('Custom control');
});
