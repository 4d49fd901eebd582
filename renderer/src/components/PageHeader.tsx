import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The main heading of the area shown; focus moves here after navigating. */
export const AREA_TITLE_ID = 'area-title';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}

/** The heading of an area: its name, a line about it, and its main actions. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" mb="lg">
      <Stack gap={4}>
        <Title order={1} fz="h2" fw={600} id={AREA_TITLE_ID} tabIndex={-1} className="attest-area-title">
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" size="sm" maw={640}>
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="xs">{actions}</Group> : null}
    </Group>
  );
}
