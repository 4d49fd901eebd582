import type { Migration } from './types';

export const migration006: Migration = {
  version: 6,
  name: 'risks, vendors, people and training, changes, CUECs',
  up(db) {
    db.exec(``);
  },
};
