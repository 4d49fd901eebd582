import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DescriptionPreview, SystemDescription } from '../../../shared/domain/description';
import { sectionTitles, writeDescriptionPdf } from '../../../electron/export/description-pdf';
import { exportPackage, FILES } from '../../../electron/services/export';
import { Workbench } from '../../../electron/services/workbench';
import { listAudit } from '../../../electron/vault/audit';
import { tempDir } from '../../helpers/tmp';
import { call, DESCRIPTION, packageFixture, UNICODE_ORG } from './package-fixture';
import { bookmarks, pageTexts, pdfInfo, qpdfCheck, screenshot } from './pdf-tools';
import { execFileSync } from 'node:child_process';

const AT = '2026-07-03T09:30:00.000Z';

/** Exports a package and returns the description PDF's file and its text with line breaks flattened. */
async function descriptionPdf(fixture: Awaited<ReturnType<typeof packageFixture>>, draft = false) {
  const out = path.join(fixture.dir, 'package.zip');
  await exportPackage(fixture.wb.requireVault(), { out, at: AT, draft });
  const root = tempDir('attest-unzip-');
  execFileSync('unzip', ['-q', out, '-d', root]);
  const file = path.join(root, FILES.description);
  const pages = pageTexts(file);
  const flat = pages.join('\n').replace(/\s+/g, ' ');
  // Content order (not layout): each table cell's lines come out together.
  const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { file, pages, flat, raw, root };
}

