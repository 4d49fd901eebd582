import type { Writable } from 'node:stream';
import type { PlanRow } from '../../shared/check/plan';
import type { Severity } from '../../shared/check/types';
import {
  contentLeft,
  contentWidth,
  createPdf,
  drawParagraph,
  drawTable,
  ensureSpace,
  finish,
  gap,
  longDate,
  Outline,
  putText,
  TYPE,
  type PdfResult,
} from './pdf';

export interface RemediationPlan {
  orgName: string;
  systemName: string;
  asOf: string;
  score: number;
  rows: readonly PlanRow[];
}

const SECTIONS: { severity: Severity; title: string; intro: string }[] = [
  {
    severity: 'blocker',
    title: 'Blockers',
    intro: 'An auditor would report these as exceptions or could not start fieldwork with them open. Fix them first.',
  },
  { severity: 'warning', title: 'Warnings', intro: 'An auditor is likely to question these.' },
  { severity: 'advice', title: 'Advice', intro: 'Good practice that makes the audit smoother.' },
];

/**
 * The remediation plan as a document to hand to colleagues: who fixes what
 * by when, blockers first. Unassigned findings are listed too, marked so.
 */
export async function writeRemediationPdf(plan: RemediationPlan, out: Writable): Promise<PdfResult> {
  try {
    const doc = createPdf({
      title: `${plan.orgName} — Remediation plan`,
      subject: `Self-check findings as of ${plan.asOf}, with owners and due dates`,
      author: plan.orgName,
      keywords: ['SOC 2', 'self-check', 'remediation plan', plan.orgName],
    });
    const outline = new Outline(doc);
    const x = contentLeft(doc);
    const width = contentWidth(doc);
    putText(doc, 'REMEDIATION PLAN', x, doc.y, TYPE.label);
    doc.y += 14;
    outline.add(1, 'Remediation plan');
    drawParagraph(
      doc,
      [{ text: `${plan.orgName}: remediation plan` }],
      { ...TYPE.title, size: 20, lineHeight: 25 },
      { x, width },
    );
    doc.y += 6;
    const assigned = plan.rows.filter((r) => r.item).length;
    const count = (s: Severity) => plan.rows.filter((r) => r.finding.severity === s).length;
    drawParagraph(
      doc,
      [
        {
          text: `${plan.systemName}. Self-check as of ${longDate(plan.asOf)}: readiness score ${plan.score} of 100; ${count('blocker')} blockers, ${count('warning')} warnings, ${count('advice')} advice. ${assigned} of ${plan.rows.length} findings have an owner and a due date.`,
        },
      ],
      TYPE.body,
      { x, width },
    );
    if (plan.rows.length === 0) {
      gap(doc, 12);
      drawParagraph(doc, [{ text: 'The self-check found nothing to fix.' }], TYPE.body, { x, width });
    }
    for (const section of SECTIONS) {
      const rows = plan.rows.filter((r) => r.finding.severity === section.severity);
      if (rows.length === 0) continue;
      gap(doc, 18);
      ensureSpace(doc, 90);
      outline.add(1, section.title);
      drawParagraph(doc, [{ text: `${section.title} (${rows.length})` }], TYPE.h1, { x, width });
      doc.y += 2;
      drawParagraph(doc, [{ text: section.intro }], { ...TYPE.body, color: '#57606A' }, { x, width });
      doc.y += 6;
      drawTable(doc, {
        columns: [
          { header: 'Finding', width: 0.38 },
          { header: 'Fix', width: 0.32 },
          { header: 'Owner', width: 0.16 },
          { header: 'Due', width: 0.14 },
        ],
        rows: rows.map(({ finding, item }) => [
          [{ text: `${finding.message}\n` }, { text: finding.link.label, color: '#57606A' }],
          finding.fix,
          item ? item.owner : 'Unassigned',
          item ? item.dueDate : '—',
        ]),
        look: 'zebra',
      });
    }
    return await finish(doc, out, {
      runningHeader: { left: `${plan.orgName} — Remediation plan`, right: `As of ${plan.asOf}` },
      footer: `Self-check as of ${plan.asOf} · score ${plan.score}`,
      coverPages: 0,
    });
  } catch (error) {
    out.destroy();
    throw error;
  }
}
