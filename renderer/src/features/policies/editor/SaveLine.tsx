import { Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { formatTime } from '../format';
import type { SaveState } from './useAutosave';

/** Saving… / Saved at 14:02 / Not saved: <why>, announced politely. */
export function SaveLine({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  return (
    <div role="status" aria-live="polite" data-testid="save-status">
      {state.status === 'saving' ? (
        <Group gap={6} wrap="nowrap">
          <Loader size={12} aria-hidden />
          <Text size="sm" c="dimmed">
            Saving…
          </Text>
        </Group>
      ) : state.status === 'saved' ? (
        <Group gap={6} wrap="nowrap" c="teal">
          <IconCheck size={16} aria-hidden />
          <Text size="sm" fw={500} inherit className="attest-num">
            Saved at {formatTime(state.at)}
          </Text>
        </Group>
      ) : state.status === 'failed' ? (
        <Group gap={6} wrap="nowrap" c="red.8">
          <IconAlertCircle size={16} aria-hidden />
          <Text size="sm" fw={500} inherit>
            Not saved: {state.error.message}
          </Text>
          <Button size="compact-xs" variant="light" color="red" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      ) : state.status === 'pending' ? (
        <Text size="sm" c="dimmed">
          Unsaved changes
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          Changes save as you type
        </Text>
      )}
    </div>
  );
}
