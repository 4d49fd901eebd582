import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../services/dispatch';
import { parse } from '../args';
import { cliWorkbench, rendererDir } from '../context';
import { EXIT, unwrap, UsageError, type CliIo } from '../io';

export const SERVE_USAGE = 'attest serve [<vault>] [--port N] [--no-open]';

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser launcher: the printed URL is enough.
  }
}

export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    port: { type: 'string' },
    'no-open': { type: 'boolean' },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a number from 0 to 65535, got "${values.port}"`);
  }
  const staticDir = rendererDir();
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    throw new UsageError(`The app is not built (no ${staticDir}/index.html); run npm run build first`);
  }
  const wb = cliWorkbench();
  if (positionals[0]) unwrap(await dispatch(wb, 'vault.open', { path: positionals[0] }));
  const { startHost } = await import('../../web/server');
  const host = await startHost({ workbench: wb, staticDir, port });
  io.out(`Attest is running at ${host.launchUrl}`);
  io.out('Keep this window open while you work; press Ctrl+C to stop.');
  if (!values['no-open']) openBrowser(host.launchUrl);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  wb.closeVault();
  return EXIT.ok;
}
