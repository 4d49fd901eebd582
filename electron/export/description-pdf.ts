import type { Writable } from 'node:stream';
import {
  COMPONENT_KINDS,
  COMPONENT_LABELS,
  type DescriptionPreview,
  type IncidentEntry,
} from '../../shared/domain/description';
import {
  drawCover,
  headingHeight,
  list,
  note,
  noteHeight,
  paragraph,
  paragraphs,
  Sections,
  table,
  tableKeep,
  type TableSpec,
} from './doc-parts';
import { createPdf, finish, type PdfResult } from './pdf/document';
import { contentLeft, contentTop, contentWidth, ensureSpace, newPage, onPage, type Doc } from './pdf/flow';
import { longDate } from './pdf/format';
import { Outline } from './pdf/outline';
import { layoutRuns, putText } from './pdf/text';
import { fillToc, reserveToc, type TocItem } from './pdf/toc';
import { COLOR, TYPE } from './pdf/theme';

export interface DescriptionPdfOptions {
  createdAt: Date;
  draft: boolean;
}

const TYPE_LABEL = { type1: 'SOC 2 Type I', type2: 'SOC 2 Type II' } as const;

/** The DC section headings, in order; the contents are planned from them before anything is drawn. */
export function sectionTitles(p: Pick<DescriptionPreview, 'systemName' | 'reportType' | 'orgName'>): {
  assertion: string;
  description: string;
  dc: string[];
} {
  return {
    assertion: "Management's assertion",
    description: `Description of the ${p.systemName}`,
    dc: [
      'Services provided (DC1)',
      'Principal service commitments and system requirements (DC2)',
      'System components (DC3)',
      p.reportType === 'type2' ? 'Significant incidents during the period (DC4)' : 'Significant incidents (DC4)',
      'Trust services criteria in scope and related controls (DC5)',
      'Complementary user entity controls (DC6)',
      'Subservice organizations (DC7)',
      'Criteria not applicable (DC8)',
      'Significant changes during the period (DC9)',
    ],
  };
}

const SIGNATURE_ROWS = 3;

function signedFor(p: DescriptionPreview): string {
  return `Signed for the management of ${p.orgName}:`;
}

/** The height drawSignature takes: the space above, the line "Signed for...", room to sign, name, title, date. */
function signatureHeight(doc: Doc, p: DescriptionPreview): number {
  const lines = layoutRuns(doc, [{ text: signedFor(p) }], TYPE.body, contentWidth(doc)).length;
  return 18 + lines * TYPE.body.lineHeight + 7 + 30 + 6 + SIGNATURE_ROWS * (TYPE.body.lineHeight + 2);
}

function drawSignature(doc: Doc, p: DescriptionPreview): void {
  const x = contentLeft(doc);
  const s = p.description.signatory;
  ensureSpace(doc, signatureHeight(doc, p));
  doc.y += 18;
  paragraph(doc, signedFor(p));
  doc.y += 30;
  doc
    .moveTo(x, doc.y)
    .lineTo(x + 250, doc.y)
    .lineWidth(0.75)
    .strokeColor(COLOR.text)
    .stroke();
  doc.y += 6;
  const rows: [string, string][] = [
    ['Name', s.name || '(to be named)'],
    ['Title', s.title || '(to be named)'],
    ['Date', s.date ? longDate(s.date) : '(not yet signed)'],
  ];
  for (const [label, value] of rows) {
    putText(doc, label.toUpperCase(), x, doc.y + 2, TYPE.label);
    putText(doc, value, x + 60, doc.y, TYPE.body);
    doc.y += TYPE.body.lineHeight + 2;
  }
}

function drawAssertion(doc: Doc, sections: Sections, p: DescriptionPreview, title: string): void {
  const a = p.assertion;
  sections.heading(1, title);
  paragraph(doc, [{ text: a.heading, font: 'Bold' }]);
  for (const text of a.paragraphs) paragraph(doc, text);
  paragraph(doc, a.confirmation);
  // The signature never stands alone on a page: the last statement goes with it.
  list(doc, a.statements, (i) => `(${String.fromCharCode(97 + i)})`, { keepWithLast: signatureHeight(doc, p) });
  drawSignature(doc, p);
}

