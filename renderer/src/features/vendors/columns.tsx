import { Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import {
  CRITICALITIES,
  DATA_CLASS_LABELS,
  VENDOR_ATTENTION_LABELS,
  VENDOR_KIND_LABELS,
  type Vendor,
  type VendorAttention,
} from '../../../../shared/domain/vendors';
import { formatDate } from '../../components/format';
import { Label } from '../../components/labels';
import type { SortableFeatures } from '../../components/table/features';
import { ControlLinks } from '../risks/ControlLinks';
import { CriticalityLabel, SubserviceLabel } from './labels';

const helper = createColumnHelper<SortableFeatures, Vendor>();

/** Short words for the narrow column; the full sentence is the label's title. */
const SHORT: Record<VendorAttention, string> = {
  'review-overdue': 'Review overdue',
  'no-review-date': 'No review date',
  'no-owner': 'No owner',
  'report-missing': 'No report',
  'report-not-reviewed': 'Report unreviewed',
  'report-stale': 'Report stale',
  'report-exceptions': 'Exceptions',
  'no-csocs': 'No CSOCs',
};

function reportText(v: Vendor): { text: string; tone?: string } {
  if (!v.socReceivedOn) return { text: 'None on file', tone: 'dimmed' };
  if (!v.socReviewedOn) return { text: `Received ${formatDate(v.socReceivedOn)}, not reviewed`, tone: 'red.8' };
  return { text: `Reviewed ${formatDate(v.socReviewedOn)}${v.socExceptions ? ', exceptions' : ''}` };
}

export const columns = helper.columns([
  helper.accessor('name', {
    header: 'Vendor',
    sortFn: 'text',
    meta: { width: 'auto' },
    cell: (info) => {
      const v = info.row.original;
      return (
        <>
          <Text size="sm" fw={500} truncate="end" title={v.service || v.name}>
            {v.name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {`${VENDOR_KIND_LABELS[v.kind]} · ${DATA_CLASS_LABELS[v.dataClassification]}${v.dataClassification === 'none' ? '' : ' data'}`}
          </Text>
        </>
      );
    },
  }),
  helper.accessor('criticality', {
    header: 'Criticality',
    sortFn: (a, b) => CRITICALITIES.indexOf(a.original.criticality) - CRITICALITIES.indexOf(b.original.criticality),
    meta: { width: '8rem' },
    cell: (info) => (
      <Stack gap={4} align="flex-start">
        <CriticalityLabel criticality={info.getValue()} />
        <SubserviceLabel method={info.row.original.subserviceMethod} compact />
      </Stack>
    ),
  }),
  helper.accessor((v) => v.socReviewedOn ?? v.socReceivedOn ?? '', {
    id: 'report',
    header: 'SOC 2 report',
    sortFn: (a, b) =>
      (a.original.socReviewedOn ?? a.original.socReceivedOn ?? '').localeCompare(
        b.original.socReviewedOn ?? b.original.socReceivedOn ?? '',
      ),
    meta: { width: '10rem' },
    cell: (info) => {
      const { text, tone } = reportText(info.row.original);
      return (
        <Text size="sm" c={tone} lineClamp={2}>
          {text}
        </Text>
      );
    },
  }),
  helper.accessor((v) => v.nextReview ?? '', {
    id: 'nextReview',
    header: 'Next review',
    sortFn: (a, b) => (a.original.nextReview ?? '9999').localeCompare(b.original.nextReview ?? '9999'),
    meta: { width: '7.25rem' },
    cell: (info) => (
      <Text
        size="sm"
        className="attest-num"
        c={info.row.original.attention.includes('review-overdue') ? 'red.8' : undefined}
      >
        {info.getValue() ? formatDate(info.getValue()) : '—'}
      </Text>
    ),
  }),
  helper.accessor((v) => v.controls.map((c) => c.id).join(' '), {
    id: 'controls',
    header: 'Controls',
    sortFn: (a, b) => a.original.controls.length - b.original.controls.length,
    meta: { width: '6.5rem' },
    cell: (info) => <ControlLinks controls={info.row.original.controls} />,
  }),
  helper.accessor((v) => v.attention.length, {
    id: 'attention',
    header: 'Gaps',
    sortFn: (a, b) => a.original.attention.length - b.original.attention.length,
    meta: { width: '9rem' },
    cell: (info) => {
      const gaps = info.row.original.attention;
      if (gaps.length === 0) return <Label color="teal">Complete</Label>;
      const words = gaps.map((g) => VENDOR_ATTENTION_LABELS[g]);
      return (
        <Label color="yellow" title={words.join('; ')}>
          {gaps.length === 1 ? SHORT[gaps[0]!] : `${gaps.length} gaps`}
        </Label>
      );
    },
  }),
]);
