import path from 'node:path';
import {
  EVIDENCE_TYPES,
  titleFromFileName,
  evidenceMetaSchema,
  type EvidenceSummary,
  type VerificationReport,
} from '../../../shared/domain/evidence';
import { dispatch, invalidInput } from '../../services/dispatch';
import { attachFiles } from '../../services/evidence-ingest';
import { parse, requirePositional } from '../args';
import { cliWorkbench } from '../context';
import { EXIT, unwrap, UsageError, type CliIo } from '../io';
import { AppError } from '../../../shared/contract/errors';

export const EVIDENCE_USAGE =
  'attest evidence add <vault> --control ID [--control ID ...] [--effective DATE] [--covers-from DATE --covers-to DATE] [--valid-until DATE] [--type TYPE] [--title TEXT] [--description TEXT] [--owner NAME] [--source NAME] <file...> | attest evidence list <vault> [--json]';
export const VERIFY_USAGE = 'attest verify <vault> [--json]';

async function addCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    control: { type: 'string', multiple: true },
    effective: { type: 'string' },
    type: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    owner: { type: 'string' },
    'covers-from': { type: 'string' },
    'covers-to': { type: 'string' },
    'valid-until': { type: 'string' },
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
  const metaFor = (file: string) => {
    const meta = evidenceMetaSchema.safeParse({
      title: values.title ?? titleFromFileName(file),
      type: values.type ?? 'other',
      controls: values.control,
      description: values.description ?? '',
      owner: values.owner ?? '',
      ...(values.effective ? { effectiveDate: values.effective } : {}),
      // A script exporting a population says which dates the export covers.
      ...(values['covers-from'] ? { coversFrom: values['covers-from'] } : {}),
      ...(values['covers-to'] ? { coversTo: values['covers-to'] } : {}),
      ...(values['valid-until'] ? { validUntil: values['valid-until'] } : {}),
    });
    if (meta.success) return meta.data;
    const shape = invalidInput(meta.error);
    throw new AppError(shape.code, shape.message, shape.details);
  };
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: vaultPath }));
    // Every file shares the same options, so a bad option is reported once, before any file is read.
    metaFor(files[0]!);
    const outcomes = await attachFiles(wb.requireVault(), files, metaFor, values.source ?? 'cli', {
      onFile: (i, outcome) => {
        const name = path.basename(outcome.file);
        if (!outcome.ok) {
          io.err(`attest evidence add: ${outcome.error.message}`);
          return;
        }
        if (values.json) return;
        const { item, duplicateOf, warnings } = outcome.result;
        const note = duplicateOf ? ` (same bytes as item ${duplicateOf}; linked instead of stored again)` : '';
        io.out(`[${i + 1}/${files.length}] ${name} → evidence ${item.id}${note}`);
        for (const w of warnings) io.err(`attest evidence add: ${name}: ${w}`);
      },
    });
    if (values.json) io.out(JSON.stringify(outcomes.flatMap((o) => (o.ok ? [o.result] : []))));
    return outcomes.some((o) => !o.ok) ? EXIT.usage : EXIT.ok;
  } finally {
    wb.closeVault();
  }
}

async function listCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: requirePositional(positionals, 0, 'vault path') }));
    const items = unwrap(await dispatch(wb, 'evidence.list', {})) as EvidenceSummary[];
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
        `Checked ${report.blobsChecked} files (${report.bytesChecked.toLocaleString('en-US')} bytes), ${report.reviews.checked} locked access reviews and ${report.audit.entries} audit entries.`,
      );
      for (const m of report.mismatches) {
        const items = m.items
          .map((i) => `evidence ${i.id} "${i.title}" (controls ${i.controls.join(', ') || 'none'})`)
          .join('; ');
        io.out(`ALTERED: file ${m.sha256} — ${items || 'not attached to any item'}`);
      }
      for (const r of report.reviews.altered) io.out(`ALTERED: ${r.label} no longer matches its locked snapshot`);
      if (report.audit.brokenAt !== null)
        io.out(`ALTERED: the audit trail does not hold from entry ${report.audit.brokenAt}`);
      io.out(report.ok ? 'No problem found.' : 'Problems found.');
    }
    return report.ok ? EXIT.ok : EXIT.problems;
  } finally {
    wb.closeVault();
  }
}
