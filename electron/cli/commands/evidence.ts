import path from 'node:path';
import {
  EVIDENCE_TYPES,
  evidenceMetaSchema,
  type EvidenceItem,
  type VerificationReport,
} from '../../../shared/domain/evidence';
import { dispatch, invalidInput } from '../../services/dispatch';
import { attachFile } from '../../services/evidence';
import { parse, requirePositional } from '../args';
import { cliWorkbench } from '../context';
import { EXIT, unwrap, UsageError, type CliIo } from '../io';
import { AppError } from '../../../shared/contract/errors';

export const EVIDENCE_USAGE =
  'attest evidence add <vault> --control ID [--control ID ...] [--effective DATE] [--type TYPE] [--title TEXT] [--source NAME] <file...> | attest evidence list <vault> [--json]';
export const VERIFY_USAGE = 'attest verify <vault> [--json]';

async function addCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    control: { type: 'string', multiple: true },
    effective: { type: 'string' },
    type: { type: 'string' },
    title: { type: 'string' },
    source: { type: 'string' },
    json: { type: 'boolean' },
  });
  const vaultPath = requirePositional(positionals, 0, 'vault path');
  const files = positionals.slice(1);
  if (files.length === 0) throw new UsageError('Name at least one file');
  if (!values.control?.length) throw new UsageError('Name at least one --control ID');
  if (values.type && !(EVIDENCE_TYPES as readonly string[]).includes(values.type)) {
    throw new UsageError(`--type must be one of ${EVIDENCE_TYPES.join(', ')}`);
  }
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: vaultPath }));
    const vault = wb.requireVault();
    let failed = 0;
    const results = [];
    for (const [i, file] of files.entries()) {
      const meta = evidenceMetaSchema.safeParse({
        title: values.title ?? path.parse(file).name,
        type: values.type ?? 'other',
        controls: values.control,
        ...(values.effective ? { effectiveDate: values.effective } : {}),
      });
      if (!meta.success) {
        const shape = invalidInput(meta.error);
        throw new AppError(shape.code, shape.message, shape.details);
      }
      try {
        const result = await attachFile(vault, file, meta.data, values.source ?? 'cli');
        results.push(result);
        if (!values.json) {
          const note = result.duplicateOf
            ? ` (same bytes as item ${result.duplicateOf}; linked instead of stored again)`
            : '';
          io.out(`[${i + 1}/${files.length}] ${path.basename(file)} → evidence ${result.item.id}${note}`);
          for (const w of result.warnings) io.err(`attest evidence add: ${path.basename(file)}: ${w}`);
        }
      } catch (error) {
        if (!(error instanceof AppError) || error.code === 'vault_error') throw error;
        failed += 1;
        io.err(`attest evidence add: ${error.message}`);
      }
    }
    if (values.json) io.out(JSON.stringify(results));
    return failed ? EXIT.usage : EXIT.ok;
  } finally {
    wb.closeVault();
  }
}

async function listCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: requirePositional(positionals, 0, 'vault path') }));
    const items = unwrap(await dispatch(wb, 'evidence.list', {})) as EvidenceItem[];
    if (values.json) io.out(JSON.stringify(items));
    else {
      for (const e of items) {
        io.out(
          `${String(e.id).padStart(5)}  ${e.effectiveDate}  ${e.freshness.padEnd(8)}  ${e.controls.join(',').padEnd(14)}  ${e.title} (${e.fileName})`,
        );
      }
      io.out(`${items.length} evidence items`);
    }
    return EXIT.ok;
  } finally {
    wb.closeVault();
  }
}

export async function evidenceCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') return addCommand(rest, io);
  if (sub === 'list') return listCommand(rest, io);
  throw new UsageError(sub ? `Unknown evidence command "${sub}"` : 'Say add or list');
}

export async function verifyCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: requirePositional(positionals, 0, 'vault path') }));
    const report = unwrap(await dispatch(wb, 'vault.verify', {})) as VerificationReport;
    if (values.json) io.out(JSON.stringify(report));
    else {
      io.out(
        `Checked ${report.blobsChecked} files (${report.bytesChecked.toLocaleString('en-US')} bytes) and ${report.audit.entries} audit entries.`,
      );
      for (const m of report.mismatches) {
        const items = m.items
          .map((i) => `evidence ${i.id} "${i.title}" (controls ${i.controls.join(', ') || 'none'})`)
          .join('; ');
        io.out(`ALTERED: file ${m.sha256} — ${items || 'not attached to any item'}`);
      }
      if (report.audit.brokenAt !== null)
        io.out(`ALTERED: the audit trail does not hold from entry ${report.audit.brokenAt}`);
      io.out(report.ok ? 'No problem found.' : 'Problems found.');
    }
    return report.ok ? EXIT.ok : EXIT.problems;
  } finally {
    wb.closeVault();
  }
}
