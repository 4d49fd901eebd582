import type { Migration } from './types';

export const migration005: Migration = {
  version: 5,
  name: 'incidents and access reviews',
  up(db) {
    db.exec(``);
  },
};
