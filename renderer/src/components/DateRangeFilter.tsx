import { TextInput } from '@mantine/core';

interface DateRangeFilterProps {
  fromLabel: string;
  toLabel: string;
  from: string;
  to: string;
  onFrom: (value: string) => void;
  onTo: (value: string) => void;
  /** Shown on the "to" field, e.g. when the range runs backwards. */
  toError?: boolean | string;
}

/** Two date fields bounding a list filter, both ends included; an empty field leaves that end open. */
export function DateRangeFilter({ fromLabel, toLabel, from, to, onFrom, onTo, toError }: DateRangeFilterProps) {
  return (
    <>
      <TextInput type="date" label={fromLabel} value={from} onChange={(e) => onFrom(e.currentTarget.value)} w={150} />
      <TextInput
        type="date"
        label={toLabel}
        value={to}
        onChange={(e) => onTo(e.currentTarget.value)}
        error={toError}
        w={150}
      />
    </>
  );
}
