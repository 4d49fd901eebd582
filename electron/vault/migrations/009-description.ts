import type { Migration } from './types';

export const migration009: Migration = {
  version: 9,
  name: 'system description narratives and management assertion',
  up(db) {
    db.exec(``);
  },
};
