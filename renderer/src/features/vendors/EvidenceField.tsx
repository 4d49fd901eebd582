import { Anchor, Group, MultiSelect, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { EVIDENCE_TYPE_LABELS } from '../../../../shared/domain/evidence';
import { useOperation } from '../../hooks/useOperation';
import { hashForArea } from '../../store/hash';

interface EvidenceFieldProps {
  value: number[];
  onChange: (value: number[]) => void;
  onBlur?: () => void;
  linked: readonly { id: number; title: string }[];
  error?: string | undefined;
}

/** Links the vendor to evidence items already in the vault (its SOC 2 report, a questionnaire). */
export function EvidenceField({ value, onChange, onBlur, linked, error }: EvidenceFieldProps) {
  const evidence = useOperation('evidence.list', {});
  const data = useMemo(
    () =>
      (evidence.data ?? [])
        // Vendor reports first: the likeliest pick.
        .slice()
        .sort((a, b) => Number(b.type === 'vendor-report') - Number(a.type === 'vendor-report') || b.id - a.id)
        .map((e) => ({ value: String(e.id), label: `#${e.id} · ${e.title} (${EVIDENCE_TYPE_LABELS[e.type]})` })),
    [evidence.data],
  );
  return (
    <Stack gap={6}>
      <MultiSelect
        label="Linked evidence"
        description="The report itself and any review notes, uploaded in the Evidence area"
        placeholder={value.length ? undefined : 'Search evidence'}
        data={data}
        value={value.map(String)}
        onChange={(v) => onChange(v.map(Number))}
        onBlur={onBlur}
        searchable
        clearable
        hidePickedOptions
        maxDropdownHeight={260}
        nothingFoundMessage="No evidence item matches"
        error={error}
      />
      {linked.length ? (
        <Group gap="xs">
          {linked.map((e) => (
            <Anchor key={e.id} size="sm" href={hashForArea('evidence', String(e.id))}>
              {`#${e.id} · ${e.title}`}
            </Anchor>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}
