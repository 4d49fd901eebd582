import type { PolicyDocument } from '../../shared/domain/policy-document';
import { APP_NAME, APP_VERSION } from '../../shared/version';
import { contentBottom, contentLeft, contentTop, contentWidth, ensureSpace, gap, type Doc } from './pdf/flow';
import { isoDay, longDate } from './pdf/format';
import type { Outline } from './pdf/outline';
import { drawTable } from './pdf/table';
import { drawParagraph, layoutRuns, putText, type Run } from './pdf/text';
import { COLOR, TYPE, type TextStyle } from './pdf/theme';

type Status = PolicyDocument['revisions'][number]['status'];

const STATUS_LABELS: Record<Status, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  superseded: 'Superseded',
};

export function statusLabel(status: Status): string {
  return STATUS_LABELS[status];
}

/** The words on the stamp; also what a reader searching the text finds. */
export function approvalLine(policy: PolicyDocument): string {
  const a = policy.approval;
  if (!a) return 'Not approved — draft';
  const who = a.approverTitle ? `${a.approverName}, ${a.approverTitle}` : a.approverName;
  return `Approved by ${who} on ${longDate(a.approvedOn)}`;
}

function rule(doc: Doc, x: number, y: number, width: number, color: string = COLOR.rule, lineWidth = 0.5): void {
  doc
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(lineWidth)
    .strokeColor(color)
    .stroke();
}

/** Label / value pairs with hairlines between, as on a document control sheet. */
function details(doc: Doc, rows: [string, string][], x: number, width: number): void {
  const labelWidth = 118;
  const style: TextStyle = { ...TYPE.body, size: 10, lineHeight: 15 };
  rule(doc, x, doc.y, width);
  for (const [label, value] of rows) {
    const top = doc.y + 7;
    putText(doc, label.toUpperCase(), x, top + 2.5, TYPE.label);
    doc.y = top;
    drawParagraph(doc, [{ text: value }], style, { x: x + labelWidth, width: width - labelWidth });
    doc.y += 7;
    rule(doc, x, doc.y, width);
  }
}

/**
 * The approval stamp: a bordered box naming who approved this version and when,
 * or saying plainly that it is not approved.
 */
export function drawApprovalStamp(doc: Doc, policy: PolicyDocument, x: number, width: number): void {
  const approved = policy.approval !== null && policy.status === 'approved';
  const color = approved ? COLOR.stampOk : COLOR.stampDraft;
  const pad = 14;
  const inner = width - 2 * pad;
  const lineStyle: TextStyle = { ...TYPE.body, font: 'Bold', size: 10.5, lineHeight: 15 };
  const noteStyle: TextStyle = { ...TYPE.body, size: 9, lineHeight: 13, color: COLOR.muted };
  const note = approved
    ? policy.approval?.note.trim()
    : 'This version has not been approved and is not in force. Do not rely on it as company policy.';
  const noteRuns: Run[] = note ? [{ text: note, font: approved ? 'Italic' : 'Body' }] : [];
  const mainLines = layoutRuns(doc, [{ text: approvalLine(policy) }], lineStyle, inner).length;
  const noteLines = noteRuns.length ? layoutRuns(doc, noteRuns, noteStyle, inner).length : 0;
  const height =
    pad +
    TYPE.label.lineHeight +
    4 +
    mainLines * lineStyle.lineHeight +
    (noteLines ? 4 + noteLines * noteStyle.lineHeight : 0) +
    pad;
  ensureSpace(doc, height);
  const top = doc.y;
  doc.roundedRect(x, top, width, height, 3).lineWidth(1.2).strokeColor(color).stroke();
  doc.rect(x, top, 4, height).fill(color);
  putText(doc, approved ? 'APPROVED' : 'NOT APPROVED', x + pad, top + pad, { ...TYPE.label, color });
  doc.y = top + pad + TYPE.label.lineHeight + 4;
  drawParagraph(
    doc,
    [{ text: approvalLine(policy) }],
    { ...lineStyle, color: COLOR.text },
    { x: x + pad, width: inner },
  );
  if (noteLines) {
    doc.y += 4;
    drawParagraph(doc, noteRuns, noteStyle, { x: x + pad, width: inner });
  }
  doc.y = top + height;
}

