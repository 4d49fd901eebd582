import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

interface SearchFilterProps {
  /** What the search looks in, e.g. "Title, owner, control". */
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  w?: number;
}

/** The text search at the head of a list's filters, labelled "Search" for screen readers and tests alike. */
export function SearchFilter({ placeholder, value, onChange, w = 240 }: SearchFilterProps) {
  return (
    <TextInput
      label="Search"
      placeholder={placeholder}
      leftSection={<IconSearch size={14} aria-hidden />}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      w={w}
    />
  );
}