describe('system description and assertion PDF', () => {
  it('Type II: every DC section, the three assertion statements for the period, signature block, contents and bookmarks', async () => {
    const fixture = await packageFixture();
    const { file, pages, flat } = await descriptionPdf(fixture);
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
    const preview = await call<DescriptionPreview>(fixture.wb, 'description.preview', {});
    const titles = sectionTitles(preview);
    for (const title of [titles.assertion, titles.description, ...titles.dc]) expect(flat).toContain(title);
    expect(flat).toContain('Significant changes during the period (DC9)');

    // The assertion: for the period, with (a) fair presentation, (b) suitable design and (c) operating effectiveness.
    const period = 'throughout the period January 1, 2026 to June 30, 2026';
    expect(flat).toContain(`the accompanying description of the Données Model Platform (the description) ${period}`);
    expect(flat).toContain('DC section 200');
    expect(flat).toMatch(
      /\(a\) the description presents the Données Model Platform fairly, as it was designed and implemented throughout the period/,
    );
    expect(flat).toMatch(/\(b\) the controls stated in the description were suitably designed throughout the period/);
    expect(flat).toMatch(
      /\(c\) the controls stated in the description operated effectively throughout the period January 1, 2026 to June 30, 2026/,
    );
    expect(flat).toContain(`Signed for the management of ${UNICODE_ORG}`);
    expect(flat).toMatch(/NAME Åsa Lindqvist TITLE Chief Executive Officer DATE July 2, 2026/);

    // The narratives and structured lists as written.
    expect(flat).toContain('We build and run custom machine-learning models for mid-sized retailers.');
    expect(flat).toContain('Client data stays confidential');
    expect(flat).toContain('Managed Kubernetes in one region with a standby region.');
    expect(flat).toContain('We run no data centre of our own.');
    // DC5: criteria in scope with their controls.
    expect(flat).toMatch(/CC6\.1 .*Logical access/i);

    // Cover, contents with page numbers, running header and "Page N of M".
    expect(pages[0]).toContain('SOC 2 TYPE II');
    expect(pages[0]).not.toContain('Page 1 of');
    expect(pages[1]).toMatch(/Contents/);
    expect(pages[1]).toMatch(/Management's assertion\s*\.*\s*3/);
    expect(pages[2]).toContain(`Page 3 of ${pages.length}`);
    expect(pages[2]).toContain(UNICODE_ORG);
    const marks = bookmarks(file).map((b) => b.title);
    expect(marks).toEqual(['Contents', titles.assertion, titles.description]);
    const info = pdfInfo(file);
    expect(info.Author).toBe(UNICODE_ORG);
    expect(info.Title).toContain("System description and management's assertion");
    // The fixture's controls are not implemented yet, so the self-check has blockers: DRAFT, and the cover says why not to rely on it.
    expect(preview.draftReasons[0]).toMatch(/^The self-check as of 2026-06-30 finds \d+ blockers: /);
    expect(pages[0]).toContain('DRAFT — NOT FOR RELIANCE');
    // Written without reasons for a draft, the same description carries no watermark.
    const clean = path.join(fixture.dir, 'clean.pdf');
    await writeDescriptionPdf(preview, fs.createWriteStream(clean), { createdAt: new Date(AT), draft: false });
    expect(pageTexts(clean).join('\n')).not.toContain('DRAFT');
    screenshot(file, 3, 'export-assertion-type2');
  });

  it('Type I: as of one date, two statements and no operating-effectiveness claim; DRAFT when asked', async () => {
    const fixture = await packageFixture({
      reportType: 'type1',
      asOfDate: '2026-06-30',
      periodStart: null,
      periodEnd: null,
    });
    const { flat, file } = await descriptionPdf(fixture, true);
    expect(flat).toContain('SOC 2 Type I');
    expect(flat).toContain('(the description) as of June 30, 2026');
    expect(flat).toMatch(
      /\(a\) the description presents the Données Model Platform fairly, as it was designed and implemented as of June 30, 2026/,
    );
    expect(flat).toMatch(/\(b\) the controls stated in the description were suitably designed as of June 30, 2026/);
    expect(flat).not.toContain('(c)');
    expect(flat).not.toContain('operated effectively');
    expect(flat).toContain('Significant incidents (DC4)');
    expect(flat).toContain('Not applicable: a Type I description speaks for a single date.');
    expect(flat).toContain('DRAFT');
    screenshot(file, 1, 'export-cover-type1-draft');
  });

  it('says plainly where the description is still empty', async () => {
    const fixture = await packageFixture();
    await call(fixture.wb, 'description.update', {
      ...DESCRIPTION,
      servicesProvided: '',
      commitments: [],
      signatory: { name: '', title: '', date: '' },
    });
    const { flat } = await descriptionPdf(fixture);
    expect(flat).toContain('Management has not yet described the services provided.');
    expect(flat).toContain('Management has not yet listed its principal service commitments.');
    expect(flat).toContain('(not yet signed)');
  });
});

describe('derived sections from the registers', () => {
  it('puts significant incidents (DC4), CUECs (DC6), subservice organizations with CSOCs (DC7) and significant changes (DC9) in their sections', async () => {
    const fixture = await packageFixture();
    const { wb } = fixture;
    const incident = {
      severity: 'SEV2',
      category: 'availability',
      detectedAt: '2026-03-14T09:20:00Z',
      description: 'Prediction API returned errors for two hours.',
      rootCause: 'An expired certificate on the load balancer.',
    };
    await call(wb, 'incidents.create', {
      ...incident,
      title: 'Prediction API outage',
      occurredAt: '2026-03-14T08:00:00Z',
      status: 'resolved',
      resolvedAt: '2026-03-14T10:05:00Z',
      significant: true,
      significantReason: 'Three clients could not get predictions for two hours.',
    });
    // Not significant, and significant but outside the period: both left out.
    await call(wb, 'incidents.create', {
      ...incident,
      title: 'Noisy alert',
      occurredAt: '2026-03-15T08:00:00Z',
      detectedAt: '2026-03-15T08:00:00Z',
    });
    await call(wb, 'incidents.create', {
      ...incident,
      title: 'Old phishing attempt',
      occurredAt: '2025-11-02T08:00:00Z',
      detectedAt: '2025-11-02T09:00:00Z',
      significant: true,
      significantReason: 'Before the period.',
    });
    const change = { author: 'Tomás Novak', approver: 'Daniel Reyes', description: '' };
    await call(wb, 'changes.create', {
      ...change,
      title: 'Moved model serving to a second region',
      ticketRef: 'OPS-412',
      deployedOn: '2026-04-20',
      significant: true,
      significantDescription: 'Serving now runs in two regions with automatic failover.',
    });
    await call(wb, 'changes.create', { ...change, title: 'Routine dependency bump', deployedOn: '2026-04-21' });
    await call(wb, 'cuecs.save', {
      cuecs: [{ text: 'Clients remove access for their own users who leave.', criteria: ['CC6.2'] }],
    });
    await call(wb, 'vendors.create', {
      fields: {
        name: 'Nimbus Cloud',
        service: 'Hosting of the production platform',
        kind: 'cloud-infrastructure',
        dataClassification: 'client-restricted',
        criticality: 'critical',
        subserviceMethod: 'carve-out',
        csocs: ['Physical access to data centres is restricted to authorised staff.'],
      },
    });

    const preview = await call<DescriptionPreview>(wb, 'description.preview', {});
    expect(preview.dc4Incidents.rows.map((r) => r.title)).toEqual(['Prediction API outage']);
    expect(preview.dc9Changes.rows.map((r) => r.ref)).toEqual(['OPS-412']);
    const { flat, raw } = await descriptionPdf(fixture);
    expect(raw).toContain(
      'March 14, 2026 INC-1 Prediction API outage (SEV2) Prediction API returned errors for two hours.',
    );
    expect(raw).toContain('Three clients could not get predictions for two hours.');
    expect(raw).toContain('Resolved on March 14, 2026. Cause: An expired certificate on the load balancer.');
    expect(flat).not.toContain('Noisy alert');
    expect(flat).not.toContain('Old phishing attempt');
    expect(raw).toContain('CUEC-1 Clients remove access for their own users who leave. CC6.2');
    expect(raw).toContain(
      'Nimbus Cloud Hosting of the production platform Carve-out • Physical access to data centres',
    );
    expect(raw).toContain(
      'April 20, 2026 OPS-412 Moved model serving to a second region Planned change Serving now runs',
    );
    expect(flat).not.toContain('Routine dependency bump');
    // The assertion names the carved-out subservice organization and the CUECs.
    expect(flat).toContain('relies on a subservice organization, Nimbus Cloud, for parts of the system');
    // ... and what is expected of it, in the assertion itself.
    expect(flat).toContain(
      'Of Nimbus Cloud, Ærøskøbing Données — Σύμβουλοι ООО expects the following: Physical access to data centres is restricted to authorised staff.',
    );
    expect(flat).toContain(
      'controls that Ærøskøbing Données — Σύμβουλοι ООО expects its customers (user entities) to operate',
    );
  });
});

describe('complementary user entity controls (DC6)', () => {
  it('lists only CUECs related to criteria in scope (or to none), each with its in-scope criteria', async () => {
    const fixture = await packageFixture(); // Security and Confidentiality in scope; Privacy is not
    await call(fixture.wb, 'cuecs.save', {
      cuecs: [
        { text: 'Clients remove access for their own users who leave.', criteria: ['CC6.2'] },
        { text: 'Clients publish a privacy notice to their own customers.', criteria: ['P1.1'] },
        { text: 'Clients keep their API keys secret.', criteria: [] },
        { text: 'Clients classify the files they upload.', criteria: ['C1.1', 'P4.1'] },
      ],
    });
    const preview = await call<DescriptionPreview>(fixture.wb, 'description.preview', {});
    expect(preview.dc6Cuecs.rows).toEqual([
      { ref: 'CUEC-1', description: 'Clients remove access for their own users who leave.', criteria: ['CC6.2'] },
      { ref: 'CUEC-2', description: 'Clients keep their API keys secret.', criteria: [] },
      { ref: 'CUEC-3', description: 'Clients classify the files they upload.', criteria: ['C1.1'] },
    ]);
    const { flat, raw } = await descriptionPdf(fixture);
    expect(raw).toContain('CUEC-1 Clients remove access for their own users who leave. CC6.2');
    expect(raw).toContain('CUEC-3 Clients classify the files they upload. C1.1');
    expect(flat).not.toContain('privacy notice');
    expect(flat).not.toContain('P4.1');
  });
});

/** The text of page `n` alone, as `pdftotext -f n -l n` reads it. */
function pageText(file: string, n: number): string {
  return execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], { encoding: 'utf8' });
}

