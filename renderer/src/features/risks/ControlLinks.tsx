import { Anchor, Group, Text } from '@mantine/core';
import { controlHref } from '../../store/hash';

const stop = (event: { stopPropagation(): void }) => event.stopPropagation();

/** Linked controls as links to their pages; used in tables (clicks stay off the row) and detail pages. */
export function ControlLinks({
  controls,
  withNames = false,
}: {
  controls: readonly { id: string; name: string }[];
  withNames?: boolean;
}) {
  if (controls.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  }
  return (
    <Group gap={withNames ? 'xs' : 4}>
      {controls.map((c) => (
        <Anchor
          key={c.id}
          href={controlHref(c.id)}
          size={withNames ? 'sm' : 'xs'}
          ff={withNames ? undefined : 'monospace'}
          fw={600}
          onClick={stop}
          onKeyDown={stop}
          title={c.name}
          aria-label={`Control ${c.id}: ${c.name}`}
        >
          {withNames ? `${c.id} · ${c.name}` : c.id}
        </Anchor>
      ))}
    </Group>
  );
}
