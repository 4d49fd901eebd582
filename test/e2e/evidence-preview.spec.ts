import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { chooseControl } from './evidence-helpers';
import { installFakeBridge, shellCalls } from './fake-bridge';
import { expect, screen, test } from './fixtures';

const TEXT = 'MFA enforced for every admin since 2026-01-04.\n<b>not bold</b> & <i>not italic</i>\n  indented line\n';

const JSON_DATA = { system: 'Okta', users: [{ email: 'ana@acme.ai', mfa: true, groups: ['admin', 'eng'] }], count: 1 };

/** Markdown with a heading and content that would run script if it reached the page as HTML. */
const MARKDOWN = [
  '# Access review runbook',
  '',
  'Every quarter the **engineering lead** reviews production accounts.',
  '',
  '<script>window.__pwned = 1</script>',
  '',
  '<img src=x onerror="window.__pwned = 2">',
  '',
  '[Open the review](javascript:window.__pwned=3)',
  '',
  '## Steps',
  '',
  '1. Export the user list from Okta.',
  '2. Mark each account keep or remove.',
  '',
].join('\n');

/** Bytes of no known kind. */
const BINARY = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0xde, 0xad, 0xbe, 0xef]);

/** Opens an item from the Evidence list by its title. */
async function openItem(page: Page, title: string) {
  await page.getByRole('link', { name: 'All evidence' }).click();
  await page
    .getByRole('table', { name: 'Evidence' })
    .locator('tbody tr[data-index]')
    .filter({ hasText: title })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('text, JSON and Markdown are shown as they are and never run; an unknown kind is only downloaded', async ({
  page,
  host,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-preview-'));
  try {
    const files = {
      txt: path.join(dir, 'mfa-notes.txt'),
      json: path.join(dir, 'okta-users.json'),
      md: path.join(dir, 'review-runbook.md'),
      bin: path.join(dir, 'firewall-dump.bin'),
    };
    fs.writeFileSync(files.txt, TEXT);
    fs.writeFileSync(files.json, JSON.stringify(JSON_DATA));
    fs.writeFileSync(files.md, MARKDOWN);
    fs.writeFileSync(files.bin, BINARY);

    // Uploaded through the UI, all four at once.
    await page.goto(`${host.launchUrl}#/evidence`);
    await page.getByRole('button', { name: 'Upload evidence' }).click();
    const dialog = page.getByRole('dialog', { name: 'Attach evidence' });
    await dialog.getByLabel('Files to attach').setInputFiles(Object.values(files));
    await expect(dialog.getByTestId('upload-file')).toHaveCount(4);
    await chooseControl(dialog, page, 'AC-02');
    await dialog.getByRole('button', { name: 'Upload 4 files' }).click();
    await expect(dialog.getByTestId('upload-summary')).toContainText('Upload complete: 4 of 4 files attached');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('table', { name: 'Evidence' }).locator('tbody tr[data-index]')).toHaveCount(4);

    const preview = page.getByTestId('evidence-preview');

    // Plain text: exactly the file's characters; markup in it is text, not elements.
    await openItem(page, 'mfa-notes');
    await expect(preview.locator('pre')).toBeVisible();
    expect(await preview.locator('pre').evaluate((el) => el.textContent)).toBe(TEXT);
    await expect(preview.locator('b, i')).toHaveCount(0);

    // JSON: pretty-printed with two-space indentation.
    await openItem(page, 'okta-users');
    await expect(preview.locator('pre')).toBeVisible();
    expect(await preview.locator('pre').evaluate((el) => el.textContent)).toBe(JSON.stringify(JSON_DATA, null, 2));

    // Markdown: rendered (headings are headings, bold is bold, the list is a list), nothing in it runs.
    await openItem(page, 'review-runbook');
    await expect(preview.getByRole('heading', { level: 2, name: 'Access review runbook' })).toBeVisible();
    await expect(preview.getByRole('heading', { level: 3, name: 'Steps' })).toBeVisible();
    await expect(preview.locator('strong')).toHaveText('engineering lead');
    await expect(preview.getByRole('listitem')).toHaveCount(2);
    await expect(preview.locator('script')).toHaveCount(0);
    await expect(preview.locator('[onerror], [onload], [onclick]')).toHaveCount(0);
    await expect(preview.locator('a[href^="javascript:" i]')).toHaveCount(0);
    // The picture fetches nothing (its src is gone); the link keeps its words but no address.
    await expect(preview.locator('img')).toHaveCount(1);
    await expect(preview.locator('img[src]')).toHaveCount(0);
    await expect(preview.locator('a', { hasText: 'Open the review' })).not.toHaveAttribute('href');
    // Whatever is left of the link does nothing when clicked.
    const link = preview.getByText('Open the review');
    await expect(link).toBeVisible();
    await link.click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await expect(page).toHaveURL(/#\/evidence\/\d+$/);
    await screen(page, 'evidence-preview-markdown');

    // An unknown kind: no preview in the app, a download of the stored bytes, and no offer to open it.
    await openItem(page, 'firewall-dump');
    await expect(preview).toHaveCount(0);
    const none = page.getByTestId('evidence-no-preview');
    await expect(none).toContainText('No preview for this kind of file');
    await expect(none).toContainText(
      'Programs, scripts, web pages and files of unknown kinds are only downloaded, never opened from Attest.',
    );
    await expect(none.getByRole('button', { name: 'Open in its program' })).toHaveCount(0);
    const download = none.getByRole('link', { name: 'Download' });
    await expect(download).toHaveAttribute('href', /^\/api\/blobs\/[0-9a-f]{64}$/);
    await expect(download).toHaveAttribute('download', 'firewall-dump.bin');
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe('firewall-dump.bin');
    expect(fs.readFileSync(await file.path())).toEqual(BINARY);

    // Nothing ran anywhere along the way.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('in the Electron window only document kinds are offered to their own program; the rest only downloads', async ({
  page,
  host,
}) => {
  // A stand-in for the preload's bridge: operations go through the host; opening a file is recorded.
  await installFakeBridge(page);
  await page.goto(`${host.launchUrl}#/overview`);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  // Items made through the same HTTP routes the page uses.
  const ids: Record<string, number> = {};
  for (const [fileName, mediaType] of [
    ['Q3 access review.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['setup.exe', 'application/x-msdownload'],
    ['status-page.html', 'text/html'],
    ['firewall-dump.bin', 'application/octet-stream'],
  ] as const) {
    const blob = await page.request.post(`${host.baseUrl}api/blobs`, { data: Buffer.from(`bytes of ${fileName}`) });
    const { value } = (await blob.json()) as { value: { sha256: string } };
    const attach = await page.request.post(`${host.baseUrl}api/op/evidence.attach`, {
      data: {
        sha256: value.sha256,
        fileName,
        mediaType,
        source: 'upload',
        meta: { title: fileName, type: 'other', controls: ['AC-02'] },
      },
    });
    const result = (await attach.json()) as { ok: boolean; value: { item: { id: number } } };
    expect(result.ok).toBe(true);
    ids[fileName] = result.value.item.id;
  }

  const none = page.getByTestId('evidence-no-preview');
  await page.goto(`${host.baseUrl}#/evidence/${ids['Q3 access review.docx']}`);
  await expect(none).toContainText('Open this file in its own program, or download it.');
  await expect(none.getByRole('link', { name: 'Download' })).toBeVisible();
  await none.getByRole('button', { name: 'Open in its program' }).click();
  const opened = async () => (await shellCalls(page, 'openEvidenceFile')).map((c) => c.args[1]);
  await expect.poll(opened).toEqual(['Q3 access review.docx']);

  for (const fileName of ['setup.exe', 'status-page.html', 'firewall-dump.bin']) {
    await page.goto(`${host.baseUrl}#/evidence/${ids[fileName]}`);
    await expect(page.getByRole('heading', { level: 1, name: fileName })).toBeVisible();
    await expect(none, fileName).toContainText('only downloaded, never opened from Attest');
    await expect(none.getByRole('link', { name: 'Download' })).toHaveAttribute('download', fileName);
    await expect(none.getByRole('button', { name: 'Open in its program' })).toHaveCount(0);
  }
  expect(await opened()).toEqual(['Q3 access review.docx']);
});

test('a failed upload says whether the file could not be read, the transfer broke, or the host is gone', async ({
  page,
  host,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-upload-fail-'));
  try {
    await page.goto(`${host.launchUrl}#/evidence`);
    const dialog = page.getByRole('dialog', { name: 'Attach evidence' });
    const uploadOne = async (file: string, before?: () => Promise<void>) => {
      await page.getByRole('button', { name: 'Upload evidence' }).click();
      await dialog.getByLabel('Files to attach').setInputFiles(file);
      await chooseControl(dialog, page, 'AC-02');
      await before?.();
      await dialog.getByRole('button', { name: 'Upload and attach' }).click();
      const line = dialog.getByTestId('upload-file');
      await expect(line).toHaveAttribute('data-state', 'failed');
      const text = await line.innerText();
      await dialog.getByRole('button', { name: 'Done' }).click();
      return text;
    };

    // The file is deleted after it was chosen: the browser cannot read it.
    const vanishing = path.join(dir, 'vanishing-export.csv');
    fs.writeFileSync(vanishing, 'email,role\nana@acme.ai,admin\n');
    const vanished = await uploadOne(vanishing, async () => fs.rmSync(vanishing));
    expect(vanished).toContain(
      'vanishing-export.csv could not be read: it was moved, deleted or changed after it was chosen.',
    );
    expect(vanished).not.toContain('could not reach');

    // The transfer is cut while the host is fine.
    const sheet = path.join(dir, 'access-sheet.csv');
    fs.writeFileSync(sheet, 'email,role\nben@acme.ai,engineer\n');
    await page.route('**/api/blobs', (route) => route.abort('connectionreset'));
    const cut = await uploadOne(sheet);
    expect(cut).toContain('The upload of access-sheet.csv was interrupted, or the file could not be read.');
    expect(cut).not.toContain('could not reach');

    // The host does not answer either.
    await page.route(
      (url) => url.pathname === '/',
      (route) => route.abort('connectionrefused'),
    );
    const gone = await uploadOne(sheet);
    expect(gone).toContain('access-sheet.csv was not uploaded: Attest could not reach its local host.');
    await page.unrouteAll({ behavior: 'ignoreErrors' });

    await expect(page.getByText('No evidence yet')).toBeVisible();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
