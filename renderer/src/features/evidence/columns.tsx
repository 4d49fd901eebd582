import { Anchor, Group, Text } from '@mantine/core';
import type { SortableFeatures } from '../../components/table/features';
import { createColumnHelper } from '@tanstack/react-table';
import { EVIDENCE_TYPE_LABELS, type EvidenceSummary, type Freshness } from '../../../../shared/domain/evidence';
import { compareIds, formatDate, formatNumber } from '../../components/format';
import { controlHref } from '../../store/hash';
import { FreshnessLabel } from './labels';
import { formatSize } from './upload';

const helper = createColumnHelper<SortableFeatures, EvidenceSummary>();

const FRESHNESS_ORDER: Record<Freshness, number> = { expired: 0, expiring: 1, current: 2 };

const stop = (event: { stopPropagation(): void }) => event.stopPropagation();

function Dim({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

export const columns = helper.columns([
  helper.accessor('title', {
    header: 'Title and file',
    sortFn: 'text',
    meta: { width: 'auto' },
    cell: (info) => (
      <>
        <Text size="sm" fw={500} lineClamp={2}>
          {info.getValue()}
        </Text>
        <Text size="xs" c="dimmed" truncate="end" title={info.row.original.fileName}>
          {info.row.original.fileName}
        </Text>
      </>
    ),
  }),
  helper.accessor((e) => EVIDENCE_TYPE_LABELS[e.type], {
    id: 'type',
    header: 'Type',
    sortFn: 'text',
    meta: { width: '8.5rem' },
    cell: (info) => (
      <Text size="sm" lineClamp={2}>
        {info.getValue()}
      </Text>
    ),
  }),
  helper.accessor('size', {
    header: 'Size',
    sortFn: (a, b) => a.original.size - b.original.size,
    meta: { width: '6rem', align: 'right' },
    cell: (info) => (
      <Text size="sm" className="attest-num" title={`${formatNumber(info.getValue())} bytes`}>
        {formatSize(info.getValue())}
      </Text>
    ),
  }),
  helper.accessor('effectiveDate', {
    header: 'Effective',
    sortFn: (a, b) => a.original.effectiveDate.localeCompare(b.original.effectiveDate),
    meta: { width: '7.25rem' },
    cell: (info) => (
      <Text size="sm" className="attest-num">
        {formatDate(info.getValue())}
      </Text>
    ),
  }),
  helper.accessor('validUntil', {
    header: 'Valid until',
    sortFn: (a, b) => a.original.validUntil.localeCompare(b.original.validUntil),
    meta: { width: '7.25rem' },
    cell: (info) => (
      <Text size="sm" className="attest-num">
        {formatDate(info.getValue())}
      </Text>
    ),
  }),
  helper.accessor('freshness', {
    header: 'Freshness',
    sortFn: (a, b) => FRESHNESS_ORDER[a.original.freshness] - FRESHNESS_ORDER[b.original.freshness],
    meta: { width: '7.25rem' },
    cell: (info) => <FreshnessLabel freshness={info.getValue()} />,
  }),
  helper.accessor((e) => e.controls.join(' '), {
    id: 'controls',
    header: 'Controls',
    sortFn: (a, b) => compareIds(a.original.controls[0] ?? '', b.original.controls[0] ?? ''),
    meta: { width: '6.5rem' },
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
  helper.accessor('owner', {
    header: 'Owner',
    sortFn: 'text',
    meta: { width: '7.25rem' },
    cell: (info) => (
      <>
        {info.getValue() ? (
          <Text size="sm" lineClamp={1} title={info.getValue()}>
            {info.getValue()}
          </Text>
        ) : (
          <Dim>Not named</Dim>
        )}
        <Text size="xs" c="dimmed" truncate="end" title="Source">
          {info.row.original.source === 'manual' ? 'added by hand' : `via ${info.row.original.source || 'unknown'}`}
        </Text>
      </>
    ),
  }),
]);
