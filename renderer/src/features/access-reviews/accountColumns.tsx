import { Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import type { ReviewAccount } from '../../../../shared/domain/access-reviews';
import { formatDate } from '../../components/format';
import type { SortableFeatures } from '../../components/table/features';
import { DecisionLabel } from './labels';

const helper = createColumnHelper<SortableFeatures, ReviewAccount>();
const ORDER = { revoke: 0, 'change-role': 1, keep: 2 } as const;

export const accountColumns = helper.columns([
  helper.accessor('email', {
    header: 'Account',
    sortFn: 'text',
    meta: { width: 'auto' },
    cell: (info) => (
      <>
        <Text size="sm" fw={500} lineClamp={1}>
          {info.row.original.name || info.getValue()}
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          {info.getValue()}
        </Text>
      </>
    ),
  }),
  helper.accessor('role', {
    header: 'Role',
    sortFn: 'text',
    meta: { width: '9rem' },
    cell: (info) => (
      <Text size="sm" lineClamp={1}>
        {info.row.original.newRole ? `${info.getValue()} → ${info.row.original.newRole}` : info.getValue()}
      </Text>
    ),
  }),
  helper.accessor((a) => a.lastLogin ?? '', {
    id: 'lastLogin',
    header: 'Last login',
    sortFn: (a, b) => (a.original.lastLogin ?? '').localeCompare(b.original.lastLogin ?? ''),
    meta: { width: '8rem' },
    cell: (info) => (
      <Text size="sm" className="attest-num" c={info.getValue() ? undefined : 'dimmed'}>
        {info.getValue() ? formatDate(info.getValue()) : 'Never'}
      </Text>
    ),
  }),
  helper.accessor((a) => a.decision ?? '', {
    id: 'decision',
    header: 'Decision',
    sortFn: (a, b) =>
      (a.original.decision ? ORDER[a.original.decision] : -1) - (b.original.decision ? ORDER[b.original.decision] : -1),
    meta: { width: '8rem' },
    cell: (info) => <DecisionLabel decision={info.row.original.decision} />,
  }),
  helper.accessor('reason', {
    header: 'Reason and remediation',
    sortFn: 'text',
    meta: { width: '16rem' },
    cell: (info) => {
      const a = info.row.original;
      const follow = a.decision === 'revoke' || a.decision === 'change-role';
      return (
        <>
          <Text size="sm" lineClamp={1} title={info.getValue()}>
            {info.getValue()}
          </Text>
          {follow ? (
            <Text size="xs" c={a.remediatedOn ? 'teal' : 'orange'}>
              {a.remediatedOn ? `Done ${formatDate(a.remediatedOn)}` : 'Remediation open'}
            </Text>
          ) : null}
        </>
      );
    },
  }),
]);
