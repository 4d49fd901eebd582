import { expect, screen, test } from './fixtures';

test('a control lists the risks and vendors that rely on it, and each opens its own page', async ({ page, launch }) => {
  const host = await launch({ demo: 'small' });
  await page.goto(`${host.launchUrl}#/controls/VM-03`);
  const linked = page.getByRole('region', { name: 'Linked records' });
  await expect(linked).toBeVisible();
  const risks = linked.getByRole('region', { name: /^Risks it treats/ });
  const vendors = linked.getByRole('region', { name: /^Vendors that rely on it/ });
  await expect(risks.getByRole('link').first()).toBeVisible();
  await expect(vendors.getByRole('link')).not.toHaveCount(0);
  await linked.scrollIntoViewIfNeeded();
  await screen(page, 'control-links-demo');

  // The link reads "R-07 Title"; the risk's page is headed by the title.
  const riskLink = risks.getByRole('link').first();
  const label = (await riskLink.textContent())!.trim();
  const title = label.replace(/^R-\d+\s+/, '');
  expect(title.length).toBeGreaterThan(3);
  await riskLink.click();
  await expect(page).toHaveURL(/#\/risks\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Corrective actions open the incident they belong to.
  await page.goto(`${host.launchUrl}#/controls/CM-01`);
  const actions = page.getByRole('region', { name: /^Incident corrective actions/ });
  // A busy control shows its first changes and the rest on asking.
  const changes = page.getByRole('region', { name: /^Production changes/ });
  await expect(changes.getByRole('link')).toHaveCount(8);
  await page.getByRole('region', { name: 'Linked records' }).scrollIntoViewIfNeeded();
  await screen(page, 'control-links-changes');
  await changes.getByRole('button', { name: /^Show all \d+$/ }).click();
  expect(await changes.getByRole('link').count()).toBeGreaterThan(8);
  await actions.getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/incidents\/\d+$/);
});

test('a control nothing points at says where links are made', async ({ page, host }) => {
  await page.goto(`${host.launchUrl}#/controls/AC-02`);
  const linked = page.getByRole('region', { name: 'Linked records' });
  await expect(linked).toContainText('Link this control from a risk, vendor, incident action or change');
  await expect(linked.getByRole('link')).toHaveCount(0);
});
