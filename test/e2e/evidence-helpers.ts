import type { Locator, Page } from '@playwright/test';

/** Picks a control in the upload dialog's control picker. */
export async function chooseControl(dialog: Locator, page: Page, id: string): Promise<void> {
  const input = dialog.getByRole('combobox', { name: 'Controls' });
  await input.click();
  await input.fill(id);
  await page.getByRole('option', { name: new RegExp(`^${id}`) }).click();
  await input.press('Escape');
}
