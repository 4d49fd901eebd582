import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, expect, screen, test } from './fixtures';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'policies');

/** Dates as the app shows them in Playwright's en-US locale. */
const shownDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** Puts the cursor at the end of the policy text and types there. */
async function typeAtEnd(page: Page, text: string) {
  const editor = page.getByRole('textbox', { name: /^Policy text/ });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

test('a template policy is written, autosaved, reviewed, approved and revised', async ({ page, host }) => {
  await page.goto(`${host.launchUrl}#/policies`);
  await expect(page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible();
  await expect(page.getByText('No policies yet')).toBeVisible();
  await screen(page, 'policies-empty');

  // Add the Access Control Policy from the gallery: one click adds draft 1.0 and opens it.
  await page.getByRole('button', { name: 'Add from a template' }).click();
  const gallery = page.getByRole('dialog', { name: 'Add a policy from a template' });
  await expect(gallery.getByRole('listitem', { name: 'Access Control Policy' })).toBeVisible();
  await screen(page, 'policies-templates');
  await gallery.getByRole('button', { name: 'Add Access Control Policy' }).click();
  await expect(page).toHaveURL(/#\/policies\/access-control$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Access Control Policy' })).toBeVisible();
  const labels = page.getByTestId('policy-labels');
  await expect(labels).toContainText('Draft 1.0');
  await expect(labels).toContainText('Never approved');

  // Type; the draft saves about a second after typing stops, and the preview follows the text.
  const editor = page.getByRole('textbox', { name: /^Policy text, version 1\.0/ });
  await expect(editor).toContainText('Access is the front door');
  await typeAtEnd(page, '\n## Remote access\n\nStaff reach client systems only through the company VPN.\n');
  const saveStatus = page.getByTestId('save-status');
  await expect(saveStatus).toContainText(/Saved at \d/);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Remote access' })).toBeVisible();
  // The outline lists the new heading; choosing it brings it into view.
  await page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: 'Remote access' }).click();
  await expect(preview.getByRole('heading', { name: 'Remote access' })).toBeInViewport();
  await screen(page, 'policies-editor');

  // CodeMirror draws only the lines in view, so the preview (rendered from the same text) is checked.
  await page.reload();
  await expect(preview).toContainText('Staff reach client systems only through the company VPN.');
  await expect(saveStatus).toContainText('Changes save as you type');

  // Submit for review: the text locks.
  await page.getByRole('tab', { name: 'Workflow' }).click();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(labels).toContainText('In review 1.0');
  await page.getByRole('tab', { name: 'Editor' }).click();
  await expect(page.getByRole('button', { name: 'Return to draft' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Policy text/ })).toHaveAttribute('aria-readonly', 'true');

  // Approve: an empty approver name and a future date are refused inline.
  await page.getByRole('tab', { name: 'Workflow' }).click();
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  const approve = page.getByRole('dialog', { name: 'Approve version 1.0' });
  await approve.getByRole('textbox', { name: 'Approver title' }).fill('CEO');
  await approve.getByRole('button', { name: 'Record approval' }).click();
  await expect(approve.getByText('Approver name is required')).toBeVisible();
  await expect(approve.getByRole('textbox', { name: 'Approver name' })).toHaveAttribute('aria-invalid', 'true');
  await expect(approve.getByRole('textbox', { name: 'Approver name' })).toBeFocused();
  const approvedOn = approve.getByLabel('Approval date');
  const today = await approvedOn.inputValue();
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await approvedOn.fill('2999-01-01');
  await expect(approve.getByText('The approval date cannot be in the future')).toBeVisible();
  await screen(page, 'policies-approve');
  await approvedOn.fill(today);
  await expect(approve.getByText('The approval date cannot be in the future')).toHaveCount(0);
  await approve.getByRole('textbox', { name: 'Approver name' }).fill('Maya Okafor');
  await expect(approve.getByText('Approver name is required')).toHaveCount(0);
  await approve.getByRole('button', { name: 'Record approval' }).click();
  await expect(approve).toHaveCount(0);
  await expect(labels).toContainText('Approved 1.0');
  await expect(labels).toContainText('Reviewed');
  await expect(page.getByText('Maya Okafor, CEO')).toBeVisible();
  await screen(page, 'policies-workflow');

  // Details: owner and cadence are checked as typed; linked controls come from the vault's controls.
  await page.getByRole('tab', { name: 'Details' }).click();
  const details = page.getByRole('form', { name: 'Policy details' });
  await details.getByRole('textbox', { name: 'Title' }).fill('');
  await expect(details.getByText('Title is required')).toBeVisible();
  await details.getByRole('textbox', { name: 'Title' }).fill('Access Control Policy');
  await details.getByRole('textbox', { name: 'Owner' }).fill('Priya Shah');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByText('Saved', { exact: true })).toBeVisible();
  await expect(page.getByTestId('policy-owner')).toHaveText('Owner: Priya Shah');
  const linked = page.getByRole('list', { name: 'Linked controls' });
  await expect(linked.getByRole('listitem')).toHaveCount(14);
  await page.getByRole('button', { name: 'Unlink OP-12' }).click();
  await page.getByRole('button', { name: 'Save linked controls' }).click();
  await expect(page.getByText('Saved: 13 controls linked')).toBeVisible();
  await screen(page, 'policies-details');

  // The list shows it approved, with the next review a year on.
  const nextReview = shownDate(addMonths(today, 12));
  await page.getByRole('link', { name: 'All policies' }).click();
  const row = page.getByRole('table', { name: 'Policies' }).getByRole('row', { name: /Access Control Policy/ });
  await expect(row).toContainText('Approved 1.0');
  await expect(row).toContainText(`on ${shownDate(today)}`);
  await expect(row).toContainText('Reviewed');
  await expect(row).toContainText(`by ${nextReview}`);
  await expect(row).toContainText('Priya Shah');
  await expect(row.getByRole('cell').last()).toHaveText('13');
  await screen(page, 'policies-list');

  // The gallery marks the template as added, and opens the policy made from it.
  await page.getByRole('button', { name: 'Add from a template' }).click();
  const added = gallery.getByRole('listitem', { name: 'Access Control Policy' });
  await expect(added).toContainText('Added');
  await expect(added.getByRole('button', { name: 'Open Access Control Policy' })).toBeVisible();
  await screen(page, 'policies-templates-added');
  await page.keyboard.press('Escape');
  await expect(gallery).toHaveCount(0);

  // Editing an approved policy starts 1.1; 1.0 stays live.
  await row.getByRole('link', { name: 'Access Control Policy' }).click();
  await page.getByRole('tab', { name: 'Editor' }).click();
  await expect(page.getByRole('textbox', { name: /^Policy text, version 1\.0/ })).toHaveAttribute(
    'aria-readonly',
    'true',
  );
  await page.getByRole('button', { name: 'Edit (starts version 1.1)' }).click();
  await expect(labels).toContainText('Approved 1.0');
  await expect(labels).toContainText('Draft 1.1');
  await expect(page.getByRole('textbox', { name: /^Policy text, version 1\.1/ })).not.toHaveAttribute(
    'aria-readonly',
    'true',
  );
  await typeAtEnd(page, 'The CTO reviews remote access every quarter.\n');
  await expect(saveStatus).toContainText(/Saved at \d/);

  // History: the diff from 1.0 to 1.1 shows the added line, marked in words as well as colour.
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByRole('combobox', { name: 'From version' })).toHaveValue(/^1\.0/);
  await expect(page.getByRole('combobox', { name: 'To version' })).toHaveValue(/^1\.1/);
  const diff = page.getByRole('region', { name: 'Differences from 1.0 to 1.1' });
  const addedLine = diff.locator('[data-kind="added"]');
  await expect(addedLine).toHaveCount(1);
  await expect(addedLine).toContainText('+');
  await expect(addedLine).toContainText('Added: The CTO reviews remote access every quarter.');
  await expect(diff.locator('[data-kind="removed"]')).toHaveCount(0);
  await screen(page, 'policies-diff');

  // The approved 1.0 text is as it was approved.
  await page.getByRole('button', { name: 'View the text of version 1.0' }).click();
  const text10 = page.getByRole('dialog', { name: 'Text of version 1.0' });
  await expect(text10).toContainText('Staff reach client systems only through the company VPN.');
  await expect(text10).not.toContainText('The CTO reviews remote access every quarter.');
  await expect(text10).toContainText('Approved 1.0');
  await page.keyboard.press('Escape');

  // Export Markdown of this policy: the live, approved 1.0 is written, and the file is listed with its size.
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export Access Control Policy' });
  const outDir = path.join(host.dir, 'exported policies');
  await exportDialog.getByRole('textbox', { name: 'Folder' }).fill(outDir);
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const written = exportDialog.getByRole('table', { name: 'Files written' });
  await expect(written).toContainText('access-control-v1.0.md');
  await expect(written).toContainText(/\d(\.\d)? KB/);
  const file = path.join(outDir, 'access-control-v1.0.md');
  expect(fs.readFileSync(file, 'utf8')).toContain('approver: "Maya Okafor"');
  expect(fs.readFileSync(file, 'utf8')).not.toContain('The CTO reviews remote access every quarter.');
  await screen(page, 'policies-export');
});

