import type { Migration } from './types';

export const migration008: Migration = {
  version: 8,
  name: 'self-check runs and remediation plan',
  up(db) {
    db.exec(``);
  },
};
