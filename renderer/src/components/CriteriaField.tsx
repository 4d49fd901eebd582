import { Group, Input, MultiSelect, Pill, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useId, useMemo } from 'react';
import { CATEGORIES, type CategoryId } from '../../../shared/catalog/categories';
import { CRITERIA, CRITERIA_BY_ID } from '../../../shared/catalog/criteria';
import classes from './CriteriaField.module.css';

interface CriteriaFieldProps {
  value: string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  /** The categories in scope; criteria outside them are marked. */
  inScope: readonly CategoryId[];
  error?: string | undefined;
  label?: string;
  description?: string;
  disabled?: boolean;
}

const CRITERION_ORDER = new Map(CRITERIA.map((c, i) => [c.id, i]));

function byCatalogOrder(ids: readonly string[]): string[] {
  return [...ids].sort((a, b) => (CRITERION_ORDER.get(a) ?? 0) - (CRITERION_ORDER.get(b) ?? 0));
}

/**
 * The criteria a control maps to: removable chips for what is mapped, and a
 * searchable picker of all 61 criteria grouped by category (ticked = mapped).
 */
export function CriteriaField({
  value,
  onChange,
  onBlur,
  inScope,
  error,
  label = 'Criteria',
  description,
  disabled,
}: CriteriaFieldProps) {
  const chipsId = useId();
  const inScopeSet = useMemo(() => new Set(inScope), [inScope]);
  const data = useMemo(
    () =>
      CATEGORIES.map((category) => ({
        group: inScopeSet.has(category.id) ? category.name : `${category.name} (out of scope)`,
        items: CRITERIA.filter((c) => c.category === category.id).map((c) => ({
          value: c.id,
          label: `${c.id} ${c.topic}`,
        })),
      })),
    [inScopeSet],
  );
  const sorted = byCatalogOrder(value);

  return (
    <Stack gap="xs">
      <Input.Wrapper label={label} description={description} id={chipsId}>
        {sorted.length === 0 ? (
          <Text size="sm" c="dimmed" mt={6}>
            No criteria yet. Pick at least one below.
          </Text>
        ) : (
          <Pill.Group mt={6} role="list" aria-labelledby={`${chipsId}-label`} className={classes.chips}>
            {sorted.map((id) => {
              const criterion = CRITERIA_BY_ID.get(id);
              const out = criterion ? !inScopeSet.has(criterion.category) : false;
              return (
                <Pill
                  key={id}
                  role="listitem"
                  size="md"
                  classNames={{ root: classes.chip, label: classes.chipLabel }}
                  data-out-of-scope={out || undefined}
                  withRemoveButton={!disabled}
                  onRemove={() => onChange(value.filter((v) => v !== id))}
                  // Mantine hides the remove button from the keyboard for pills inside an input; these stand alone.
                  removeButtonProps={{ 'aria-label': `Remove ${id}`, 'aria-hidden': false, tabIndex: 0 }}
                  title={criterion ? `${id} ${criterion.topic}` : id}
                >
                  <span className={classes.chipId}>{id}</span> {criterion?.topic}
                  {out ? <span className={classes.chipNote}> · out of scope</span> : null}
                </Pill>
              );
            })}
          </Pill.Group>
        )}
      </Input.Wrapper>
      <MultiSelect
        label="Add or remove criteria"
        placeholder="Search by ID or topic"
        data={data}
        value={value}
        onChange={(next) => onChange(byCatalogOrder(next))}
        onBlur={onBlur}
        onKeyDown={(event) => {
          // The chips above show what is mapped; Backspace in an empty search box must not remove one unseen.
          if (event.key === 'Backspace' && event.currentTarget.value === '') event.preventDefault();
        }}
        renderPill={() => null}
        renderOption={({ option, checked }) => {
          const criterion = CRITERIA_BY_ID.get(option.value);
          return (
            <Group gap="xs" wrap="nowrap" fw={checked ? 600 : undefined}>
              {checked ? (
                <IconCheck size={14} aria-hidden style={{ flexShrink: 0 }} />
              ) : (
                <span style={{ width: 14, flexShrink: 0 }} />
              )}
              <Text span size="sm" ff="monospace" w={52} style={{ flexShrink: 0 }}>
                {option.value}
              </Text>
              <Text span size="sm">
                {criterion?.topic}
              </Text>
            </Group>
          );
        }}
        searchable
        nothingFoundMessage="No criterion matches. Try an ID such as CC7.2, or a word from its topic."
        maxDropdownHeight={320}
        comboboxProps={{ withinPortal: true }}
        error={error}
        disabled={disabled}
      />
    </Stack>
  );
}
