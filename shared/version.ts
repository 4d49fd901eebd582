/** Kept equal to package.json's version by test/unit/shared/version.test.ts. */
export const APP_VERSION = '0.1.0';
export const APP_NAME = 'Attest';
