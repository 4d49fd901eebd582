import type { Migration } from './types';

export const migration006: Migration = {
  version: 6,
  name: 'risk register, vendors and subservice organizations, CUECs',
  up(db) {
    db.exec(``);
  },
};
