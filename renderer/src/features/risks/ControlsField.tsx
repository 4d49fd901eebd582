import { MultiSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useOperation } from '../../hooks/useOperation';

interface ControlsFieldProps {
  value: string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  label?: string;
  description?: string;
  error?: string | undefined;
}

/** Picks controls of this vault by ID or name. */
export function ControlsField({
  value,
  onChange,
  onBlur,
  label = 'Linked controls',
  description,
  error,
}: ControlsFieldProps) {
  const controls = useOperation('controls.list', {});
  const data = useMemo(
    () => (controls.data ?? []).map((c) => ({ value: c.id, label: `${c.id} · ${c.name}` })),
    [controls.data],
  );
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length ? undefined : 'Search controls'}
      data={data}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      searchable
      clearable
      hidePickedOptions
      maxDropdownHeight={260}
      nothingFoundMessage="No control matches"
      error={error}
    />
  );
}
