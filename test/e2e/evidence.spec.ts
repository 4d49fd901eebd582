import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chooseControl } from './evidence-helpers';
import { installFakeBridge, shellCalls } from './fake-bridge';
import { expect, screen, test } from './fixtures';

/** A valid 1×1 PNG. */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const CSV = 'email,role,mfa\nana@acme.ai,admin,yes\nben@acme.ai,engineer,yes\n"chen, q@acme.ai",analyst,no\n';

function writeFiles(): { dir: string; png: string; csv: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-evidence-'));
  const png = path.join(dir, 'mfa-setting.png');
  const csv = path.join(dir, 'user-list.csv');
  fs.writeFileSync(png, Buffer.from(PNG_1X1, 'base64'));
  fs.writeFileSync(csv, CSV);
  return { dir, png, csv };
}

test('evidence is uploaded with progress, previewed, deduplicated, shown on its control, removed and verified', async ({
  page,
  host,
}) => {
  const files = writeFiles();
  try {
    await page.goto(`${host.launchUrl}#/evidence`);
    await expect(page.getByRole('heading', { level: 1, name: 'Evidence' })).toBeVisible();
    await expect(page.getByText('No evidence yet')).toBeVisible();
    await expect(page.getByTestId('last-verification')).toHaveText('Never verified');
    await screen(page, 'evidence-empty');

    // Upload both files to AC-02 from the Evidence area.
    await page.getByRole('button', { name: 'Upload evidence' }).click();
    const dialog = page.getByRole('dialog', { name: 'Attach evidence' });
    await dialog.getByLabel('Files to attach').setInputFiles([files.png, files.csv]);
    await expect(dialog.getByTestId('upload-file')).toHaveCount(2);
    // No control yet: refused inline, nothing sent.
    await dialog.getByRole('button', { name: 'Upload 2 files' }).click();
    await expect(dialog.getByText('Link the evidence to at least one control')).toBeVisible();
    await chooseControl(dialog, page, 'AC-02');
    await expect(dialog.getByText('Link the evidence to at least one control')).toBeHidden();
    await screen(page, 'evidence-upload-form');
    await dialog.getByRole('button', { name: 'Upload 2 files' }).click();
    await expect(dialog.getByTestId('upload-summary')).toContainText('Upload complete: 2 of 2 files attached');
    await expect(dialog.locator('[data-testid="upload-file"][data-state="attached"]')).toHaveCount(2);
    for (const bar of await dialog.getByRole('progressbar', { name: /^Upload of / }).all()) {
      await expect(bar).toHaveAttribute('aria-valuenow', '100');
    }
    await screen(page, 'evidence-upload');
    await dialog.getByRole('button', { name: 'Done' }).click();

    // Both listed as Current.
    const table = page.getByRole('table', { name: 'Evidence' });
    const rows = table.locator('tbody tr[data-index]');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: 'mfa-setting' })).toContainText('Current');
    await expect(rows.filter({ hasText: 'user-list' })).toContainText('Current');
    await expect(rows.filter({ hasText: 'user-list' })).toContainText('AC-02');
    await expect(page.getByTestId('evidence-count')).toContainText('2 items: 2 current');
    await screen(page, 'evidence-list');

    // The CSV opens as a table.
    await rows.filter({ hasText: 'user-list' }).click();
    await expect(page).toHaveURL(/#\/evidence\/\d+$/);
    await expect(page.getByRole('heading', { level: 1, name: 'user-list' })).toBeVisible();
    const csvTable = page.getByRole('table', { name: 'CSV preview' });
    await expect(csvTable.getByRole('columnheader', { name: 'email' })).toBeVisible();
    await expect(csvTable.getByRole('cell', { name: 'chen, q@acme.ai' })).toBeVisible();
    await expect(page.getByTestId('evidence-sha')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(page.getByRole('link', { name: 'Download' })).toHaveAttribute('href', /^\/api\/blobs\/[0-9a-f]{64}$/);
    await screen(page, 'evidence-csv');

    // The details are checked as they are typed and saved with evidence.update.
    const details = page.getByRole('form', { name: 'Evidence details' });
    const title = details.getByRole('textbox', { name: 'Title' });
    await title.fill('');
    await expect(details.getByText('Title is required')).toBeVisible();
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await title.fill('User list with MFA status');
    await details.getByRole('textbox', { name: 'Owner' }).fill('Priya (CTO)');
    await details.getByRole('button', { name: 'Save' }).click();
    await expect(details.getByText('Saved', { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'User list with MFA status' })).toBeVisible();
    await expect(
      page.getByRole('form', { name: 'Evidence details' }).getByRole('textbox', { name: 'Owner' }),
    ).toHaveValue('Priya (CTO)');

    // The PNG opens as an image that really decoded.
    await page.getByRole('link', { name: 'All evidence' }).click();
    await rows.filter({ hasText: 'mfa-setting' }).click();
    const img = page.getByRole('img', { name: 'Preview of mfa-setting.png' });
    await expect(img).toBeVisible();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await screen(page, 'evidence-png');

    // The same CSV again: linked to the existing item, still two items.
    await page.getByRole('link', { name: 'All evidence' }).click();
    await page.getByRole('button', { name: 'Upload evidence' }).click();
    await dialog.getByLabel('Files to attach').setInputFiles(files.csv);
    await chooseControl(dialog, page, 'AC-02');
    await dialog.getByRole('button', { name: 'Upload and attach' }).click();
    await expect(dialog.getByTestId('upload-file')).toContainText(
      /Already in the vault: linked to the existing item \d+/,
    );
    await screen(page, 'evidence-duplicate');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(rows).toHaveCount(2);

    // The control's page lists both.
    await page.goto(`${host.launchUrl}#/controls/AC-02`);
    const section = page.getByRole('region', { name: 'Evidence', exact: true });
    await expect(section.getByRole('listitem')).toHaveCount(2);
    await expect(section.getByRole('listitem').filter({ hasText: 'User list with MFA status' })).toContainText(
      'Current',
    );
    await expect(section.getByRole('listitem').filter({ hasText: 'mfa-setting' })).toContainText('Current');
    await section.scrollIntoViewIfNeeded();
    await screen(page, 'evidence-control');
    // "Add evidence" opens the upload form with this control already chosen.
    await section.getByRole('button', { name: 'Add evidence' }).click();
    await expect(dialog.getByText('AC-02 · Multi-factor authentication enforced')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
    // A file dropped on the section opens the same form, with the file and the control.
    const dropped = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['okta export'], 'okta-users.csv', { type: 'text/csv' }));
      return dt;
    });
    await section.dispatchEvent('dragenter', { dataTransfer: dropped });
    await expect(section.getByText('Drop the files to attach them to AC-02')).toBeVisible();
    await section.dispatchEvent('drop', { dataTransfer: dropped });
    await expect(dialog.getByText('AC-02 · Multi-factor authentication enforced')).toBeVisible();
    await expect(dialog.getByText('okta-users.csv')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();

    // Remove the CSV: no reason is refused inline; with one it goes.
    await section.getByRole('link', { name: 'User list with MFA status' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'User list with MFA status' })).toBeVisible();
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    const remove = page.getByRole('dialog', { name: /^Remove/ });
    await remove.getByRole('button', { name: 'Remove evidence' }).click();
    await expect(remove.getByText('A reason for removing the evidence is required')).toBeVisible();
    await expect(remove.getByRole('textbox', { name: /Why remove it/ })).toHaveAttribute('aria-invalid', 'true');
    await screen(page, 'evidence-remove-refused');
    await remove.getByRole('textbox', { name: /Why remove it/ }).fill('Superseded by the quarterly export.');
    await remove.getByRole('button', { name: 'Remove evidence' }).click();
    await expect(page).toHaveURL(/#\/evidence$/);
    await expect(rows).toHaveCount(1);
    await expect(table).not.toContainText('user-list');
    await expect(table).toContainText('mfa-setting');

    // Verify: every file still matches.
    await page.getByRole('button', { name: 'Verify now' }).click();
    await expect(page.getByTestId('verify-report')).toContainText('no problem');
    await expect(page.getByTestId('last-verification')).toContainText(/Last verified .+: no problem/);
    await screen(page, 'evidence-verified');

    // Cancel stops an upload in flight; nothing is attached. The request is held so there is time to cancel.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/blobs', async (route) => {
      await held;
      await route.abort().catch(() => {});
    });
    await page.getByRole('button', { name: 'Upload evidence' }).click();
    await dialog
      .getByLabel('Files to attach')
      .setInputFiles({ name: 'slow-export.txt', mimeType: 'text/plain', buffer: Buffer.alloc(64 * 1024, 'a') });
    await chooseControl(dialog, page, 'AC-02');
    await dialog.getByRole('button', { name: 'Upload and attach' }).click();
    await expect(dialog.getByText('File 1 of 1')).toBeVisible();
    await screen(page, 'evidence-uploading');
    await dialog.getByRole('button', { name: 'Cancel upload' }).click();
    await expect(dialog.getByTestId('upload-file')).toContainText('Cancelled; not attached');
    release();
    await page.unroute('**/api/blobs');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(rows).toHaveCount(1);

    // An empty file is attached with a warning.
    const empty = path.join(files.dir, 'empty-export.txt');
    fs.writeFileSync(empty, '');
    await page.getByRole('button', { name: 'Upload evidence' }).click();
    await dialog.getByLabel('Files to attach').setInputFiles(empty);
    await chooseControl(dialog, page, 'AC-02');
    await dialog.getByRole('button', { name: 'Upload and attach' }).click();
    await expect(dialog.getByTestId('upload-file')).toContainText('The file is empty');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(rows).toHaveCount(2);
  } finally {
    fs.rmSync(files.dir, { recursive: true, force: true });
  }
});

