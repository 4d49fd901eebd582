import path from 'node:path';
import matter from 'gray-matter';
import mammoth from 'mammoth';
import type { ImportReport, PolicyStatus } from '../../shared/domain/policies';
import { isoDate } from '../../shared/contract/primitives';
import * as q from '../vault/queries/policies';
import type { Vault } from '../vault/vault';
import { insertPolicyWithVersion, slugify } from './policies';

export interface ParsedPolicy {
  title: string;
  body: string;
  owner: string;
  approval: { approverName: string; approverTitle: string; approvedOn: string; effectiveDate: string } | null;
}

/** A bad file is reported by name with this; the rest of the batch still imports. */
class ImportProblem extends Error {}

function text(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

function firstOf(data: Record<string, unknown>, keys: string[]): string {
  for (const k of keys) {
    const v = text(data[k]);
    if (v) return v;
  }
  return '';
}

/** Takes a leading "# Title" line as the title, so it is not repeated in the body. */
function splitTitle(markdown: string): { heading: string | null; rest: string } {
  const match = /^\s*#\s+(.+?)\s*#*\s*(?:\r?\n|$)/.exec(markdown);
  return match ? { heading: match[1]!, rest: markdown.slice(match[0].length) } : { heading: null, rest: markdown };
}

function fromMarkdown(name: string, bytes: Buffer): ParsedPolicy {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ImportProblem('the file is not UTF-8 text');
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source);
  } catch (error) {
    throw new ImportProblem(`its front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const data = parsed.data as Record<string, unknown>;
  const { heading, rest } = splitTitle(parsed.content);
  const title = firstOf(data, ['title']) || heading || path.parse(name).name;
  const body = rest.replace(/^\s+/, '');
  if (body.trim() === '') throw new ImportProblem('it has no policy text');
  const approverName = firstOf(data, ['approver', 'approved_by', 'approvedBy']);
  const approvedOn = firstOf(data, ['approved', 'approved_on', 'approvedOn', 'approval_date']);
  let approval: ParsedPolicy['approval'] = null;
  if (approverName && approvedOn) {
    if (!isoDate.safeParse(approvedOn).success)
      throw new ImportProblem(`its approval date "${approvedOn}" is not a YYYY-MM-DD date`);
    const effective = firstOf(data, ['effective', 'effective_date', 'effectiveDate']) || approvedOn;
    if (!isoDate.safeParse(effective).success)
      throw new ImportProblem(`its effective date "${effective}" is not a YYYY-MM-DD date`);
    approval = {
      approverName,
      approverTitle: firstOf(data, ['approver_title', 'approverTitle']) || 'Approver',
      approvedOn,
      effectiveDate: effective,
    };
  }
  return { title, body, owner: firstOf(data, ['owner']), approval };
}

async function fromDocx(name: string, bytes: Buffer): Promise<ParsedPolicy> {
  let markdown: string;
  try {
    // mammoth maps Word headings, lists and emphasis to Markdown. Its Markdown
    // writer is not in its type declarations, but ships in every 1.x release.
    const toMarkdown = (mammoth as unknown as { convertToMarkdown: typeof mammoth.convertToHtml }).convertToMarkdown;
    markdown = (await toMarkdown({ buffer: bytes })).value;
  } catch (error) {
    throw new ImportProblem(`it could not be read as a Word document (${(error as Error).message.split('\n')[0]})`);
  }
  const { heading, rest } = splitTitle(markdown);
  const body = rest.replace(/^\s+/, '');
  if (body.trim() === '') throw new ImportProblem('it has no text');
  return { title: heading?.replace(/__/g, '') || path.parse(name).name, body, owner: '', approval: null };
}

export async function parsePolicyFile(name: string, bytes: Buffer): Promise<ParsedPolicy> {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.md' || ext === '.markdown' || ext === '.txt') return fromMarkdown(name, bytes);
  if (ext === '.docx') return fromDocx(name, bytes);
  throw new ImportProblem('Attest imports Markdown (.md) and Word (.docx) files');
}

/** Imports each file in its own transaction: one bad file never stops the others. */
export async function importPolicyFiles(vault: Vault, files: { name: string; bytes: Buffer }[]): Promise<ImportReport> {
  const report: ImportReport = { imported: [], failed: [] };
  for (const file of files) {
    try {
      const parsed = await parsePolicyFile(file.name, file.bytes);
      const result = vault.write('policies.import', (tx) => {
        let id = slugify(parsed.title);
        for (let n = 2; q.getPolicyRow(vault.db, id); n++) id = `${slugify(parsed.title)}-${n}`;
        const versionId = insertPolicyWithVersion(vault, tx.at, {
          id,
          templateId: null,
          title: parsed.title,
          owner: parsed.owner,
          cadence: 12,
          body: parsed.body,
          author: '',
          summary: `Imported from ${file.name}`,
        });
        let status: PolicyStatus = 'draft';
        if (parsed.approval) {
          q.approveVersion(
            vault.db,
            versionId,
            { ...parsed.approval, note: `Approval recorded in ${file.name}` },
            tx.at,
          );
          status = 'approved';
        }
        tx.audit('policy', id, `Imported "${parsed.title}" from ${file.name} as ${status} 1.0`);
        return { file: file.name, policyId: id, title: parsed.title, status };
      });
      report.imported.push(result);
    } catch (error) {
      report.failed.push({ file: file.name, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}
