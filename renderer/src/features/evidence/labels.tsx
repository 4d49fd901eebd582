import type { MantineColor } from '@mantine/core';
import { FRESHNESS_LABELS, type Freshness } from '../../../../shared/domain/evidence';
import { Label } from '../../components/labels';

export const FRESHNESS_COLORS: Record<Freshness, MantineColor> = {
  current: 'teal',
  expiring: 'yellow',
  expired: 'red',
};

const FRESHNESS_TITLES: Record<Freshness, string> = {
  current: 'Still speaks for its controls',
  expiring: 'Stops speaking for its controls within 30 days',
  expired: 'No longer speaks for its controls; attach newer evidence',
};

/** Current, Expiring or Expired, in words and colour. */
export function FreshnessLabel({ freshness }: { freshness: Freshness }) {
  return (
    <Label color={FRESHNESS_COLORS[freshness]} title={FRESHNESS_TITLES[freshness]}>
      {FRESHNESS_LABELS[freshness]}
    </Label>
  );
}
