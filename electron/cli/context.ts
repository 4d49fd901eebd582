import path from 'node:path';
import { defaultConfigDir } from '../services/recent';
import { Workbench } from '../services/workbench';

export function cliWorkbench(): Workbench {
  return new Workbench({ recentFile: path.join(defaultConfigDir(), 'recent.json') });
}

/** The built renderer sits beside the bundled CLI: dist/cli/attest.js → dist/renderer. */
export function rendererDir(): string {
  return process.env.ATTEST_RENDERER_DIR ?? path.join(__dirname, '..', 'renderer');
}
