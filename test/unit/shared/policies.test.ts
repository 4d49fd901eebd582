import { describe, it, expect } from 'vitest';
import { CONTROL_LIBRARY_BY_ID } from '../../../shared/catalog/controls';
import { POLICY_TEMPLATES, POLICY_TEMPLATES_BY_ID, templatesFor } from '../../../shared/policies/library';
import { fillTemplate } from '../../../shared/policies/types';
import type { TemplateValues } from '../../../shared/policies/types';

const SAMPLE: TemplateValues = {
  orgName: 'Northwind AI',
  systemName: 'Northwind Model Platform',
  policyOwner: 'Dana Reyes, Compliance Owner',
  effectiveDate: '1 March 2026',
};

/** The sixteen templates every vault can start from, in the order the library must keep. */
const REQUIRED_IDS = [
  'information-security',
  'acceptable-use',
  'access-control',
  'change-management',
  'incident-response',
  'business-continuity-and-disaster-recovery',
  'data-classification-and-handling',
  'data-retention-and-deletion',
  'encryption-and-key-management',
  'vendor-and-third-party-ai-management',
  'risk-assessment',
  'secure-development-and-model-lifecycle',
  'ai-model-governance',
  'personnel-security-and-training',
  'code-of-conduct',
  'privacy',
];

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Words as a reader counts them: tokens with at least one letter or digit. */
function wordCount(markdown: string): number {
  return markdown.split(/\s+/).filter((token) => /[A-Za-z0-9]/.test(token)).length;
}

