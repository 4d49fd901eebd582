// Bundles the Node side (Electron main, preload, CLI) with esbuild. The
// sandboxed preload can only require 'electron', so it must be one file.
import { build } from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // Native and runtime-provided modules stay outside the bundle.
  external: ['electron', 'better-sqlite3', 'pdfkit'],
};

const entries = [
  { in: 'electron/cli/attest.ts', out: 'dist/cli/attest.js', banner: { js: '#!/usr/bin/env node' } },
  { in: 'electron/main/main.ts', out: 'dist/main/main.js' },
  { in: 'electron/main/preload.ts', out: 'dist/main/preload.js' },
];

for (const entry of entries) {
  if (!existsSync(entry.in)) throw new Error(`Missing entry point ${entry.in}`);
  await build({ ...common, entryPoints: [entry.in], outfile: entry.out, banner: entry.banner });
}
chmodSync('dist/cli/attest.js', 0o755);
console.log(`Built ${entries.map((e) => e.out).join(', ')}`);
