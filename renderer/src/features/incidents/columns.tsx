import { Group, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { INCIDENT_CATEGORY_LABELS, INCIDENT_STATUSES, type IncidentSummary } from '../../../../shared/domain/incidents';
import { formatInstant } from '../../components/format';
import { Label } from '../../components/labels';
import type { SortableFeatures } from '../../components/table/features';
import { IncidentStatusLabel, SeverityLabel, SignificantLabel } from './labels';

const helper = createColumnHelper<SortableFeatures, IncidentSummary>();

export const columns = helper.columns([
  helper.accessor('id', {
    header: 'Ref',
    sortFn: (a, b) => a.original.id - b.original.id,
    meta: { width: '6rem' },
    cell: (info) => (
      <Text size="sm" ff="monospace">
        {info.row.original.ref}
      </Text>
    ),
  }),
  helper.accessor('title', {
    header: 'Incident',
    sortFn: 'text',
    meta: { width: 'auto' },
    cell: (info) => (
      <>
        <Text size="sm" fw={500} lineClamp={1} title={info.getValue()}>
          {info.getValue()}
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          {INCIDENT_CATEGORY_LABELS[info.row.original.category]}
          {info.row.original.owner ? ` · ${info.row.original.owner}` : ''}
        </Text>
      </>
    ),
  }),
  helper.accessor('severity', {
    header: 'Severity',
    sortFn: (a, b) => a.original.severity.localeCompare(b.original.severity),
    meta: { width: '8.5rem' },
    cell: (info) => <SeverityLabel severity={info.getValue()} />,
  }),
  helper.accessor('status', {
    header: 'Status',
    sortFn: (a, b) => INCIDENT_STATUSES.indexOf(a.original.status) - INCIDENT_STATUSES.indexOf(b.original.status),
    meta: { width: '7rem' },
    cell: (info) => <IncidentStatusLabel status={info.getValue()} />,
  }),
  helper.accessor('occurredAt', {
    header: 'Began',
    sortFn: (a, b) => a.original.occurredAt.localeCompare(b.original.occurredAt),
    meta: { width: '10rem' },
    cell: (info) => (
      <Text size="sm" className="attest-num">
        {formatInstant(info.getValue())}
      </Text>
    ),
  }),
  helper.accessor((i) => i.gaps.length + (i.significant ? 0.5 : 0), {
    id: 'flags',
    header: 'Needs attention',
    sortFn: (a, b) => a.original.gaps.length - b.original.gaps.length,
    meta: { width: '13rem' },
    cell: (info) => {
      const i = info.row.original;
      return (
        <Group gap={4} wrap="nowrap">
          {i.significant ? <SignificantLabel /> : null}
          {i.gaps.length ? (
            <Label color="orange" title={i.gaps.join('; ')}>
              {i.gaps.length === 1 ? i.gaps[0]! : `${i.gaps.length} gaps`}
            </Label>
          ) : null}
        </Group>
      );
    },
  }),
]);
