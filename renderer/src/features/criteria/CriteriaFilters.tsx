import { Button, Group, Select } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { CATEGORIES, type CategoryId } from '../../../../shared/catalog/categories';
import { COVERAGE_LABELS, type CoverageState } from '../../../../shared/domain/controls';
import { useCriteriaView } from './view';

const CATEGORY_OPTIONS = CATEGORIES.map((c) => ({ value: c.id, label: c.name }));
const COVERAGE_OPTIONS = (Object.keys(COVERAGE_LABELS) as CoverageState[]).map((value) => ({
  value,
  label: COVERAGE_LABELS[value],
}));

export function CriteriaFilters() {
  const { category, coverage, setCategory, setCoverage } = useCriteriaView();
  return (
    <Group gap="sm" align="flex-end">
      <Select
        label="Category"
        placeholder="All categories"
        data={CATEGORY_OPTIONS}
        value={category}
        onChange={(value) => setCategory(value as CategoryId | null)}
        clearable
        w={210}
      />
      <Select
        label="Coverage"
        placeholder="Any coverage"
        data={COVERAGE_OPTIONS}
        value={coverage}
        onChange={(value) => setCoverage(value as CoverageState | null)}
        clearable
        w={210}
      />
      {category || coverage ? (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconX size={14} aria-hidden />}
          onClick={() => {
            setCategory(null);
            setCoverage(null);
          }}
        >
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
