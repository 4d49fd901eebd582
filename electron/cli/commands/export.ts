import fs from 'node:fs';
import { exportStartSchema, type PackageVerification } from '../../../shared/domain/description';
import { dispatch } from '../../services/dispatch';
import { parse, requirePositional } from '../args';
import { cliWorkbench } from '../context';
import { EXIT, unwrap, UsageError, type CliIo } from '../io';
import { plural } from '../../../shared/words';

export const EXPORT_USAGE = 'attest export <vault> --out FILE.zip [--draft] [--at ISO-TIME] [--json]';
export const VERIFY_PACKAGE_USAGE = 'attest verify-package <FILE.zip> [--json]';

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string' },
    draft: { type: 'boolean' },
    at: { type: 'string' },
    json: { type: 'boolean' },
  });
  const vaultPath = requirePositional(positionals, 0, 'vault path');
  if (!values.out) throw new UsageError('Missing --out FILE.zip');
  if (!values.out.toLowerCase().endsWith('.zip'))
    throw new UsageError(`--out must name a .zip file, got "${values.out}"`);
  const at = values.at === undefined ? undefined : exportStartSchema.shape.at.safeParse(values.at);
  if (at && !at.success) throw new UsageError(`--at must be an ISO 8601 instant such as 2026-07-01T09:00:00Z`);
  const wb = cliWorkbench();
  try {
    unwrap(await dispatch(wb, 'vault.open', { path: vaultPath }));
    const { exportPackage } = await import('../../services/export');
    // Ctrl-C stops the export cleanly: the unfinished package is deleted, not left half-written.
    const controller = new AbortController();
    const interrupt = () => controller.abort();
    process.once('SIGINT', interrupt);
    let summary;
    try {
      summary = await exportPackage(wb.requireVault(), {
        out: values.out,
        draft: values.draft === true,
        signal: controller.signal,
        ...(at?.data ? { at: at.data } : {}),
      });
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      io.err('attest export: cancelled; no package was written');
      return EXIT.interrupted;
    } finally {
      process.off('SIGINT', interrupt);
    }
    if (values.json) io.out(JSON.stringify(summary));
    else {
      io.out(`${summary.file} (${mib(summary.size)}, ${summary.files} files, ${summary.evidenceFiles} evidence files)`);
      io.out(`Fingerprint (SHA-256 of SHA256SUMS): ${summary.fingerprint}`);
      if (summary.draft) io.out(`Marked DRAFT: ${summary.draftReasons.join('; ')}`);
      for (const note of summary.notes) io.out(`Note: ${note}`);
    }
    return EXIT.ok;
  } finally {
    wb.closeVault();
  }
}

function describe(report: PackageVerification): string[] {
  if (report.ok) return [`OK: ${report.checked} files match SHA256SUMS and manifest.json`];
  return [
    ...report.problems.map((p) => `${p.problem.toUpperCase()}: ${p.path}: ${p.detail}`),
    `${plural(report.problems.length, 'problem')} found; ${report.checked} files match`,
  ];
}

export async function verifyPackageCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const file = requirePositional(positionals, 0, 'package file');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`No file at ${file}`);
  const { verifyPackage } = await import('../../export/package-verify');
  const report = await verifyPackage(file);
  if (values.json) io.out(JSON.stringify(report));
  else for (const line of describe(report)) (report.ok ? io.out : io.err)(line);
  return report.ok ? EXIT.ok : EXIT.problems;
}
