import { Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import {
  RISK_ATTENTION_LABELS,
  RISK_CATEGORY_LABELS,
  TREATMENT_LABELS,
  type Risk,
  type RiskAttention,
} from '../../../../shared/domain/risks';
import { Label } from '../../components/labels';
import { formatDate } from '../../components/format';
import type { SortableFeatures } from '../../components/table/features';
import { ControlLinks } from './ControlLinks';
import { ScoreLabel, TreatmentLabel } from './labels';

const helper = createColumnHelper<SortableFeatures, Risk>();

/** Short words for the narrow column; the full sentence is the label's title. */
const SHORT: Record<RiskAttention, string> = {
  'no-owner': 'No owner',
  'no-residual': 'No residual',
  'no-treatment': 'No treatment',
  'no-rationale': 'No rationale',
  'no-controls': 'No controls',
  'not-reviewed': 'Never reviewed',
  'review-overdue': 'Review overdue',
};

export const columns = helper.columns([
  helper.accessor('id', {
    header: 'Risk',
    sortFn: (a, b) => a.original.id - b.original.id,
    meta: { width: 'auto' },
    cell: (info) => (
      <>
        <Text size="sm" fw={500} lineClamp={2} title={info.row.original.title}>
          {info.row.original.title}
        </Text>
        <Text size="xs" c="dimmed">
          <Text span inherit ff="monospace">
            {info.row.original.ref}
          </Text>
          {` · ${RISK_CATEGORY_LABELS[info.row.original.category]}`}
        </Text>
      </>
    ),
  }),
  helper.accessor('inherentScore', {
    id: 'inherent',
    header: 'Inherent',
    sortFn: (a, b) => a.original.inherentScore - b.original.inherentScore,
    meta: { width: '7.5rem' },
    cell: (info) => <ScoreLabel score={info.getValue()} />,
  }),
  helper.accessor('residualScore', {
    id: 'residual',
    header: 'Residual',
    sortFn: (a, b) => (a.original.residualScore ?? -1) - (b.original.residualScore ?? -1),
    meta: { width: '7.5rem' },
    cell: (info) => <ScoreLabel score={info.getValue()} />,
  }),
  helper.accessor((r) => (r.treatment ? TREATMENT_LABELS[r.treatment] : ''), {
    id: 'treatment',
    header: 'Treatment',
    sortFn: 'text',
    meta: { width: '6.5rem' },
    cell: (info) => <TreatmentLabel treatment={info.row.original.treatment} />,
  }),
  helper.accessor('owner', {
    header: 'Owner',
    sortFn: 'text',
    meta: { width: '9rem' },
    cell: (info) => {
      const r = info.row.original;
      const overdue = r.attention.includes('review-overdue');
      return (
        <>
          <Text size="sm" lineClamp={1} title={r.owner || undefined} c={r.owner ? undefined : 'dimmed'}>
            {r.owner || 'No owner'}
          </Text>
          <Text size="xs" className="attest-num" c={overdue ? 'red.8' : 'dimmed'}>
            {r.nextReview ? `${overdue ? 'overdue' : 'next'} ${formatDate(r.nextReview)}` : 'no review date'}
          </Text>
        </>
      );
    },
  }),
  helper.accessor((r) => r.controls.map((c) => c.id).join(' '), {
    id: 'controls',
    header: 'Controls',
    sortFn: (a, b) => a.original.controls.length - b.original.controls.length,
    meta: { width: '7rem' },
    cell: (info) => <ControlLinks controls={info.row.original.controls} />,
  }),
  helper.accessor((r) => r.attention.length, {
    id: 'attention',
    header: 'Gaps',
    sortFn: (a, b) => a.original.attention.length - b.original.attention.length,
    meta: { width: '9rem' },
    cell: (info) => {
      const gaps = info.row.original.attention;
      if (gaps.length === 0) return <Label color="teal">Complete</Label>;
      const words = gaps.map((g) => RISK_ATTENTION_LABELS[g]);
      return (
        <Label color="yellow" title={words.join('; ')}>
          {gaps.length === 1 ? SHORT[gaps[0]!] : `${gaps.length} gaps`}
        </Label>
      );
    },
  }),
]);