/** How an incident ended, in words: when it was resolved and why it happened, or that it is still open. */
export function resolution(i: IncidentEntry, date: (iso: string) => string = longDate): string {
  if (!i.resolvedOn) return `Not yet resolved (${i.status}).`;
  return `Resolved on ${date(i.resolvedOn)}.${i.cause ? ` Cause: ${i.cause}` : ''}`;
}

function unavailable(what: string): string {
  return `No records exist: this vault does not keep ${what} yet, so none are reported here.`;
}

function drawDescription(
  doc: Doc,
  sections: Sections,
  p: DescriptionPreview,
  titles: ReturnType<typeof sectionTitles>,
): void {
  const d = p.description;
  const [dc1, dc2, dc3, dc4, dc5, dc6, dc7, dc8, dc9] = titles.dc as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  newPage(doc);
  sections.heading(1, titles.description);
  paragraph(
    doc,
    `This description covers the ${p.systemName} of ${p.orgName} ${p.periodLabel}, and the trust services criteria for ${p.categories.join(', ')}.`,
  );

  sections.heading(2, dc1);
  if (d.servicesProvided.trim()) paragraphs(doc, d.servicesProvided);
  else note(doc, 'Management has not yet described the services provided.');

  // Every table section keeps its heading with the table's header and first row (or the note said instead).
  const tableSection = (level: 2 | 3, title: string, spec: TableSpec) => {
    sections.heading(level, title, tableKeep(doc, spec));
    table(doc, spec);
  };
  const noteSection = (title: string, text: string) => {
    sections.heading(2, title, noteHeight(doc, text));
    note(doc, text);
  };

  tableSection(2, dc2, {
    columns: [{ header: 'Service commitment', width: 0.4 }, { header: 'System requirements that meet it' }],
    rows: d.commitments.map((c) => [c.title, c.detail]),
    empty: 'Management has not yet listed its principal service commitments.',
  });

  const components = COMPONENT_KINDS.map((kind) => ({
    title: COMPONENT_LABELS[kind],
    spec: {
      columns: [{ header: 'Component', width: 0.3 }, { header: 'Description' }],
      rows: d.components[kind].map((c) => [c.title, c.detail]),
      empty: `No ${COMPONENT_LABELS[kind].toLowerCase()} components are listed yet.`,
    },
  }));
  const first = components[0]!;
  sections.heading(2, dc3, headingHeight(doc, 3, first.title) + tableKeep(doc, first.spec));
  for (const c of components) tableSection(3, c.title, c.spec);

  if (!p.dc4Incidents.available) noteSection(dc4, unavailable('an incident log'));
  else
    tableSection(2, dc4, {
      columns: [
        { header: 'Date' },
        { header: 'Incident', width: 0.28 },
        { header: 'Effect on the system', width: 0.27 },
        { header: 'Resolution', width: 0.27 },
      ],
      rows: p.dc4Incidents.rows.map((i) => [
        longDate(i.date),
        [
          { text: `${i.ref} ${i.title} (${i.severity})`, font: 'Bold' as const },
          { text: i.description ? `\n${i.description}` : '' },
        ],
        i.effect,
        resolution(i),
      ]),
      empty:
        p.reportType === 'type2'
          ? 'No significant incidents occurred during the period.'
          : 'No significant incidents occurred up to the date of the description.',
    });

  tableSection(2, dc5, {
    columns: [{ header: 'Criterion' }, { header: 'Topic', width: 0.34 }, { header: 'Related controls' }],
    rows: p.dc5Criteria.map((c) => [
      c.criterionId,
      c.topic,
      c.controls.length ? c.controls.map((k) => `${k.id} ${k.name}`).join('\n') : 'No control mapped yet',
    ]),
    empty: 'No trust services criteria are in scope.',
  });

  if (!p.dc6Cuecs.available) noteSection(dc6, unavailable('complementary user entity controls'));
  else
    tableSection(2, dc6, {
      columns: [
        { header: 'Ref' },
        { header: 'Control expected of user entities', width: 0.62 },
        { header: 'Criteria' },
      ],
      rows: p.dc6Cuecs.rows.map((c) => [c.ref, c.description, c.criteria.join(', ')]),
      empty: 'No complementary user entity controls are assumed.',
    });

  if (!p.dc7Subservice.available) noteSection(dc7, unavailable('a vendor register'));
  else
    tableSection(2, dc7, {
      columns: [
        { header: 'Subservice organization', width: 0.2 },
        { header: 'Service', width: 0.2 },
        { header: 'Treatment' },
        { header: 'Controls expected of it (CSOCs)', width: 0.4 },
      ],
      rows: p.dc7Subservice.rows.map((s) => [
        s.name,
        s.service,
        s.treatment === 'carve-out' ? 'Carve-out' : 'Inclusive',
        s.csocs.length ? s.csocs.map((c) => `• ${c}`).join('\n') : 'None stated',
      ]),
      empty: `${p.orgName} uses no subservice organizations for this system.`,
    });

  tableSection(2, dc8, {
    columns: [
      { header: 'Criterion' },
      { header: 'Topic', width: 0.3 },
      { header: 'Why it does not apply', width: 0.55 },
    ],
    rows: p.dc8NotApplicable.map((c) => [c.criterionId, c.topic, c.reason]),
    empty: 'Every criterion of the categories in scope applies to the system.',
  });
  if (d.notApplicableNotes.trim()) paragraphs(doc, d.notApplicableNotes);

  if (p.reportType === 'type1') noteSection(dc9, 'Not applicable: a Type I description speaks for a single date.');
  else if (!p.dc9Changes.available) noteSection(dc9, unavailable('change records'));
  else
    tableSection(2, dc9, {
      columns: [
        { header: 'Date' },
        { header: 'Change', width: 0.3 },
        { header: 'Kind' },
        { header: 'What changed', width: 0.4 },
      ],
      rows: p.dc9Changes.rows.map((c) => [longDate(c.date), `${c.ref} ${c.title}`, c.kind, c.description]),
      empty: 'No significant changes were made to the system or its controls during the period.',
    });
}