function detailRows(policy: PolicyDocument): [string, string][] {
  return [
    ['Version', policy.version],
    ['Status', statusLabel(policy.status)],
    ['Owner', policy.owner || 'Not set'],
    ['Effective date', longDate(policy.effectiveDate)],
    ['Next review', longDate(policy.nextReviewDate)],
  ];
}

/** Page one of a single-policy PDF. */
export function drawPolicyCover(doc: Doc, policy: PolicyDocument, createdAt: Date): void {
  const x = contentLeft(doc);
  const width = contentWidth(doc);
  const top = contentTop(doc) - 12;
  doc.rect(x, top, width, 3).fill(COLOR.accent);
  putText(doc, policy.orgName, x, top + 14, { ...TYPE.h3, size: 11.5, lineHeight: 15, color: COLOR.accent });
  doc.y = 236;
  putText(doc, 'POLICY', x, doc.y, TYPE.label);
  doc.y += 16;
  drawParagraph(doc, [{ text: policy.title }], TYPE.title, { x, width: width * 0.85 });
  doc.y += 6;
  putText(doc, `Version ${policy.version} · ${statusLabel(policy.status)}`, x, doc.y, {
    ...TYPE.body,
    size: 11,
    lineHeight: 15,
    color: COLOR.muted,
  });
  doc.y += 15 + 34;
  details(doc, detailRows(policy), x, width);
  doc.y += 28;
  drawApprovalStamp(doc, policy, x, width);
  const foot = contentBottom(doc) - TYPE.small.lineHeight * 2;
  putText(doc, `${policy.orgName} · Confidential`, x, foot, TYPE.small);
  putText(
    doc,
    `Prepared with ${APP_NAME} ${APP_VERSION} on ${longDate(isoDay(createdAt))}`,
    x,
    foot + TYPE.small.lineHeight,
    TYPE.small,
  );
}

/** The opening of a policy inside a combined PDF: title, details and stamp, without a page of its own. */
export function drawPolicyHeading(doc: Doc, policy: PolicyDocument): void {
  const x = contentLeft(doc);
  const width = contentWidth(doc);
  putText(doc, 'POLICY', x, doc.y, TYPE.label);
  doc.y += 14;
  drawParagraph(doc, [{ text: policy.title }], { ...TYPE.title, size: 20, lineHeight: 25 }, { x, width });
  doc.y += 12;
  details(doc, detailRows(policy), x, width);
  doc.y += 16;
  drawApprovalStamp(doc, policy, x, width);
}

export function drawRevisionHistory(doc: Doc, policy: PolicyDocument, outline: Outline, level: number): void {
  const x = contentLeft(doc);
  gap(doc, 18);
  ensureSpace(doc, 80);
  outline.add(level, 'Revision history');
  drawParagraph(doc, [{ text: 'Revision history' }], level <= 1 ? TYPE.h1 : TYPE.h2, { x, width: contentWidth(doc) });
  doc.y += 6;
  drawTable(doc, {
    columns: [
      { header: 'Version' },
      { header: 'Status' },
      { header: 'Date' },
      { header: 'Author' },
      { header: 'Approver' },
      { header: 'Summary' },
    ],
    // A dash rather than a blank cell, so an empty field reads as "none", not as lost.
    rows: policy.revisions.map((r) => [
      r.version,
      statusLabel(r.status),
      r.date,
      r.author || '—',
      r.approver || '—',
      r.summary || '—',
    ]),
  });
}

/** The hash a reader can match against the vault, in small print after the text. */
export function drawBodyHash(doc: Doc, policy: PolicyDocument): void {
  const x = contentLeft(doc);
  const width = contentWidth(doc);
  gap(doc, 22);
  ensureSpace(doc, 40);
  rule(doc, x, doc.y, width * 0.3);
  doc.y += 8;
  drawParagraph(
    doc,
    [{ text: `SHA-256 of the text of version ${policy.version}: ` }, { text: policy.bodySha256, font: 'Mono' }],
    TYPE.small,
    { x, width },
  );
}