test('importing files reports what was imported and why each other file was not', async ({ page, host }) => {
  await page.goto(`${host.launchUrl}#/policies`);
  await expect(page.getByText('No policies yet')).toBeVisible();
  const files = fs
    .readdirSync(FIXTURES)
    .sort()
    .map((name) => path.join(FIXTURES, name));
  expect(files).toHaveLength(7);

  // Slow the host down a little so the progress can be seen.
  await page.route('**/api/op/policies.import', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 250));
    await route.continue();
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files' }).click();
  await (await chooser).setFiles(files);
  const progress = page.getByRole('region', { name: 'Import in progress' });
  await expect(progress).toContainText(/(Reading|Importing) file [2-6] of 7: /);
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await expect(progress.getByRole('button', { name: 'Stop importing' })).toBeVisible();
  await screen(page, 'policies-import-progress');

  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('3 policies imported, 4 files not imported');
  const imported = report.getByRole('list', { name: 'Imported', exact: true }).getByRole('listitem');
  await expect(imported).toHaveCount(3);
  await expect(report.getByRole('list', { name: 'Imported', exact: true })).toContainText('Remote Work Policy');
  await expect(report.getByRole('list', { name: 'Imported', exact: true })).toContainText('Approved 1.0');
  await expect(report.getByRole('list', { name: 'Imported', exact: true })).toContainText('Travel Security Guideline');
  const failed = report.getByRole('list', { name: 'Not imported', exact: true }).getByRole('listitem');
  await expect(failed).toHaveCount(4);
  for (const name of ['broken-front-matter.md', 'corrupt.docx', 'empty.md', 'notes.pdf']) {
    await expect(failed.filter({ hasText: name })).toHaveCount(1);
  }
  await expect(failed.filter({ hasText: 'empty.md' })).toContainText('no policy text');
  await expect(failed.filter({ hasText: 'notes.pdf' })).toContainText('Markdown');
  await expect(progress).toHaveCount(0);
  await page.unroute('**/api/op/policies.import');
  const table = page.getByRole('table', { name: 'Policies' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await screen(page, 'policies-import');

  // Files dropped on the list import the same way.
  const travel = fs.readFileSync(path.join(FIXTURES, 'travel.markdown'), 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'travel-again.markdown', { type: 'text/markdown' }));
    return dt;
  }, travel);
  const dropArea = page.getByTestId('policies-drop-area');
  await dropArea.dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByText('Drop the files to import them as policies')).toBeVisible();
  await dropArea.dispatchEvent('drop', { dataTransfer });
  await expect(report).toContainText('1 policy imported');
  await expect(table.getByRole('row')).toHaveCount(5);

  // Sorting by the live version puts the approved policy first.
  await table.getByRole('button', { name: 'Live version' }).click();
  await expect(table.getByRole('columnheader', { name: 'Live version' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row').nth(1)).toContainText('Remote Work Policy');
});

test('the preview never runs HTML typed into the policy', async ({ page, host }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${host.launchUrl}#/policies`);
  await page.getByRole('button', { name: 'New blank policy' }).click();
  const form = page.getByRole('dialog', { name: 'New blank policy' });
  await form.getByRole('button', { name: 'Add policy' }).click();
  await expect(form.getByText('Title is required')).toBeVisible();
  await form.getByRole('textbox', { name: 'Title' }).fill('Clean Desk Policy');
  await form.getByRole('button', { name: 'Add policy' }).click();
  await expect(page).toHaveURL(/#\/policies\/clean-desk-policy$/);

  await typeAtEnd(
    page,
    '## Hostile text\n\n<img src=x onerror="alert(1)">\n\n<script>alert(2)</script>\n\n[click me](javascript:alert(3))\n\nLast line.\n',
  );
  await expect(page.getByTestId('save-status')).toContainText(/Saved at \d/);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('Last line.');
  const img = preview.locator('img');
  await expect(img).toHaveCount(1);
  await expect(img).not.toHaveAttribute('onerror', /.*/);
  await expect(img).not.toHaveAttribute('src', /.*/);
  await expect(preview.locator('script')).toHaveCount(0);
  await expect(preview.locator('[onerror], [onclick], [onload]')).toHaveCount(0);
  const link = preview.getByText('click me');
  await expect(link).not.toHaveAttribute('href', /.*/);
  await link.click();
  await expect(page).toHaveURL(/#\/policies\/clean-desk-policy$/);
  expect(dialogs).toEqual([]);
});

test('autosave never loses typing: a failed save is retried, and leaving mid-typing still saves', async ({
  page,
  host,
}) => {
  await page.goto(`${host.launchUrl}#/policies`);
  await page.getByRole('button', { name: 'New blank policy' }).click();
  const form = page.getByRole('dialog', { name: 'New blank policy' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Visitor Policy');
  await form.getByRole('button', { name: 'Add policy' }).click();
  await expect(page).toHaveURL(/#\/policies\/visitor-policy$/);
  const saveStatus = page.getByTestId('save-status');
  const preview = page.getByRole('region', { name: 'Preview' });

  // The host refuses saves for a while: the text stays, and the status says why.
  await page.route('**/api/op/policies.saveDraft', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'vault_error', message: 'The disk is full' } }),
    }),
  );
  await typeAtEnd(page, 'Visitors sign in at reception.');
  await expect(saveStatus).toContainText('Not saved: The disk is full');
  await expect(preview).toContainText('Visitors sign in at reception.');

  // Saving works again: the next change saves everything typed, including what failed before.
  await page.unroute('**/api/op/policies.saveDraft');
  await page.keyboard.type(' They wear a badge.');
  await expect(saveStatus).toContainText(/Saved at \d/);
  await page.reload();
  await expect(preview).toContainText('Visitors sign in at reception. They wear a badge.');

  // Leaving straight after typing (before the autosave delay) still saves the text.
  await typeAtEnd(page, ' Escorts are named.');
  const savedOnLeaving = page.waitForResponse('**/api/op/policies.saveDraft');
  await page.getByRole('link', { name: 'All policies' }).click();
  await expect(page.getByRole('table', { name: 'Policies' })).toBeVisible();
  expect((await (await savedOnLeaving).json()) as { ok: boolean }).toMatchObject({ ok: true });
  await page.reload();
  await page.getByRole('link', { name: 'Visitor Policy' }).click();
  await expect(preview).toContainText('They wear a badge. Escorts are named.');
});
