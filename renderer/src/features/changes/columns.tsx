import { Anchor, Group, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import type { ChangeSummary, Experiment } from '../../../../shared/domain/changes';
import { compareIds, formatDate } from '../../components/format';
import type { SortableFeatures } from '../../components/table/features';
import { controlHref } from '../../store/hash';
import { ChangeFlags } from './labels';

const helper = createColumnHelper<SortableFeatures, ChangeSummary>();
const stop = (event: { stopPropagation(): void }) => event.stopPropagation();

function Name({ value }: { value: string }) {
  return value ? (
    <Text size="sm" truncate="end" title={value}>
      {value}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}

export const changeColumns = helper.columns([
  helper.accessor('title', {
    header: 'Change',
    sortFn: 'text',
    meta: { width: 'auto' },
    cell: (info) => (
      <>
        <Text size="sm" fw={500} lineClamp={2}>
          {info.getValue()}
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          CHG-{info.row.original.id}
          {info.row.original.ticketRef ? ` · ${info.row.original.ticketRef}` : ''}
        </Text>
      </>
    ),
  }),
  helper.accessor('deployedOn', {
    header: 'Deployed',
    sortFn: (a, b) => (a.original.deployedOn ?? '9999').localeCompare(b.original.deployedOn ?? '9999'),
    meta: { width: '7.5rem' },
    cell: (info) => (
      <Text size="sm" className="attest-num" c={info.getValue() ? undefined : 'dimmed'}>
        {info.getValue() ? formatDate(info.getValue()) : 'Not yet'}
      </Text>
    ),
  }),
  helper.accessor('author', {
    header: 'Author',
    sortFn: 'text',
    meta: { width: '8.5rem' },
    cell: (info) => <Name value={info.getValue()} />,
  }),
  helper.accessor('approver', {
    header: 'Approver',
    sortFn: 'text',
    meta: { width: '8.5rem' },
    cell: (info) => <Name value={info.getValue()} />,
  }),
  helper.accessor((c) => Number(c.approverIsAuthor) * 8 + Number(c.emergency) * 4 + Number(c.significant) * 2, {
    id: 'flags',
    header: 'Flags',
    sortFn: (a, b) =>
      Number(b.original.approverIsAuthor) - Number(a.original.approverIsAuthor) ||
      Number(b.original.emergency) - Number(a.original.emergency) ||
      Number(b.original.significant) - Number(a.original.significant),
    meta: { width: '9rem' },
    cell: (info) => <ChangeFlags change={info.row.original} />,
  }),
  helper.accessor((c) => c.controls.join(' '), {
    id: 'controls',
    header: 'Controls',
    sortFn: (a, b) => compareIds(a.original.controls[0] ?? '~', b.original.controls[0] ?? '~'),
    meta: { width: '6rem' },
    cell: (info) => (
      <Group gap={4}>
        {info.row.original.controls.map((id) => (
          <Anchor
            key={id}
            href={controlHref(id)}
            size="xs"
            ff="monospace"
            fw={600}
            onClick={stop}
            onKeyDown={stop}
            aria-label={`Control ${id}`}
          >
            {id}
          </Anchor>
        ))}
      </Group>
    ),
  }),
]);

const experimentHelper = createColumnHelper<SortableFeatures, Experiment>();

export const experimentColumns = experimentHelper.columns([
  experimentHelper.accessor('what', {
    header: 'What was tried',
    sortFn: 'text',
    meta: { width: 'auto' },
    cell: (info) => (
      <Text size="sm" lineClamp={2}>
        {info.getValue()}
      </Text>
    ),
  }),
  experimentHelper.accessor('who', {
    header: 'Who',
    sortFn: 'text',
    meta: { width: '10rem' },
    cell: (info) => <Name value={info.getValue()} />,
  }),
  experimentHelper.accessor('trackedIn', {
    header: 'Tracked in',
    sortFn: 'text',
    meta: { width: '14rem' },
    cell: (info) => <Name value={info.getValue()} />,
  }),
  experimentHelper.accessor('occurredOn', {
    header: 'Date',
    sortFn: (a, b) => a.original.occurredOn.localeCompare(b.original.occurredOn),
    meta: { width: '8rem' },
    cell: (info) => (
      <Text size="sm" className="attest-num">
        {formatDate(info.getValue())}
      </Text>
    ),
  }),
]);