describe('page layout of the description', () => {
  it('keeps every section heading on the page of its first row, and the last statement with the signature', async () => {
    const dir = tempDir('attest-demo-');
    const wb = new Workbench({
      recentFile: path.join(dir, 'recent.json'),
      vaultOptions: { now: () => new Date('2026-12-04T09:00:00Z') },
    });
    await call(wb, 'vault.createDemo', { path: path.join(dir, 'demo.attest'), size: 'small' });
    const out = path.join(dir, 'package.zip');
    await exportPackage(wb.requireVault(), { out, at: '2026-12-04T09:00:00Z' });
    const root = tempDir('attest-unzip-');
    execFileSync('unzip', ['-q', out, '-d', root]);
    const file = path.join(root, FILES.description);
    const count = Number(pdfInfo(file).Pages);
    const pages = Array.from({ length: count }, (_, i) => pageText(file, i + 1));
    // After the cover and the contents (page 2), where every heading is listed too.
    const pageOf = (text: string) => pages.findIndex((p, i) => i > 1 && p.replace(/\s+/g, ' ').includes(text)) + 1;

    // Each table section: its heading, its header row and its first row on one page.
    const sections: [string, string, string][] = [
      ['Principal service commitments and system requirements (DC2)', 'Service commitment', 'Client data is kept'],
      ['Significant incidents during the period (DC4)', 'Effect on the system', 'INC-1'],
      ['Trust services criteria in scope and related controls (DC5)', 'Related controls', 'CC1.1'],
      ['Complementary user entity controls (DC6)', 'Control expected of user entities', 'CUEC-1'],
      ['Subservice organizations (DC7)', 'Controls expected of it (CSOCs)', 'Larkspur AI'],
      ['Criteria not applicable (DC8)', 'Why it does not apply', 'CC6.4'],
    ];
    for (const [heading, header, firstRow] of sections) {
      const page = pageOf(heading);
      expect(page, heading).toBeGreaterThan(2);
      const text = pages[page - 1]!.replace(/\s+/g, ' ');
      const after = text.slice(text.indexOf(heading));
      expect(after, heading).toContain(header);
      expect(after, heading).toContain(firstRow);
    }
    // No page ends on a heading: the last line above the footer is never a section title.
    const titles = sectionTitles({ systemName: 'Fernhill Model Delivery Platform', reportType: 'type2', orgName: '' });
    for (const [i, p] of pages.entries()) {
      const lines = p
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      expect(titles.dc, `page ${i + 1}`).not.toContain(lines[lines.length - 2]);
    }
    // The signature block shares its page with the last assertion statement.
    const signature = pageOf('Signed for the management of Fernhill Analytics');
    expect(pages[signature - 1]).toMatch(/\(c\) the controls stated in the description operated effectively/);
    wb.closeVault();
  });
});

