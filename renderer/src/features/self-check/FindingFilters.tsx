import { Group, SegmentedControl, Select, Switch, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { CHECK_AREAS, type Finding, type SeverityCounts } from '../../../../shared/check/types';
import type { FindingFilter } from './filter';
import { AREA_LABELS, SEVERITY_PLURALS } from './labels';

interface FindingFiltersProps {
  filter: FindingFilter;
  onChange: (filter: FindingFilter) => void;
  counts: SeverityCounts;
  findings: readonly Finding[];
}

/** Severity, area, free text and "unassigned only": every filter is a labelled control. */
export function FindingFilters({ filter, onChange, counts, findings }: FindingFiltersProps) {
  const total = counts.blocker + counts.warning + counts.advice;
  const areas = CHECK_AREAS.filter((a) => findings.some((f) => f.area === a));
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <SegmentedControl
        aria-label="Severity"
        value={filter.severity}
        onChange={(value) => onChange({ ...filter, severity: value as FindingFilter['severity'] })}
        data={[
          { value: 'all', label: `All (${total})` },
          ...(['blocker', 'warning', 'advice'] as const).map((s) => ({
            value: s,
            label: `${SEVERITY_PLURALS[s]} (${counts[s]})`,
          })),
        ]}
      />
      <Select
        label="Area"
        w={200}
        value={filter.area}
        onChange={(value) => onChange({ ...filter, area: (value ?? 'all') as FindingFilter['area'] })}
        data={[{ value: 'all', label: 'All areas' }, ...areas.map((a) => ({ value: a, label: AREA_LABELS[a] }))]}
        allowDeselect={false}
      />
      <TextInput
        label="Search"
        placeholder="Control ID, policy, owner…"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filter.text}
        onChange={(e) => onChange({ ...filter, text: e.currentTarget.value })}
        w={260}
      />
      <Switch
        label="Unassigned only"
        checked={filter.unassignedOnly}
        onChange={(e) => onChange({ ...filter, unassignedOnly: e.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
