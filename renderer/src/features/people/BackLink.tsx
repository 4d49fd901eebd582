import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { AreaId } from '../../areas';
import { useAppStore } from '../../store/app';
import { hashForArea } from '../../store/hash';

/** "← All people": back to an area's list, which keeps its filters. */
export function BackLink({ area, label }: { area: AreaId; label: string }) {
  const setArea = useAppStore((s) => s.setArea);
  return (
    <Anchor
      href={hashForArea(area)}
      size="sm"
      onClick={(event) => {
        event.preventDefault();
        setArea(area);
      }}
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {label}
      </Group>
    </Anchor>
  );
}
