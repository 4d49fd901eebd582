import type { Migration } from './types';

export const migration007: Migration = {
  version: 7,
  name: 'self-check runs, findings assignments and system description narratives',
  up(db) {
    db.exec(``);
  },
};
