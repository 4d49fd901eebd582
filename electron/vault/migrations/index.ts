import { migration001 } from './001-initial';
import { migration002 } from './002-controls';
import { migration003 } from './003-policies';
import { migration004 } from './004-evidence';
import { migration005 } from './005-incidents-access';
import { migration006 } from './006-risks-vendors';
import { migration007 } from './007-people-changes';
import { migration008 } from './008-self-check';
import { migration009 } from './009-description';
import { migration010 } from './010-reclaimed-blobs';
import { migration011 } from './011-timeline-kept';
import type { Migration } from './types';

/** In order; a new schema version is one new file appended here. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
