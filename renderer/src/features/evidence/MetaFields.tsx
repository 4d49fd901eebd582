import { MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, type Control as FormControl, type FieldValues, type Path } from 'react-hook-form';
import type { Control } from '../../../../shared/domain/controls';
import { TYPE_OPTIONS } from './schema';
import { FormTextInput, FormTextarea } from '../../components/FormFields';

interface MetaFieldsProps<T extends FieldValues, O extends FieldValues> {
  control: FormControl<T, unknown, O>;
  controls: readonly Control[];
  /** Hint under the title, e.g. that an empty title takes each file's name. */
  titleHint?: string;
  titleRequired?: boolean;
  /** The validity override only makes sense once the item exists. */
  withValidUntil?: boolean;
}

/** The details every evidence item carries: what it is, when it shows, who owns it, which controls it proves. */
export function MetaFields<T extends FieldValues, O extends FieldValues>({
  control,
  controls,
  titleHint,
  titleRequired = true,
  withValidUntil = false,
}: MetaFieldsProps<T, O>) {
  const name = (n: string) => n as Path<T>;
  const controlOptions = controls.map((c) => ({ value: c.id, label: `${c.id} · ${c.name}` }));
  return (
    <>
      <FormTextInput
        control={control}
        name={name('title')}
        label="Title"
        description={titleHint}
        withAsterisk={titleRequired}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Controller
          control={control}
          name={name('type')}
          render={({ field, fieldState }) => (
            <Select
              {...field}
              value={(field.value as string) ?? null}
              onChange={(v) => field.onChange(v ?? '')}
              label="Type"
              withAsterisk
              data={TYPE_OPTIONS}
              allowDeselect={false}
              error={fieldState.error?.message}
            />
          )}
        />
        <FormTextInput
          control={control}
          name={name('owner')}
          label="Owner"
          description="Who collected it or answers for it"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: withValidUntil ? 2 : 3 }}>
        {(
          [
            ['effectiveDate', 'Effective date', 'The date the evidence shows'],
            ['coversFrom', 'Covers from', 'Optional'],
            ['coversTo', 'Covers to', 'Optional'],
            ...(withValidUntil ? [['validUntil', 'Valid until', 'Leave empty to follow the controls']] : []),
          ] as const
        ).map(([key, label, hint]) => (
          <Controller
            key={key}
            control={control}
            name={name(key)}
            render={({ field, fieldState }) => (
              <TextInput
                {...field}
                value={(field.value as string) ?? ''}
                type="date"
                label={label}
                description={hint}
                withAsterisk={key === 'effectiveDate'}
                error={fieldState.error?.message}
              />
            )}
          />
        ))}
      </SimpleGrid>
      <Controller
        control={control}
        name={name('controls')}
        render={({ field, fieldState }) => (
          <MultiSelect
            ref={field.ref}
            name={field.name}
            onBlur={field.onBlur}
            value={(field.value as string[]) ?? []}
            onChange={field.onChange}
            label="Controls"
            description="The controls this evidence proves; at least one"
            placeholder={(field.value as string[] | undefined)?.length ? undefined : 'Search controls'}
            withAsterisk
            searchable
            clearable
            hidePickedOptions
            maxDropdownHeight={260}
            data={controlOptions}
            nothingFoundMessage="No control matches"
            error={fieldState.error?.message}
          />
        )}
      />
      <FormTextarea
        control={control}
        name={name('description')}
        label="Description"
        description="Optional: what the file shows, for the auditor"
        minRows={2}
        maxRows={6}
      />
    </>
  );
}
