import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { Control } from '../../../../shared/domain/controls';
import { formatInstant } from '../../components/format';
import { Label, NotApplicableLabel, OutOfScopeLabel, StatusLabel } from '../../components/labels';
import { AREA_TITLE_ID } from '../../components/PageHeader';

/** The control's ID and name, with its status, scope and origin in words. */
export function ControlHeader({ control }: { control: Control }) {
  const title = useRef<HTMLHeadingElement>(null);
  // The page arrives after its data; if the row that opened it took focus with it, start reading at the title.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) title.current?.focus();
  }, []);
  return (
    <Stack gap={6} mb="xs">
      <Group gap="xs">
        <Text ff="monospace" fw={600} size="sm" c="dimmed">
          {control.id}
        </Text>
        <Text size="sm" c="dimmed">
          · {control.domain}
        </Text>
      </Group>
      <Title ref={title} order={1} fz="h2" fw={600} id={AREA_TITLE_ID} tabIndex={-1} className="attest-area-title">
        {control.name}
      </Title>
      <Group gap={6} data-testid="control-labels">
        <StatusLabel status={control.status} />
        {control.notApplicableReason !== null ? <NotApplicableLabel /> : null}
        {control.inScope ? null : <OutOfScopeLabel />}
        {control.libraryId ? (
          <Label color="gray" variant="outline">
            From the library
          </Label>
        ) : (
          <Label color="gray" variant="outline">
            Custom control
          </Label>
        )}
        {control.ai ? <Label color="violet">AI and ML</Label> : null}
        <Text size="xs" c="dimmed" ml="xs">
          Last changed {formatInstant(control.updatedAt)}
        </Text>
      </Group>
    </Stack>
  );
}
