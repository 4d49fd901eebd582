import type { Writable } from 'node:stream';
import type { ReportType } from '../../shared/domain/engagement';
import { drawCover, note, paragraph, Sections } from './doc-parts';
import type { MatrixRow } from './matrix';
import { createPdf, finish, type PdfResult } from './pdf/document';
import { contentTop, newPage, onPage, type Doc } from './pdf/flow';
import { Outline } from './pdf/outline';
import { drawTable, tableLeadHeight, type TableCell, type TableOptions } from './pdf/table';
import { fillToc, reserveToc } from './pdf/toc';
import { COLOR } from './pdf/theme';

export interface MatrixPdfInput {
  orgName: string;
  systemName: string;
  reportType: ReportType;
  periodLabel: string;
  rows: readonly MatrixRow[];
}

const MAX_REFS = 4;

/** The first few references; the full list is in the CSV, the workbook and evidence-index.csv. */
function evidenceCell(r: MatrixRow): string {
  if (r.kind !== 'control') return '';
  if (r.evidence.length === 0) return 'None yet';
  const shown = r.evidence.slice(0, MAX_REFS).join(', ');
  const more = r.evidence.length > MAX_REFS ? ` and ${r.evidence.length - MAX_REFS} more` : '';
  return `${shown}${more}`;
}

function controlCell(r: MatrixRow): TableCell {
  if (r.kind === 'no-control') return [{ text: r.controlName, font: 'Italic', color: COLOR.stampDraft }];
  if (r.kind === 'not-applicable') return [{ text: r.controlName, font: 'Italic', color: COLOR.muted }];
  return [{ text: `${r.controlId} ${r.controlName}`, font: 'Bold' }, { text: `\n${r.description}` }];
}

/** One table per criterion, under its own heading: the description column gets the width it needs. */
function drawCategory(doc: Doc, sections: Sections, rows: readonly MatrixRow[]): void {
  const byCriterion = new Map<string, MatrixRow[]>();
  for (const r of rows) {
    const list = byCriterion.get(r.criterionId);
    if (list) list.push(r);
    else byCriterion.set(r.criterionId, [r]);
  }
  for (const [criterionId, list] of byCriterion) {
    const options: TableOptions = {
      columns: [
        { header: 'Control and description', width: 0.62 },
        { header: 'Owner and frequency', width: 0.22 },
        { header: 'Evidence', width: 0.16 },
      ],
      rows: list.map((r) => [
        controlCell(r),
        r.kind === 'control' ? [{ text: r.owner }, { text: `\n${r.frequency}`, color: COLOR.muted }] : '',
        evidenceCell(r),
      ]),
    };
    // The heading stays with the table's header and first row.
    sections.heading(3, `${criterionId} ${list[0]!.topic}`, tableLeadHeight(doc, options));
    drawTable(doc, options);
    doc.y += 6;
  }
}

/** The controls matrix: criteria in scope to controls, with owner, frequency and evidence references. */
export async function writeMatrixPdf(
  input: MatrixPdfInput,
  out: Writable,
  options: { createdAt: Date; draft: boolean },
): Promise<PdfResult> {
  const title = 'Controls matrix';
  const doc = createPdf({
    title: `${input.orgName} — ${title}`,
    subject: `Trust services criteria mapped to the controls of the ${input.systemName}, ${input.periodLabel}`,
    author: input.orgName,
    keywords: ['SOC 2', 'controls matrix', input.orgName],
    draft: options.draft,
    createdAt: options.createdAt,
  });
  try {
    const outline = new Outline(doc);
    const categories = [...new Set(input.rows.map((r) => r.category))];
    const controls = new Set(input.rows.filter((r) => r.kind === 'control').map((r) => r.controlId)).size;
    const applicable = new Set(input.rows.filter((r) => r.kind !== 'not-applicable').map((r) => r.criterionId)).size;
    const notApplicable = input.rows.filter((r) => r.kind === 'not-applicable').length;
    drawCover(doc, {
      orgName: input.orgName,
      label: input.reportType === 'type2' ? 'SOC 2 Type II' : 'SOC 2 Type I',
      title,
      lines: [
        input.systemName,
        input.periodLabel.replace(/^./, (c) => c.toUpperCase()),
        `${controls} controls addressing ${applicable} criteria${notApplicable ? `; ${notApplicable} not applicable` : ''}`,
      ],
      createdAt: options.createdAt,
      draft: options.draft,
    });
    const toc = reserveToc(doc, [
      { title: 'How to read this matrix', level: 1 },
      ...categories.map((c) => ({ title: c, level: 1 })),
    ]);
    onPage(doc, toc.firstPage, () => outline.add(1, 'Contents', contentTop(doc)));
    const sections = new Sections(doc, outline);
    sections.heading(1, 'How to read this matrix');
    paragraph(
      doc,
      'Each row pairs a trust services criterion in scope with a control that addresses it. A control that addresses several criteria appears under each of them; ' +
        'a criterion marked not applicable has one row giving the reason. ' +
        'Evidence references (E-number) name evidence items; the files are in the package under evidence/, in one folder per control, and are listed in evidence-index.csv.',
    );
    if (input.rows.length === 0) note(doc, 'No trust services criteria are in scope.');
    for (const category of categories) {
      newPage(doc);
      sections.heading(1, category, 60);
      drawCategory(
        doc,
        sections,
        input.rows.filter((r) => r.category === category),
      );
    }
    fillToc(doc, toc, sections.entries);
    return await finish(doc, out, {
      runningHeader: { left: `${title} · ${input.systemName}`, right: input.orgName },
      footer: `${title} · ${input.periodLabel}`,
    });
  } catch (error) {
    out.destroy();
    throw error;
  }
}
