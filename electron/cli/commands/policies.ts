import fs from 'node:fs';
import path from 'node:path';
import type { ExportReport, ImportReport } from '../../../shared/domain/policies';
import { dispatch } from '../../services/dispatch';
import { parse, requirePositional } from '../args';
import { cliWorkbench } from '../context';
import { EXIT, unwrap, UsageError, type CliIo } from '../io';

export const POLICIES_USAGE =
  'attest policies import <vault> <file-or-folder...> [--json] | attest policies export <vault> --out DIR [--format pdf|md] [--policy ID ...] [--json]';

/** A folder stands for the files directly inside it. */
function expand(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!fs.existsSync(p)) throw new UsageError(`No file or folder at ${p}`);
    return fs.statSync(p).isDirectory()
      ? fs
          .readdirSync(p)
          .sort()
          .map((f) => path.join(p, f))
          .filter((f) => fs.statSync(f).isFile())
      : [p];
  });
}

async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const vaultPath = requirePositional(positionals, 0, 'vault path');
  const files = expand(positionals.slice(1));
  if (files.length === 0) throw new UsageError('Name at least one Markdown or DOCX file, or a folder of them');
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: vaultPath }));
    const report = unwrap(
      await dispatch(wb, 'policies.import', {
        files: files.map((f) => ({ name: path.basename(f), contentBase64: fs.readFileSync(f).toString('base64') })),
      }),
    ) as ImportReport;
    if (values.json) io.out(JSON.stringify(report));
    else {
      for (const i of report.imported) io.out(`imported ${i.file} as "${i.title}" (${i.policyId}, ${i.status})`);
      for (const f of report.failed) io.err(`attest policies import: ${f.file}: ${f.error}`);
      io.out(`${report.imported.length} imported, ${report.failed.length} failed`);
    }
    return report.failed.length ? EXIT.problems : EXIT.ok;
  } finally {
    wb.closeVault();
  }
}

async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string' },
    format: { type: 'string' },
    policy: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  });
  const vaultPath = requirePositional(positionals, 0, 'vault path');
  if (!values.out) throw new UsageError('Missing --out DIR');
  const format = values.format ?? 'pdf';
  if (format !== 'pdf' && format !== 'md') throw new UsageError(`--format must be pdf or md, got "${format}"`);
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: vaultPath }));
    const report = unwrap(
      await dispatch(wb, 'policies.export', {
        dir: values.out,
        format,
        ...(values.policy ? { ids: values.policy } : {}),
      }),
    ) as ExportReport;
    if (values.json) io.out(JSON.stringify(report));
    else {
      for (const f of report.files) io.out(`${f.path} (${f.bytes.toLocaleString('en-US')} bytes)`);
      io.out(`${report.files.length} policies exported`);
    }
    return EXIT.ok;
  } finally {
    wb.closeVault();
  }
}

export async function policiesCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'import') return importCommand(rest, io);
  if (sub === 'export') return exportCommand(rest, io);
  throw new UsageError(sub ? `Unknown policies command "${sub}"` : 'Say import or export');
}
