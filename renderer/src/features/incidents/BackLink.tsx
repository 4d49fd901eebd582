import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useAppStore } from '../../store/app';
import { hashForArea } from '../../store/hash';

export function BackToIncidents() {
  const setArea = useAppStore((s) => s.setArea);
  return (
    <Anchor
      href={hashForArea('incidents')}
      size="sm"
      onClick={(event) => {
        event.preventDefault();
        setArea('incidents');
      }}
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        All incidents
      </Group>
    </Anchor>
  );
}
