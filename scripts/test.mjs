// npm test: static checks, build, then every vitest and Playwright test, and
// one closing line with the totals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) =>
  spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: '.reports/playwright.json' },
  }).status === 0;
const npx = (...args) => run('npx', ['--no-install', ...args]);

mkdirSync('.reports', { recursive: true });
for (const f of ['.reports/vitest.json', '.reports/playwright.json']) rmSync(f, { force: true });

for (const [name, ok] of [
  ['typecheck', () => run('npm', ['run', '--silent', 'typecheck'])],
  ['lint', () => npx('eslint', '.')],
  ['format', () => npx('prettier', '--check', '.', '--log-level', 'warn')],
  ['build', () => run('npm', ['run', '--silent', 'build'])],
]) {
  console.log(`\n▶ ${name}`);
  if (!ok()) {
    console.log(`\n${name} failed.\n0 passed, 1 failed`);
    process.exit(1);
  }
}

console.log('\n▶ unit and integration tests (vitest)');
const unitOk = npx('vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.reports/vitest.json');
console.log('\n▶ end-to-end tests (Playwright, Chromium)');
const e2eOk = npx('playwright', 'test', '--reporter=list,json');

function counts(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}
const unit = counts('.reports/vitest.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + (r.numFailedTestSuites ?? 0),
  skipped: r.numPendingTests + r.numTodoTests,
}));
const e2e = counts('.reports/playwright.json', (r) => ({
  passed: r.stats.expected,
  failed: r.stats.unexpected + r.stats.flaky,
  skipped: r.stats.skipped,
}));
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + (unitOk ? 0 : unit.failed ? 0 : 1) + (e2eOk ? 0 : e2e.failed ? 0 : 1);
const skipped = unit.skipped + e2e.skipped;
console.log(
  `\nvitest: ${unit.passed} passed, ${unit.failed} failed; playwright: ${e2e.passed} passed, ${e2e.failed} failed`,
);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(unitOk && e2eOk && failed === 0 ? 0 : 1);
