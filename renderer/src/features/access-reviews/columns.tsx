import { Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import {
  CRITICALITY_LABELS,
  REVIEW_FREQUENCY_LABELS,
  type AccessReviewSummary,
  type AccessSystem,
} from '../../../../shared/domain/access-reviews';
import { formatDate, formatNumber } from '../../components/format';
import type { SortableFeatures } from '../../components/table/features';
import { ReviewStatusLabel, SystemStateLabel } from './labels';

const systems = createColumnHelper<SortableFeatures, AccessSystem>();
const STATE_ORDER = { overdue: 0, 'never-reviewed': 1, 'due-soon': 2, current: 3, 'out-of-scope': 4 } as const;
const CRIT_ORDER = { high: 0, medium: 1, low: 2 } as const;

function Plain({ children, num }: { children: string; num?: boolean }) {
  return (
    <Text size="sm" className={num ? 'attest-num' : undefined} lineClamp={1} title={children}>
      {children}
    </Text>
  );
}

export const systemColumns = systems.columns([
  systems.accessor('name', {
    header: 'System',
    sortFn: 'text',
    meta: { width: 'auto' },
    cell: (info) => (
      <>
        <Text size="sm" fw={500} lineClamp={1}>
          {info.getValue()}
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          {info.row.original.owner || 'No owner named'}
        </Text>
      </>
    ),
  }),
  systems.accessor('criticality', {
    header: 'Criticality',
    sortFn: (a, b) => CRIT_ORDER[a.original.criticality] - CRIT_ORDER[b.original.criticality],
    meta: { width: '7rem' },
    cell: (info) => <Plain>{CRITICALITY_LABELS[info.getValue()]}</Plain>,
  }),
  systems.accessor('reviewFrequency', {
    header: 'Reviewed',
    sortFn: 'text',
    meta: { width: '9rem' },
    cell: (info) => <Plain>{REVIEW_FREQUENCY_LABELS[info.getValue()]}</Plain>,
  }),
  systems.accessor((s) => s.lastReviewed ?? '', {
    id: 'lastReviewed',
    header: 'Last review',
    sortFn: (a, b) => (a.original.lastReviewed ?? '').localeCompare(b.original.lastReviewed ?? ''),
    meta: { width: '8rem' },
    cell: (info) => <Plain num>{info.getValue() ? formatDate(info.getValue()) : 'None'}</Plain>,
  }),
  systems.accessor('nextDue', {
    header: 'Next due',
    sortFn: (a, b) => a.original.nextDue.localeCompare(b.original.nextDue),
    meta: { width: '8rem' },
    cell: (info) => <Plain num>{formatDate(info.getValue())}</Plain>,
  }),
  systems.accessor('state', {
    header: 'State',
    sortFn: (a, b) => STATE_ORDER[a.original.state] - STATE_ORDER[b.original.state],
    meta: { width: '8.5rem' },
    cell: (info) => <SystemStateLabel state={info.getValue()} nextDue={info.row.original.nextDue} />,
  }),
]);

const reviews = createColumnHelper<SortableFeatures, AccessReviewSummary>();

export const reviewColumns = reviews.columns([
  reviews.accessor('systemName', {
    header: 'System',
    sortFn: 'text',
    meta: { width: 'auto' },
    cell: (info) => (
      <>
        <Text size="sm" fw={500} lineClamp={1}>
          {info.getValue()}
        </Text>
        <Text size="xs" c="dimmed" className="attest-num">
          Access {formatDate(info.row.original.periodStart)} to {formatDate(info.row.original.periodEnd)}
        </Text>
      </>
    ),
  }),
  reviews.accessor('reviewDate', {
    header: 'Performed',
    sortFn: (a, b) => a.original.reviewDate.localeCompare(b.original.reviewDate),
    meta: { width: '8rem' },
    cell: (info) => <Plain num>{formatDate(info.getValue())}</Plain>,
  }),
  reviews.accessor('reviewer', {
    header: 'Reviewer',
    sortFn: 'text',
    meta: { width: '9rem' },
    cell: (info) => <Plain>{info.getValue()}</Plain>,
  }),
  reviews.accessor('accounts', {
    header: 'Accounts',
    sortFn: (a, b) => a.original.accounts - b.original.accounts,
    meta: { width: '6rem', align: 'right' },
    cell: (info) => <Plain num>{formatNumber(info.getValue())}</Plain>,
  }),
  reviews.accessor((r) => r.revoked + r.changed, {
    id: 'changes',
    header: 'Revoked / changed',
    sortFn: (a, b) => a.original.revoked + a.original.changed - (b.original.revoked + b.original.changed),
    meta: { width: '9rem', align: 'right' },
    cell: (info) => (
      <Plain
        num
      >{`${formatNumber(info.row.original.revoked)} / ${formatNumber(info.row.original.changed)}${info.row.original.openRemediations ? ` (${info.row.original.openRemediations} open)` : ''}`}</Plain>
    ),
  }),
  reviews.accessor('status', {
    header: 'Status',
    sortFn: 'text',
    meta: { width: '7.5rem' },
    cell: (info) => <ReviewStatusLabel status={info.getValue()} />,
  }),
]);
