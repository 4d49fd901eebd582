import { Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import type { PersonSummary, PersonStatus, TrainingState } from '../../../../shared/domain/people';
import { formatDate, formatNumber } from '../../components/format';
import { Label } from '../../components/labels';
import type { SortableFeatures } from '../../components/table/features';
import { PersonStatusLabel, TrainingLabel } from './labels';

const helper = createColumnHelper<SortableFeatures, PersonSummary>();

const STATUS_ORDER: Record<PersonStatus, number> = { starting: 0, active: 1, left: 2 };
const TRAINING_ORDER: Record<TrainingState, number> = { never: 0, expired: 1, current: 2, 'not-applicable': 3 };
const byDate = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');

function DateCell({ value }: { value: string | null }) {
  return value ? (
    <Text size="sm" className="attest-num">
      {formatDate(value)}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}

export const columns = helper.columns([
  helper.accessor('name', {
    header: 'Name',
    sortFn: 'text',
    meta: { width: 'auto' },
    cell: (info) => (
      <>
        <Text size="sm" fw={500} truncate="end">
          {info.getValue()}
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          {info.row.original.email}
        </Text>
      </>
    ),
  }),
  helper.accessor('role', {
    header: 'Role',
    sortFn: 'text',
    meta: { width: '9rem' },
    cell: (info) => (
      <Text size="sm" lineClamp={2}>
        {info.getValue() || '—'}
      </Text>
    ),
  }),
  helper.accessor('status', {
    header: 'Status',
    sortFn: (a, b) => STATUS_ORDER[a.original.status] - STATUS_ORDER[b.original.status],
    meta: { width: '6rem' },
    cell: (info) => <PersonStatusLabel status={info.getValue()} />,
  }),
  helper.accessor('startDate', {
    header: 'Joined / left',
    sortFn: (a, b) => byDate(a.original.startDate, b.original.startDate),
    meta: { width: '8.5rem' },
    cell: (info) => (
      <>
        <DateCell value={info.getValue()} />
        {info.row.original.endDate ? (
          <Text size="xs" c="dimmed" className="attest-num">
            left {formatDate(info.row.original.endDate)}
          </Text>
        ) : null}
      </>
    ),
  }),
  helper.accessor('backgroundCheckDate', {
    header: 'Screened on',
    sortFn: (a, b) => byDate(a.original.backgroundCheckDate, b.original.backgroundCheckDate),
    meta: { width: '8.5rem' },
    cell: (info) =>
      info.getValue() ? (
        <DateCell value={info.getValue()} />
      ) : (
        <Label color="orange" title="No background check on record">
          None on record
        </Label>
      ),
  }),
  helper.accessor('training', {
    header: 'Training',
    sortFn: (a, b) => TRAINING_ORDER[a.original.training] - TRAINING_ORDER[b.original.training],
    meta: { width: '8.5rem' },
    cell: (info) => (
      <>
        <TrainingLabel state={info.getValue()} />
        {info.row.original.lastTraining ? (
          <Text size="xs" c="dimmed" className="attest-num">
            last {formatDate(info.row.original.lastTraining)}
          </Text>
        ) : null}
      </>
    ),
  }),
  helper.accessor((p) => p.policiesLive - p.acknowledged, {
    id: 'policies',
    header: 'Policies',
    sortFn: (a, b) =>
      a.original.policiesLive - a.original.acknowledged - (b.original.policiesLive - b.original.acknowledged),
    meta: { width: '7.5rem', align: 'right' },
    cell: (info) => {
      const p = info.row.original;
      const missing = p.policiesLive - p.acknowledged;
      return (
        <>
          <Text size="sm" className="attest-num">
            {formatNumber(p.acknowledged)} of {formatNumber(p.policiesLive)}
          </Text>
          {missing > 0 && p.status !== 'left' ? (
            <Text size="xs" c="orange">
              {formatNumber(missing)} to acknowledge
            </Text>
          ) : null}
        </>
      );
    },
  }),
]);
