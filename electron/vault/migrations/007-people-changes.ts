import type { Migration } from './types';

export const migration007: Migration = {
  version: 7,
  name: 'people, training and acknowledgements, change records',
  up(db) {
    db.exec(``);
  },
};
