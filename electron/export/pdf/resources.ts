import fs from 'node:fs';
import path from 'node:path';

/** The five faces every Attest PDF uses; nothing else is ever selected. */
export const FONT_FILES = {
  Body: 'DejaVuSans.ttf',
  Bold: 'DejaVuSans-Bold.ttf',
  Italic: 'DejaVuSans-Oblique.ttf',
  BoldItalic: 'DejaVuSans-BoldOblique.ttf',
  Mono: 'DejaVuSansMono.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;
export const FONT_NAMES = Object.keys(FONT_FILES) as FontName[];

const MARKER = path.join('fonts', FONT_FILES.Body);

function hasFonts(dir: string): boolean {
  return fs.existsSync(path.join(dir, MARKER));
}

function walkUp(start: string): string | null {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'resources');
    if (hasFonts(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

/**
 * The bundled resources folder. Order matters: an explicit override first (tests,
 * odd installs), then the packaged app's extraResources, then the source tree,
 * found from this file (TypeScript under vitest, or dist/cli/attest.js) or, when
 * bundled as ESM where __dirname does not exist, from the working directory.
 */
export function resourcesDir(): string {
  const override = process.env.ATTEST_RESOURCES_DIR;
  if (override) {
    if (!hasFonts(override)) throw new Error(`ATTEST_RESOURCES_DIR (${override}) has no ${MARKER}`);
    return override;
  }
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged && hasFonts(path.join(packaged, 'resources'))) return path.join(packaged, 'resources');
  const starts = [typeof __dirname === 'string' ? __dirname : null, process.cwd()];
  for (const start of starts) {
    const found = start ? walkUp(start) : null;
    if (found) return found;
  }
  throw new Error(`Cannot find resources/${MARKER}; set ATTEST_RESOURCES_DIR to the resources folder`);
}

export function fontPath(name: FontName): string {
  return path.join(resourcesDir(), 'fonts', FONT_FILES[name]);
}
