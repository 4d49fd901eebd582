import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

/** Every area, and a record's page or form in each register, as the demo agency fills them. */
const ROUTES = [
  'overview',
  'scope',
  'criteria',
  'criteria/matrix',
  'controls',
  'controls/AC-01',
  'policies',
  'policies/access-control',
  'evidence',
  'evidence/1',
  'evidence/coverage',
  'evidence/due',
  'incidents',
  'incidents/1',
  'incidents/new',
  'access-reviews',
  'access-reviews/1',
  'risks',
  'risks/1',
  'vendors',
  'vendors/1',
  'people',
  'people/1',
  'changes',
  'changes/1',
  'changes/experiments',
  'self-check',
  'export',
];

test('every screen passes the automated WCAG 2.1 AA checks (axe): contrast, names, labels, structure', async ({
  page,
  launch,
}) => {
  test.setTimeout(240_000);
  const host = await launch({ demo: 'small' });
  await page.goto(host.launchUrl);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const problems: string[] = [];
  for (const route of ROUTES) {
    await page.goto(`${host.baseUrl}#/${route}`);
    await expect(page.getByRole('heading', { level: 1 }), route).toBeVisible();
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    for (const v of violations) {
      const where = v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ');
      problems.push(`#/${route}: ${v.id} (${v.impact}) x${v.nodes.length}: ${v.help} at ${where}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
