import fs from 'node:fs';
import path from 'node:path';
import { expect, screen, test } from './fixtures';

test('with no vault open, the welcome screen creates a vault and lists it as recent', async ({ page, launch }) => {
  const host = await launch();
  await page.goto(host.launchUrl);

  await expect(page.getByRole('heading', { level: 1, name: 'Attest' })).toBeVisible();
  const create = page.getByRole('form', { name: 'Create a vault' });
  await expect(create).toBeVisible();
  await expect(page.getByRole('form', { name: 'Open a vault' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recent vaults' })).toBeVisible();
  await screen(page, 'welcome');

  // Missing fields are flagged inline, nothing is sent.
  await create.getByRole('button', { name: 'Create vault' }).click();
  await expect(create.getByText('Organisation name is required')).toBeVisible();

  // A file already at the path: the host's message is shown inline and nothing changes.
  const taken = path.join(host.dir, 'taken.attest');
  fs.writeFileSync(taken, 'not a vault');
  await create.getByRole('textbox', { name: 'Organisation name' }).fill('Northwind Labs');
  await create.getByRole('textbox', { name: 'Vault file path' }).fill(taken);
  await create.getByRole('button', { name: 'Create vault' }).click();
  const problem = create.getByRole('alert');
  await expect(problem).toBeVisible();
  await expect(problem).toContainText(/exists/i);
  await screen(page, 'welcome-error');

  // A free path: the vault is created and opened on the overview.
  const fresh = path.join(host.dir, 'northwind.attest');
  await create.getByRole('textbox', { name: 'Vault file path' }).fill(fresh);
  await create.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Northwind Labs');
  await expect(page.getByRole('banner')).toContainText('northwind.attest');
  expect(fs.existsSync(fresh)).toBe(true);

  // Closing it returns to the welcome screen, where it is listed as recent; a deleted one is marked missing.
  await page.getByRole('button', { name: 'Close vault' }).click();
  const recent = page.getByRole('region', { name: 'Recent vaults' });
  await expect(recent).toContainText('Northwind Labs');
  await expect(recent).toContainText(fresh);
  await expect(recent).not.toContainText('File missing');

  const open = page.getByRole('form', { name: 'Open a vault' });
  await open.getByRole('textbox', { name: 'Vault file path' }).fill(path.join(host.dir, 'nowhere.attest'));
  await open.getByRole('button', { name: 'Open vault' }).click();
  await expect(open.getByRole('alert')).toBeVisible();

  await recent.getByRole('button', { name: 'Open Northwind Labs' }).click();
  await expect(page.getByRole('banner')).toContainText('Northwind Labs');
  await page.getByRole('button', { name: 'Close vault' }).click();

  fs.rmSync(fresh, { force: true });
  await page.reload();
  await expect(recent).toContainText('File missing');
  await expect(recent.getByRole('button', { name: 'Open Northwind Labs' })).toBeDisabled();
});
