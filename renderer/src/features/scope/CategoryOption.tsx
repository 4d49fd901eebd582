import { Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import type { Category } from '../../../../shared/catalog/categories';
import classes from './Scope.module.css';

interface CategoryOptionProps {
  category: Category;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Security: always in, shown ticked and locked. */
  locked?: boolean;
  note?: string;
}

/** One Trust Services category as a checkbox card: its name, what it commits you to, and a note. */
export function CategoryOption({ category, checked, onChange, locked = false, note }: CategoryOptionProps) {
  return (
    <Checkbox.Card
      className={classes.card}
      radius="md"
      checked={checked}
      disabled={locked}
      onChange={locked ? undefined : onChange}
      aria-label={category.name}
      aria-describedby={`category-${category.id}-summary`}
      data-locked={locked || undefined}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Checkbox.Indicator mt={2} disabled={locked} />
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {category.name}
            </Text>
            {locked ? (
              <Badge size="xs" variant="outline" color="gray" radius="sm" tt="none" fw={500}>
                Always included
              </Badge>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed" id={`category-${category.id}-summary`}>
            {category.summary}
            {note ? ` ${note}` : ''}
          </Text>
        </Stack>
      </Group>
    </Checkbox.Card>
  );
}
