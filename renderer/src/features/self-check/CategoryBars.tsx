import { Group, Progress, Stack, Text } from '@mantine/core';
import { categoryName } from '../../../../shared/catalog/categories';
import type { CategoryScore } from '../../../../shared/check/types';
import { formatScore, scoreColor } from './labels';

/** One bar per Trust Services category in scope: the mean score of its criteria. */
export function CategoryBars({ categories }: { categories: readonly CategoryScore[] }) {
  return (
    <Stack gap="xs" data-testid="category-scores">
      {categories.map((c) => (
        <div key={c.category}>
          <Group justify="space-between" gap="xs" mb={2}>
            <Text size="sm">{categoryName(c.category)}</Text>
            <Text size="sm" fw={600} className="attest-num">
              {formatScore(c.score)}
            </Text>
          </Group>
          <Progress
            value={c.score}
            color={scoreColor(c.score)}
            size="md"
            radius="sm"
            aria-label={`${categoryName(c.category)}: ${formatScore(c.score)} of 100 over ${c.criteria} criteria`}
          />
        </div>
      ))}
    </Stack>
  );
}
