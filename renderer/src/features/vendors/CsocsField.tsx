import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { FieldError, Merge } from 'react-hook-form';

interface CsocsFieldProps {
  value: string[];
  onChange: (value: string[]) => void;
  error?: Merge<FieldError, (FieldError | undefined)[]> | undefined;
}

/** The controls expected of a subservice organization: an ordered list of lines. */
export function CsocsField({ value, onChange, error }: CsocsFieldProps) {
  const rowError = (i: number) => (Array.isArray(error) ? error[i]?.message : undefined);
  const listError = !Array.isArray(error) ? error?.message : (error as { root?: FieldError }).root?.message;
  return (
    <Input.Wrapper
      label="Controls expected of it (CSOCs)"
      description="What the report assumes this organization does, e.g. restricting physical access to its data centres"
      error={listError}
    >
      <Stack gap="xs" mt={6}>
        {value.length === 0 ? (
          <Text size="sm" c="dimmed">
            None yet.
          </Text>
        ) : null}
        {value.map((line, i) => (
          <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              style={{ flex: 1 }}
              aria-label={`Expected control ${i + 1}`}
              value={line}
              onChange={(e) => onChange(value.map((v, j) => (j === i ? e.currentTarget.value : v)))}
              error={rowError(i)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove expected control ${i + 1}`}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onChange([...value, ''])}
          >
            Add an expected control
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
