import fs from 'node:fs';
import path from 'node:path';
import { emitShellEvent as emit, installFakeBridge } from './fake-bridge';
import { expect, test } from './fixtures';

// The renderer's Electron branch, driven in Chromium through a stand-in for the preload (fake-bridge.ts).

test('inside Electron the renderer uses the bridge, its dialogs and its shell events', async ({ page, launch }) => {
  const host = await launch();
  const newVault = path.join(host.dir, 'from-dialog.attest');
  await installFakeBridge(page, { newVault, openVault: newVault });
  await page.goto(host.launchUrl);

  const create = page.getByRole('form', { name: 'Create a vault' });
  await expect(create).toBeVisible();
  // No path text field to type into: the location comes from the save dialog.
  const location = create.getByRole('textbox', { name: 'Vault file' });
  await expect(location).toHaveAttribute('readonly', '');
  await create.getByRole('textbox', { name: 'Organisation name' }).fill('Contoso Models');
  await create.getByRole('button', { name: 'Create vault' }).click();
  await expect(create.getByText('Say where the vault file should be saved')).toBeVisible();

  await create.getByRole('button', { name: 'Choose…' }).click();
  await expect(location).toHaveValue(newVault);
  await create.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('banner')).toContainText('Contoso Models');
  await expect(page.getByRole('banner')).toContainText('from-dialog.attest');

  // File → New while a vault is open: the create form opens over it with the chosen path.
  const other = path.join(host.dir, 'second.attest');
  await emit(page, { type: 'new-vault', path: other });
  const dialog = page.getByRole('dialog', { name: 'Create a vault' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Vault file' })).toHaveValue(other);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);

  // A menu command can move to an area.
  await emit(page, { type: 'navigate', area: 'vendors' });
  await expect(page.getByRole('heading', { level: 1, name: 'Vendors' })).toBeVisible();
  await expect(page).toHaveURL(/#\/vendors$/);

  // The shell closed the vault behind the page's back: 'vault-changed' reloads and shows the welcome screen.
  await page.evaluate(() =>
    fetch('/api/op/vault.close', {
      method: 'POST',
      credentials: 'same-origin',
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    }),
  );
  await emit(page, { type: 'vault-changed' });
  await expect(page.getByRole('form', { name: 'Create a vault' })).toBeVisible();

  // Open through the open dialog.
  await page.getByRole('button', { name: 'Choose a vault file…' }).click();
  await expect(page.getByRole('banner')).toContainText('Contoso Models');
});

test('inside Electron policies are exported to the folder chosen in the OS dialog, never a typed path', async ({
  page,
  launch,
}) => {
  const host = await launch({ demo: 'small' });
  const exportFolder = path.join(host.dir, 'Policies for the auditor');
  await installFakeBridge(page, { exportFolder });
  await page.goto(host.launchUrl);
  await page.goto(new URL('/#/policies', host.baseUrl).toString());

  await page.getByRole('button', { name: 'Export approved policies' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export approved policies' });
  const folder = dialog.getByRole('textbox', { name: 'Folder' });
  await expect(folder).toHaveAttribute('readonly', '');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByText('Choose the folder to export to')).toBeVisible();
  expect(fs.existsSync(exportFolder)).toBe(false);

  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(folder).toHaveValue(exportFolder);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const written = dialog.getByRole('table', { name: 'Files written' });
  await expect(written).toBeVisible();
  const pdfs = fs.readdirSync(exportFolder).filter((f) => f.endsWith('.pdf'));
  expect(pdfs.length).toBeGreaterThan(0);
  await expect(dialog.getByText(`Wrote ${pdfs.length} files`)).toBeVisible();
});
