import { Group, Text, VisuallyHidden } from '@mantine/core';
import type { SortableFeatures } from '../../components/table/features';
import { createColumnHelper, type Row } from '@tanstack/react-table';
import { FREQUENCIES } from '../../../../shared/catalog/types';
import { CONTROL_STATUSES, FREQUENCY_LABELS, type Control } from '../../../../shared/domain/controls';
import { compareIds, formatNumber } from '../../components/format';
import { NotApplicableLabel, OutOfScopeLabel, StatusLabel } from '../../components/labels';

const helper = createColumnHelper<SortableFeatures, Control>();

type ControlRow = Row<SortableFeatures, Control>;

const byIndex =
  <T extends string>(order: readonly T[], pick: (c: Control) => T) =>
  (a: ControlRow, b: ControlRow) =>
    order.indexOf(pick(a.original)) - order.indexOf(pick(b.original));

/** 0 in scope, 1 not applicable, 2 out of scope. */
function scopeRank(c: Control): number {
  if (c.notApplicableReason !== null) return 1;
  return c.inScope ? 0 : 2;
}

export const columns = helper.columns([
  helper.accessor('id', {
    header: 'ID',
    sortFn: (a, b) => compareIds(a.original.id, b.original.id),
    meta: { width: '5rem' },
    cell: (info) => (
      <Text size="sm" ff="monospace" fw={600}>
        {info.getValue()}
      </Text>
    ),
  }),
  helper.accessor('name', {
    header: 'Name',
    sortFn: 'text',
    meta: { width: 'auto' },
    cell: (info) => (
      <Text size="sm" lineClamp={2}>
        {info.getValue()}
      </Text>
    ),
  }),
  helper.accessor('domain', {
    header: 'Domain',
    sortFn: 'text',
    meta: { width: '8rem' },
    cell: (info) => (
      <Text size="sm" c="dimmed" lineClamp={2}>
        {info.getValue()}
      </Text>
    ),
  }),
  helper.accessor((c) => c.owner || c.ownerRole, {
    id: 'owner',
    header: 'Owner',
    // People named first, then roles still waiting for a person.
    sortFn: (a, b) =>
      Number(a.original.owner === '') - Number(b.original.owner === '') ||
      (a.original.owner || a.original.ownerRole).localeCompare(b.original.owner || b.original.ownerRole),
    meta: { width: '9rem' },
    cell: (info) => {
      const c = info.row.original;
      if (c.owner)
        return (
          <Text size="sm" lineClamp={2}>
            {c.owner}
          </Text>
        );
      return (
        <Text size="sm" c="dimmed" fs="italic" lineClamp={2} title={`No person named yet; the role is ${c.ownerRole}`}>
          <VisuallyHidden>Unassigned, role: </VisuallyHidden>
          {c.ownerRole || 'Unassigned'}
        </Text>
      );
    },
  }),
  helper.accessor('frequency', {
    header: 'Frequency',
    sortFn: byIndex(FREQUENCIES, (c) => c.frequency),
    meta: { width: '7.25rem' },
    cell: (info) => <Text size="sm">{FREQUENCY_LABELS[info.getValue()]}</Text>,
  }),
  helper.accessor('status', {
    header: 'Status',
    sortFn: byIndex(CONTROL_STATUSES, (c) => c.status),
    meta: { width: '7rem' },
    cell: (info) => <StatusLabel status={info.getValue()} />,
  }),
  helper.accessor((c) => scopeRank(c), {
    id: 'scope',
    header: 'Scope',
    sortFn: (a, b) => scopeRank(a.original) - scopeRank(b.original),
    meta: { width: '6.75rem' },
    cell: (info) => {
      const c = info.row.original;
      const labels = [
        c.notApplicableReason !== null ? <NotApplicableLabel key="na" title={c.notApplicableReason} /> : null,
        c.inScope ? null : (
          <OutOfScopeLabel key="out" title="None of the criteria it maps to is in a category in scope" />
        ),
      ].filter(Boolean);
      return labels.length ? (
        <Group gap={4}>{labels}</Group>
      ) : (
        <Text size="sm" c="dimmed">
          In scope
        </Text>
      );
    },
  }),
  helper.accessor((c) => c.criteria.length, {
    id: 'criteria',
    header: 'Criteria',
    sortFn: (a, b) => a.original.criteria.length - b.original.criteria.length,
    meta: { width: '6rem', align: 'right' },
    cell: (info) => (
      <Text size="sm" className="attest-num" title={info.row.original.criteria.join(', ')}>
        {formatNumber(info.getValue())}
      </Text>
    ),
  }),
]);