test('a long evidence list stays quick, filters by freshness and control, and searches', async ({ page, host }) => {
  await page.goto(`${host.launchUrl}#/overview`);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  // 240 items through the same HTTP routes the page uses, three days apart: AC-02 is continuous, so
  // evidence older than three months has expired.
  const today = new Date();
  const COUNT = 240;
  for (let i = 0; i < COUNT; i++) {
    const blob = await page.request.post(`${host.baseUrl}api/blobs`, { data: Buffer.from(`export number ${i}\n`) });
    const { value } = (await blob.json()) as { value: { sha256: string } };
    const day = new Date(today.getTime() - i * 3 * 86_400_000);
    const effectiveDate = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    const attach = await page.request.post(`${host.baseUrl}api/op/evidence.attach`, {
      data: {
        sha256: value.sha256,
        fileName: `export-${i}.txt`,
        mediaType: 'text/plain',
        source: 'upload',
        meta: {
          title: `Access export ${String(i).padStart(3, '0')}`,
          type: i % 2 ? 'system-export' : 'configuration-screenshot',
          effectiveDate,
          owner: i % 3 ? 'Priya' : '',
          controls: i % 4 ? ['AC-02'] : ['AC-02', 'AC-03'],
        },
      },
    });
    expect(((await attach.json()) as { ok: boolean }).ok).toBe(true);
  }

  await page.goto(`${host.launchUrl}#/evidence`);
  const count = page.getByTestId('evidence-count');
  await expect(count).toContainText('240 items:');
  const rows = page.getByRole('table', { name: 'Evidence' }).locator('tbody tr[data-index]');
  // Only the rows in view are in the page.
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(60);
  await screen(page, 'evidence-many');

  // Freshness filter: every row shown is Expired; newest first, so the first is the most recent expired item.
  await page.getByRole('combobox', { name: 'Freshness' }).click();
  await page.getByRole('option', { name: /^Expired/ }).click();
  await expect(count).toContainText(/^\d+ of 240 items shown$/);
  for (const row of await rows.all()) await expect(row).toContainText('Expired');
  await screen(page, 'evidence-expired');

  // Control filter and search narrow it further; clearing brings all back.
  await page.getByRole('combobox', { name: 'Control' }).click();
  await page.getByRole('option', { name: 'AC-03' }).click();
  await page.getByRole('textbox', { name: 'Search' }).fill('export 236');
  await expect(count).toHaveText('1 of 240 items shown');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('AC-03');
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(count).toContainText('240 items:');

  // Keyboard: Enter opens the focused row.
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/evidence\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Access export 00[01]$/ })).toBeVisible();
});

