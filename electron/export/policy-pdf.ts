import type { Writable } from 'node:stream';
import type { PolicyDocument } from '../../shared/domain/policy-document';
import { createPdf, finish, type PdfResult } from './pdf/document';
import {
  contentLeft,
  contentTop,
  contentWidth,
  gap,
  newPage,
  onPage,
  pageCount,
  pageIndex,
  type Doc,
} from './pdf/flow';
import { isoDay, longDate } from './pdf/format';
import { renderMarkdown } from './pdf/markdown';
import { Outline } from './pdf/outline';
import { fillToc, reserveToc, type TocEntry } from './pdf/toc';
import { putText } from './pdf/text';
import { COLOR, PAGE, TYPE } from './pdf/theme';
import { drawBodyHash, drawPolicyCover, drawPolicyHeading, drawRevisionHistory, statusLabel } from './policy-parts';

export interface PolicyPdfOptions {
  /** Watermark every page DRAFT even if the policy is approved (it always is when it is not). */
  draft?: boolean;
  createdAt?: Date;
}

/**
 * Lays out a document; if layout fails, closes `out` so no file handle is left
 * open. The error goes to the caller through the promise, not as a stream
 * 'error' event that nobody may be listening for.
 */
async function write(out: Writable, layout: () => Promise<PdfResult>): Promise<PdfResult> {
  try {
    return await layout();
  } catch (error) {
    out.destroy();
    throw error;
  }
}

/** One policy version as a PDF: cover with approval stamp, revision history, the text, its hash. */
export function writePolicyPdf(
  policy: PolicyDocument,
  out: Writable,
  options: PolicyPdfOptions = {},
): Promise<PdfResult> {
  return write(out, () => {
    const createdAt = options.createdAt ?? new Date();
    const doc = createPdf({
      title: policy.title,
      subject: `${policy.title}, version ${policy.version} (${statusLabel(policy.status)})`,
      author: policy.orgName,
      keywords: ['policy', 'SOC 2', policy.orgName],
      // No approval on record means nothing to stand behind: treat it as a draft.
      draft: options.draft === true || policy.status !== 'approved' || policy.approval === null,
      createdAt,
    });
    const outline = new Outline(doc);
    outline.add(1, policy.title);
    drawPolicyCover(doc, policy, createdAt);
    newPage(doc);
    drawRevisionHistory(doc, policy, outline, 1);
    gap(doc, 26);
    renderMarkdown(doc, policy.body, { outline, outlineLevel: 1 });
    drawBodyHash(doc, policy);
    return finish(doc, out, {
      runningHeader: { left: policy.title, right: policy.orgName },
      footer: `Version ${policy.version} · ${statusLabel(policy.status)} · Effective ${longDate(policy.effectiveDate)}`,
    });
  });
}

export interface PoliciesPdfOptions {
  title?: string;
  draft?: boolean;
  createdAt?: Date;
}

function drawCollectionCover(doc: Doc, orgName: string, title: string, count: number, createdAt: Date): void {
  const x = contentLeft(doc);
  const width = contentWidth(doc);
  const top = contentTop(doc) - 12;
  doc.rect(x, top, width, 3).fill(COLOR.accent);
  putText(doc, orgName, x, top + 14, { ...TYPE.h3, size: 11.5, lineHeight: 15, color: COLOR.accent });
  putText(doc, 'POLICIES', x, 236, TYPE.label);
  putText(doc, title, x, 252, TYPE.title);
  const sub = `${count} ${count === 1 ? 'policy' : 'policies'} · ${longDate(isoDay(createdAt))}`;
  putText(doc, sub, x, 252 + TYPE.title.lineHeight + 6, { ...TYPE.body, size: 11, lineHeight: 15, color: COLOR.muted });
  doc.y = PAGE.height / 2;
}

/**
 * Several policies in one PDF (for the auditor's package): a cover, contents
 * with page numbers, and each policy from a new page.
 */
export function writePoliciesPdf(
  policies: readonly PolicyDocument[],
  out: Writable,
  options: PoliciesPdfOptions = {},
): Promise<PdfResult> {
  return write(out, () => {
    const first = policies[0];
    if (!first) throw new Error('writePoliciesPdf: no policies to write');
    const createdAt = options.createdAt ?? new Date();
    const title = options.title ?? 'Policies';
    const doc = createPdf({
      title: `${first.orgName} — ${title}`,
      subject: policies.map((p) => `${p.title} ${p.version}`).join('; '),
      author: first.orgName,
      keywords: ['policies', 'SOC 2', first.orgName],
      draft: options.draft === true || policies.some((p) => p.status !== 'approved' || p.approval === null),
      createdAt,
    });
    const outline = new Outline(doc);
    drawCollectionCover(doc, first.orgName, title, policies.length, createdAt);
    const items = policies.map((p) => ({ title: p.title, level: 1 }));
    const toc = reserveToc(doc, items);
    onPage(doc, toc.firstPage, () => outline.add(1, 'Contents', contentTop(doc)));
    const entries: TocEntry[] = [];
    // Which policy each page belongs to, for the running header.
    const owners: (PolicyDocument | undefined)[] = new Array(pageCount(doc)).fill(undefined);
    policies.forEach((policy, i) => {
      if (i > 0) newPage(doc);
      const start = pageIndex(doc);
      const dest = `policy-${i + 1}`;
      doc.addNamedDestination(dest, 'XYZ', null, 0, null);
      outline.add(1, policy.title);
      entries.push({ title: policy.title, level: 1, page: start + 1, dest });
      drawPolicyHeading(doc, policy);
      drawRevisionHistory(doc, policy, outline, 2);
      gap(doc, 26);
      renderMarkdown(doc, policy.body, { outline, outlineLevel: 2 });
      drawBodyHash(doc, policy);
      for (let p = start; p < pageCount(doc); p++) owners[p] = policy;
    });
    fillToc(doc, toc, entries);
    return finish(doc, out, {
      runningHeader: (page) => ({ left: owners[page]?.title ?? title, right: first.orgName }),
      footer: (page) => {
        const p = owners[page];
        return p ? `Version ${p.version} · ${statusLabel(p.status)} · Effective ${longDate(p.effectiveDate)}` : title;
      },
    });
  });
}
