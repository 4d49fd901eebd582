import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ErrorShape } from '../../../shared/contract/errors';

/** When even app.info fails: say why, and how to get back in. */
export function StartupProblem({ error, onRetry }: { error: ErrorShape; onRetry: () => void }) {
  const hint =
    error.code === 'unauthorized'
      ? 'This browser tab is not signed in to the local Attest host. Open the link that `attest serve` printed in the terminal.'
      : 'Attest could not talk to its local host. If you started it with `attest serve`, check that the command is still running.';
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper withBorder radius="md" p="xl" maw={520} role="alert">
        <Stack gap="sm">
          <Title order={1} fz="h3" fw={600}>
            Attest cannot start
          </Title>
          <Text>{error.message}</Text>
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
          <Button onClick={onRetry} style={{ alignSelf: 'flex-start' }} variant="default">
            Try again
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
