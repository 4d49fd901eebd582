import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { CATEGORIES, type CategoryId } from '../../../../shared/catalog/categories';
import type { Frequency } from '../../../../shared/catalog/types';
import type { Control, ControlStatus } from '../../../../shared/domain/controls';
import { FREQUENCY_OPTIONS, STATUS_OPTIONS } from '../../components/controlOptions';
import { ownersOf } from './filter';
import { UNASSIGNED, useControlsView } from './view';

const CATEGORY_OPTIONS = CATEGORIES.map((c) => ({ value: c.id, label: c.name }));
const FILTER_STYLE = { flex: '1 1 9rem', minWidth: '9rem' };

/** Search and the four filters of the controls table. */
export function ControlsToolbar({ controls }: { controls: readonly Control[] }) {
  const filters = useControlsView((s) => s.filters);
  const setFilter = useControlsView((s) => s.setFilter);
  const ownerOptions = useMemo(
    () => [
      { value: UNASSIGNED, label: 'Unassigned (no person named)' },
      ...ownersOf(controls).map((o) => ({ value: o, label: o })),
    ],
    [controls],
  );

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Find controls">
      <TextInput
        label="Search"
        placeholder="ID, name or description"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filters.search}
        onChange={(event) => setFilter('search', event.currentTarget.value)}
        type="search"
        style={{ flex: '2 1 14rem', minWidth: '12rem' }}
      />
      <Select
        label="Category"
        placeholder="All categories"
        data={CATEGORY_OPTIONS}
        value={filters.category}
        onChange={(value) => setFilter('category', value as CategoryId | null)}
        clearable
        style={FILTER_STYLE}
      />
      <Select
        label="Status"
        placeholder="Any status"
        data={STATUS_OPTIONS}
        value={filters.status}
        onChange={(value) => setFilter('status', value as ControlStatus | null)}
        clearable
        style={FILTER_STYLE}
      />
      <Select
        label="Owner"
        placeholder="Anyone"
        data={ownerOptions}
        value={filters.owner}
        onChange={(value) => setFilter('owner', value)}
        clearable
        searchable
        style={FILTER_STYLE}
        comboboxProps={{ width: 260, position: 'bottom-start' }}
      />
      <Select
        label="Frequency"
        placeholder="Any frequency"
        data={FREQUENCY_OPTIONS}
        value={filters.frequency}
        onChange={(value) => setFilter('frequency', value as Frequency | null)}
        clearable
        style={FILTER_STYLE}
      />
    </Group>
  );
}