/** A one-page PDF with a line of text, enough for PDF.js to draw. */
function tinyPdf(text: string): Buffer {
  const content = `BT /F1 24 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

test('two files fill a month missing from a Type II period; the PDF previews; the due list is by owner', async ({
  page,
  launch,
}) => {
  // The demo: a six-month Type II period ending last month, whose monthly scans miss the fourth month.
  const host = await launch({ demo: 'small' });
  const now = new Date();
  const missing = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 3, 15));
  const missingDay = missing.toISOString().slice(0, 10);
  const missingLabel = missing.toLocaleString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

  await page.goto(`${host.launchUrl}#/evidence/coverage`);
  await expect(page.getByRole('heading', { level: 1, name: 'Period coverage' })).toBeVisible();
  const scan = page.locator('[data-testid="coverage-row"][data-control="OP-03"]');
  await expect(scan).toContainText('5 of 6');
  await expect(scan.getByRole('cell', { name: new RegExp(`missing ${missingLabel}`) })).toBeVisible();
  await screen(page, 'evidence-coverage');

  // Upload two files for the missing month: the scan report as a PDF and its CSV export.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-coverage-'));
  try {
    const pdf = path.join(dir, 'scan-report.pdf');
    const csv = path.join(dir, 'scan-export.csv');
    fs.writeFileSync(pdf, tinyPdf('Vulnerability scan: no critical findings'));
    fs.writeFileSync(csv, `host,severity,status\napi,low,fixed\nscanned,${missingDay},\n`);
    await page.getByRole('link', { name: 'All evidence' }).click();
    await page.getByRole('button', { name: 'Upload evidence' }).click();
    const dialog = page.getByRole('dialog', { name: 'Attach evidence' });
    await dialog.getByLabel('Files to attach').setInputFiles([pdf, csv]);
    await chooseControl(dialog, page, 'OP-03');
    await dialog.getByRole('textbox', { name: 'Effective date' }).fill(missingDay);
    await dialog.getByRole('button', { name: 'Upload 2 files' }).click();
    await expect(dialog.getByTestId('upload-summary')).toContainText('Upload complete: 2 of 2 files attached');
    await dialog.getByRole('button', { name: 'Done' }).click();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // The PDF is drawn in the app, page by page, without running anything in it.
  await page.getByRole('textbox', { name: 'Search' }).fill('scan-report');
  await page.getByRole('table', { name: 'Evidence' }).locator('tbody tr[data-index]').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'scan-report' })).toBeVisible();
  const canvas = page.getByTestId('pdf-page');
  await expect(canvas).toHaveAttribute('data-rendered', '1');
  await expect(page.getByText('Page 1 of 1')).toBeVisible();
  // Something was drawn: the canvas is not blank.
  const inked = await canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(100);
  await screen(page, 'evidence-pdf');

  // The month is now covered.
  await page.goto(`${host.launchUrl}#/evidence/coverage`);
  await expect(scan).toContainText('6 of 6');
  await page.getByRole('switch', { name: 'Only controls with gaps' }).check();
  await expect(scan).toHaveCount(0);
  await expect(page.locator('[data-testid="coverage-row"]').first()).toBeVisible();

  // The due list groups what is late by the owner of each control.
  await page.getByRole('link', { name: 'Due', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evidence due' })).toBeVisible();
  await expect(page.getByTestId('due-summary')).toContainText('overdue');
  // The daily backups were last exported for the month before last.
  const backups = page.locator('[data-testid="due-row"][data-control="BC-03"]');
  await expect(backups).toContainText('Overdue');
  await expect(page.getByRole('region', { name: 'Tomás Novak' })).toContainText('BC-03');
  await screen(page, 'evidence-due');
  // This month adds what runs out later in the month, such as the monthly scan.
  const monthlyScan = page.locator('[data-testid="due-row"][data-control="OP-03"]');
  await expect(monthlyScan).toHaveCount(0);
  await page.locator('label', { hasText: 'This month' }).click();
  await expect(monthlyScan).toContainText('Due this month');
  await screen(page, 'evidence-due-month');
});

