import { Group, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';

/** "Saved" just after a save, "Unsaved changes" while edits wait; announced politely. */
export function SaveStatus({
  saved,
  dirty,
  savedText = 'Saved',
}: {
  saved: boolean;
  dirty: boolean;
  savedText?: string;
}) {
  return (
    <div role="status" aria-live="polite">
      {saved && !dirty ? (
        <Group gap={6} c="teal">
          <IconCheck size={16} aria-hidden />
          <Text size="sm" fw={500} inherit>
            {savedText}
          </Text>
        </Group>
      ) : dirty ? (
        <Text size="sm" c="dimmed">
          Unsaved changes
        </Text>
      ) : null}
    </div>
  );
}
