import { EmptyState, Paper, Text } from '@mantine/core';
import type { Area } from '../areas';
import { PageHeader } from './PageHeader';

/** An area whose tools are not built yet: says what will live there and what the owner will do. */
export function AreaEmptyState({ area }: { area: Area }) {
  const Icon = area.icon;
  return (
    <>
      <PageHeader title={area.label} />
      <Paper withBorder radius="md" p="xl">
        <EmptyState
          align="left"
          size="sm"
          variant="light"
          icon={<Icon aria-hidden stroke={1.5} />}
          title={`Nothing in ${area.label.toLowerCase()} yet`}
          description={
            <>
              <Text component="span" display="block" size="sm" c="var(--mantine-color-text)" mb="xs">
                {area.holds}
              </Text>
              <Text component="span" display="block" size="sm" c="var(--mantine-color-text)" mb="md">
                {area.work}
              </Text>
              <Text component="span" display="block" size="xs" c="dimmed">
                This part of Attest is still being built. What you enter in the other areas is kept safely in the vault
                in the meantime.
              </Text>
            </>
          }
        />
      </Paper>
    </>
  );
}