describe('description operations', () => {
  it('saves the narratives and lists, records an audit entry, and reads them back', async () => {
    const { wb } = await packageFixture();
    const saved = await call<SystemDescription>(wb, 'description.get', {});
    expect(saved.commitments.map((c) => c.title)).toEqual(DESCRIPTION.commitments.map((c) => c.title));
    expect(saved.components.data[0]!.title).toBe('Client training data');
    expect(saved.signatory).toEqual(DESCRIPTION.signatory);
    const audit = listAudit(wb.requireVault().db, 50);
    expect(JSON.stringify(audit)).toContain('description.update');
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const { wb } = await packageFixture();
    const before = await call<SystemDescription>(wb, 'description.get', {});
    const bad = await (
      await import('../../../electron/services/dispatch')
    ).dispatch(wb, 'description.update', {
      ...DESCRIPTION,
      commitments: [{ title: '   ', detail: 'x' }],
      signatory: { ...DESCRIPTION.signatory, date: '2026-02-30' },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid_input');
      expect(bad.error.message).toMatch(/^commitments\.0\.title: Name this entry/);
      expect(JSON.stringify(bad.error.details)).toContain('signatory.date');
    }
    expect(await call<SystemDescription>(wb, 'description.get', {})).toEqual(before);
  });

  it('previews the derived sections and what is still missing', async () => {
    const { wb } = await packageFixture();
    await call(wb, 'criteria.setExclusion', {
      criterionId: 'C1.2',
      reason: 'We never dispose of client data ourselves',
    });
    const preview = await call<DescriptionPreview>(wb, 'description.preview', {});
    expect(preview.periodLabel).toBe('for the period January 1, 2026 to June 30, 2026');
    expect(preview.gaps).toEqual([]);
    expect(preview.dc8NotApplicable).toEqual([
      expect.objectContaining({ criterionId: 'C1.2', reason: 'We never dispose of client data ourselves' }),
    ]);
    expect(preview.dc5Criteria.some((c) => c.criterionId === 'C1.2')).toBe(false);
    expect(preview.dc5Criteria.find((c) => c.criterionId === 'CC6.1')!.controls.length).toBeGreaterThan(0);
    expect((await call<DescriptionPreview>(wb, 'description.preview', { draft: true })).draftReasons).toContain(
      'Marked as a draft when exported',
    );
  });
});