/** Prose with inline code and table separator rows removed, for punctuation checks. */
function prose(markdown: string): string {
  return markdown
    .replace(/`[^`]*`/g, '')
    .split('\n')
    .filter((line) => !/^\|[ |:-]+\|$/.test(line))
    .join('\n');
}

describe('policy template library', () => {
  it('ships at least 16 templates with unique slug IDs', () => {
    expect(POLICY_TEMPLATES.length).toBeGreaterThanOrEqual(16);
    const ids = POLICY_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(SLUG);
    expect(POLICY_TEMPLATES_BY_ID.size).toBe(ids.length);
  });

  it('includes every required template, in the required relative order', () => {
    const ids = POLICY_TEMPLATES.map((t) => t.id);
    const positions = REQUIRED_IDS.map((id) => ids.indexOf(id));
    for (const [i, position] of positions.entries()) {
      expect(position, REQUIRED_IDS[i]).toBeGreaterThanOrEqual(0);
    }
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(ids[0]).toBe('information-security');
  });

  it('indexes every template by ID', () => {
    for (const t of POLICY_TEMPLATES) expect(POLICY_TEMPLATES_BY_ID.get(t.id)).toBe(t);
  });

  it('has unique titles and one-sentence summaries without placeholders', () => {
    expect(new Set(POLICY_TEMPLATES.map((t) => t.title)).size).toBe(POLICY_TEMPLATES.length);
    for (const t of POLICY_TEMPLATES) {
      expect(t.title.trim(), t.id).not.toBe('');
      expect(t.summary, t.id).toMatch(/^[A-Z].*\.$/);
      expect(t.summary.slice(0, -1), t.id).not.toMatch(/[.!?]\s/);
      expect(t.summary, t.id).not.toContain('{{');
    }
  });

  it('links each template to 3-15 existing library controls, without duplicates', () => {
    for (const t of POLICY_TEMPLATES) {
      expect(t.controls.length, t.id).toBeGreaterThanOrEqual(3);
      expect(t.controls.length, t.id).toBeLessThanOrEqual(15);
      expect(new Set(t.controls).size, t.id).toBe(t.controls.length);
      for (const id of t.controls) expect(CONTROL_LIBRARY_BY_ID.has(id), `${t.id} -> ${id}`).toBe(true);
    }
  });

  it('links privacy controls only from privacy-only templates', () => {
    for (const t of POLICY_TEMPLATES.filter((p) => !p.privacyOnly)) {
      expect(
        t.controls.filter((id) => id.startsWith('PR-')),
        t.id,
      ).toEqual([]);
    }
  });

  it('uses a 12-month review cadence, or 6 months for AI model governance', () => {
    for (const t of POLICY_TEMPLATES) {
      const allowed = t.id === 'ai-model-governance' ? [6, 12] : [12];
      expect(allowed, t.id).toContain(t.reviewCadenceMonths);
    }
  });

  it('marks only the privacy template as privacy-only', () => {
    expect(POLICY_TEMPLATES.filter((t) => t.privacyOnly).map((t) => t.id)).toEqual(['privacy']);
  });
});

describe('policy bodies', () => {
  it('start with Purpose, then Scope, then Roles, and end with Exceptions, Enforcement, Review', () => {
    for (const t of POLICY_TEMPLATES) {
      const headings = t.body.split('\n').filter((line) => line.startsWith('## '));
      expect(headings.slice(0, 3), t.id).toEqual(['## Purpose', '## Scope', '## Roles and responsibilities']);
      expect(headings.slice(-3), t.id).toEqual(['## Exceptions', '## Enforcement', '## Review']);
      expect(t.body.startsWith('## Purpose\n'), t.id).toBe(true);
    }
  });

  it('have no level-1 heading', () => {
    for (const t of POLICY_TEMPLATES) expect(t.body, t.id).not.toMatch(/^# /m);
  });

  it('are between 700 and 3,000 words', () => {
    for (const t of POLICY_TEMPLATES) {
      const words = wordCount(t.body);
      expect(words, t.id).toBeGreaterThanOrEqual(700);
      expect(words, t.id).toBeLessThanOrEqual(3000);
    }
  });

  it('use {{orgName}} and leave no placeholder after filling', () => {
    for (const t of POLICY_TEMPLATES) {
      expect(t.body, t.id).toContain('{{orgName}}');
      const filled = fillTemplate(t.body, SAMPLE);
      expect(filled, t.id).not.toContain('{{');
      expect(filled, t.id).not.toContain('}}');
      expect(filled, t.id).toContain(SAMPLE.orgName);
    }
  });

  it('state the review cadence in the Review section', () => {
    for (const t of POLICY_TEMPLATES) {
      const review = t.body.slice(t.body.lastIndexOf('## Review'));
      expect(review, t.id).toContain(`${t.reviewCadenceMonths} months`);
      expect(review, t.id).toMatch(/\bapproves?\b/);
    }
  });

  it('include a Markdown table in at least five templates', () => {
    const withTable = POLICY_TEMPLATES.filter((t) => /^\|.*\|\n\|[ |:-]+\|$/m.test(t.body));
    expect(withTable.length).toBeGreaterThanOrEqual(5);
  });

  it('have well-formed tables: every row has as many cells as the header', () => {
    for (const t of POLICY_TEMPLATES) {
      const lines = t.body.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const previous = lines[i - 1] ?? '';
        if (!line.startsWith('|') || previous.startsWith('|')) continue;
        const cells = (row: string) => row.split('|').length;
        let j = i;
        while ((lines[j] ?? '').startsWith('|')) {
          expect(cells(lines[j] ?? ''), `${t.id} line ${j + 1}`).toBe(cells(line));
          j++;
        }
        expect(lines[i + 1] ?? '', `${t.id} line ${i + 2}`).toMatch(/^\|[ |:-]+\|$/);
      }
    }
  });

  it('use typographic dashes in number ranges and never a spaced hyphen as a dash', () => {
    for (const t of POLICY_TEMPLATES) {
      const text = prose(t.body);
      expect(text, t.id).not.toMatch(/\b\d+-\d+\b/);
      expect(text, t.id).not.toMatch(/\S - \S/);
      expect(text, t.id).not.toContain('--');
    }
  });

  it('contain no straight double quotes outside code', () => {
    for (const t of POLICY_TEMPLATES) expect(prose(t.body), t.id).not.toContain('"');
  });

  it('do not mention placeholders other than the four the vault fills', () => {
    for (const t of POLICY_TEMPLATES) {
      const names = [...t.body.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
      for (const name of names) {
        expect(['orgName', 'systemName', 'policyOwner', 'effectiveDate'], t.id).toContain(name);
      }
    }
  });
});

describe('templatesFor', () => {
  it('leaves out privacy-only templates unless Privacy is in scope', () => {
    const security = templatesFor(['security']).map((t) => t.id);
    expect(security).not.toContain('privacy');
    expect(security.length).toBe(POLICY_TEMPLATES.length - 1);

    const withPrivacy = templatesFor(['security', 'privacy']).map((t) => t.id);
    expect(withPrivacy).toContain('privacy');
    expect(withPrivacy).toEqual(POLICY_TEMPLATES.map((t) => t.id));
  });

  it('keeps library order and offers every other template for any scope', () => {
    const ids = templatesFor(['security', 'availability', 'processing-integrity', 'confidentiality']).map((t) => t.id);
    expect(ids).toEqual(POLICY_TEMPLATES.filter((t) => !t.privacyOnly).map((t) => t.id));
    expect(templatesFor([]).every((t) => !t.privacyOnly)).toBe(true);
  });
});