test('inside Electron the files chosen in the shell’s dialog are attached by the main process, with progress', async ({
  page,
  host,
}) => {
  // The shell's dialog hands out tokens, and "main" attaches through the host.
  await installFakeBridge(page, {
    chosenFiles: [
      { token: 'token-1', name: 'okta-users.csv', size: 2048 },
      { token: 'token-2', name: 'mfa-policy.txt', size: 512 },
    ],
  });
  await page.goto(`${host.launchUrl}#/evidence`);
  await page.getByRole('button', { name: 'Upload evidence' }).click();
  const dialog = page.getByRole('dialog', { name: 'Attach evidence' });
  // No file input in Electron: the main process's own dialog chooses.
  await expect(dialog.getByLabel('Files to attach')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Choose files' }).click();
  await expect(dialog.getByTestId('upload-file')).toHaveCount(2);
  await chooseControl(dialog, page, 'AC-02');
  await dialog.getByRole('button', { name: 'Upload 2 files' }).click();
  await expect(dialog.getByTestId('upload-summary')).toContainText('Upload complete: 2 of 2 files attached');
  const [request] = await shellCalls(page, 'attachEvidenceFiles');
  // The page passed the dialog's tokens, never paths, and the form's details once for the batch.
  const [, files, meta] = request!.args as [string, { token?: string }[], unknown];
  expect(files.map((f) => f.token)).toEqual(['token-1', 'token-2']);
  expect(meta).toMatchObject({ title: '', controls: ['AC-02'] });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('table', { name: 'Evidence' }).locator('tbody tr[data-index]')).toHaveCount(2);
});
