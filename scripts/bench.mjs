// npm run bench [name]: bundles each benchmark in test/bench and runs it in
// its own process, so memory figures belong to that benchmark alone.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';

const only = process.argv[2];
const benches = readdirSync('test/bench')
  .filter((f) => f.endsWith('.ts') && f !== 'report.ts')
  .filter((f) => !only || f.includes(only));
mkdirSync('.bench', { recursive: true });
console.log(`Attest benchmarks: Node ${process.version}, ${new Date().toISOString()}`);
let failed = 0;
for (const file of benches) {
  const out = `.bench/${file.replace(/\.ts$/, '.mjs')}`;
  await build({
    entryPoints: [`test/bench/${file}`],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['better-sqlite3', 'electron', 'pdfkit'],
    logLevel: 'warning',
    // CommonJS dependencies bundled into ESM still call require().
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const result = spawnSync(process.execPath, ['--expose-gc', out], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