/** The system description (DC1-DC9) with management's assertion in front, as one PDF. */
export async function writeDescriptionPdf(
  p: DescriptionPreview,
  out: Writable,
  options: DescriptionPdfOptions,
): Promise<PdfResult> {
  const titles = sectionTitles(p);
  const title = "System description and management's assertion";
  const doc = createPdf({
    title: `${p.orgName} — ${title}`,
    subject: `${TYPE_LABEL[p.reportType]}: ${p.systemName}, ${p.periodLabel}`,
    author: p.orgName,
    keywords: ['SOC 2', 'system description', 'management assertion', p.orgName],
    draft: options.draft,
    createdAt: options.createdAt,
  });
  try {
    const outline = new Outline(doc);
    drawCover(doc, {
      orgName: p.orgName,
      label: TYPE_LABEL[p.reportType],
      title,
      lines: [
        p.systemName,
        p.periodLabel.replace(/^./, (c) => c.toUpperCase()),
        `Trust services categories: ${p.categories.join(', ')}`,
      ],
      createdAt: options.createdAt,
      draft: options.draft,
    });
    const items: TocItem[] = [
      { title: titles.assertion, level: 1 },
      { title: titles.description, level: 1 },
      ...titles.dc.map((t) => ({ title: t, level: 2 })),
    ];
    const toc = reserveToc(doc, items);
    onPage(doc, toc.firstPage, () => outline.add(1, 'Contents', contentTop(doc)));
    const sections = new Sections(doc, outline);
    drawAssertion(doc, sections, p, titles.assertion);
    drawDescription(doc, sections, p, titles);
    fillToc(doc, toc, sections.entries);
    return await finish(doc, out, {
      runningHeader: { left: `${p.systemName} · ${TYPE_LABEL[p.reportType]}`, right: p.orgName },
      footer: "System description and management's assertion",
    });
  } catch (error) {
    out.destroy();
    throw error;
  }
}
