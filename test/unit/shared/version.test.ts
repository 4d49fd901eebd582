import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../shared/version';

describe('version', () => {
  it('matches package.json, so the CLI, the About box and exports agree', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });
});
