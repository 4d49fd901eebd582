import { Button, Group } from '@mantine/core';
import { IconCalendarDue, IconFiles, IconTimeline } from '@tabler/icons-react';
import { hashForArea } from '../../store/hash';

export type EvidenceView = 'list' | 'coverage' | 'due';

const VIEWS: { view: EvidenceView; label: string; sub: string; icon: typeof IconFiles }[] = [
  { view: 'list', label: 'All evidence', sub: '', icon: IconFiles },
  { view: 'coverage', label: 'Period coverage', sub: 'coverage', icon: IconTimeline },
  { view: 'due', label: 'Due', sub: 'due', icon: IconCalendarDue },
];

/** The Evidence area's three pages, as links so that each has its own address. */
export function EvidenceTabs({ current }: { current: EvidenceView }) {
  return (
    <Group component="nav" aria-label="Evidence pages" gap={4} mb="md">
      {VIEWS.map(({ view, label, sub, icon: Icon }) => (
        <Button
          key={view}
          component="a"
          href={hashForArea('evidence', sub)}
          size="compact-sm"
          variant={view === current ? 'light' : 'subtle'}
          color={view === current ? undefined : 'gray'}
          aria-current={view === current ? 'page' : undefined}
          leftSection={<Icon size={15} aria-hidden />}
        >
          {label}
        </Button>
      ))}
    </Group>
  );
}
