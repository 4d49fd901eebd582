import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { DescriptionUpdateInput } from '../../../../shared/domain/description';

type ListName =
  | 'commitments'
  | 'components.infrastructure'
  | 'components.software'
  | 'components.people'
  | 'components.procedures'
  | 'components.data';

interface ItemListProps {
  name: ListName;
  control: Control<DescriptionUpdateInput>;
  register: UseFormRegister<DescriptionUpdateInput>;
  errors: FieldErrors<DescriptionUpdateInput>;
  /** Labels of the two fields, e.g. "Commitment" and "System requirements that meet it". */
  titleLabel: string;
  detailLabel: string;
  addLabel: string;
  empty: string;
}

function errorAt(errors: FieldErrors<DescriptionUpdateInput>, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  return (node as { message?: string } | undefined)?.message;
}

/** A structured list: one card per entry, with a name and what it is; entries added and removed in place. */
export function ItemList(props: ItemListProps) {
  const { name, control, register, errors, titleLabel, detailLabel, addLabel, empty } = props;
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <Stack gap="xs">
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : null}
      {fields.map((field, i) => (
        <Paper key={field.id} withBorder p="sm" radius="sm">
          <Group align="flex-start" wrap="nowrap" gap="sm">
            <Stack gap="xs" style={{ flex: 1 }}>
              <TextInput
                label={`${titleLabel} ${i + 1}`}
                {...register(`${name}.${i}.title` as const)}
                error={errorAt(errors, `${name}.${i}.title`)}
              />
              <Textarea
                label={detailLabel}
                autosize
                minRows={2}
                {...register(`${name}.${i}.detail` as const)}
                error={errorAt(errors, `${name}.${i}.detail`)}
              />
            </Stack>
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              aria-label={`Remove ${titleLabel.toLowerCase()} ${i + 1}`}
              onClick={() => remove(i)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => append({ title: '', detail: '' }, { shouldFocus: true })}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
