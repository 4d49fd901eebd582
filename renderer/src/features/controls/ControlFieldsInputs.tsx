import { Autocomplete, Select, SimpleGrid, Stack } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { CONTROL_OWNER_ROLES } from '../../../../shared/catalog/controls';
import { FREQUENCY_OPTIONS, MODE_OPTIONS, STATUS_OPTIONS, TYPE_OPTIONS } from '../../components/controlOptions';
import { FormTextInput, FormTextarea } from '../../components/FormFields';

/** The fields every control form has, whatever else it holds (an ID, criteria). */
export interface ControlFieldValues {
  name: string;
  description: string;
  ownerRole: string;
  owner: string;
  frequency: string;
  type: string;
  mode: string;
  status: string;
}

interface ControlFieldsInputsProps<T extends FieldValues & ControlFieldValues, U extends FieldValues> {
  control: Control<T, unknown, U>;
  /** Narrow forms (a modal) put two selects on a line; the detail page puts four. */
  columns?: 2 | 4;
}

const OWNER_ROLES = [...CONTROL_OWNER_ROLES];

/**
 * Name, description, owner and the four choices of a control, wired to a
 * react-hook-form whose resolver is the contract's schema: errors show inline as
 * the person types.
 */
export function ControlFieldsInputs<T extends FieldValues & ControlFieldValues, U extends FieldValues>({
  control,
  columns = 4,
}: ControlFieldsInputsProps<T, U>) {
  const name = (key: keyof ControlFieldValues) => key as Path<T>;
  return (
    <Stack gap="md">
      <FormTextInput
        control={control}
        name={name('name')}
        label="Name"
        description="A short line that says what is done, e.g. “Quarterly access review”."
        withAsterisk
      />
      <FormTextarea
        control={control}
        name={name('description')}
        label="Description"
        description="Who does what, how often, and what record it leaves. The auditor tests against these words."
        withAsterisk
        minRows={3}
        maxRows={10}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Controller
          control={control}
          name={name('ownerRole')}
          render={({ field, fieldState }) => (
            <Autocomplete
              {...field}
              value={(field.value as string) ?? ''}
              label="Owner role"
              description="Accountable while no person is named."
              data={OWNER_ROLES}
              error={fieldState.error?.message}
            />
          )}
        />
        <FormTextInput
          control={control}
          name={name('owner')}
          label="Owner"
          description="Leave empty until someone is named."
          autoComplete="name"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2, xl: columns }} spacing="md">
        {(
          [
            ['frequency', 'Frequency', FREQUENCY_OPTIONS],
            ['type', 'Type', TYPE_OPTIONS],
            ['mode', 'Mode', MODE_OPTIONS],
            ['status', 'Status', STATUS_OPTIONS],
          ] as const
        ).map(([key, label, options]) => (
          <Controller
            key={key}
            control={control}
            name={name(key)}
            render={({ field, fieldState }) => (
              <Select
                ref={field.ref}
                name={field.name}
                value={(field.value as string) || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                label={label}
                data={options}
                allowDeselect={false}
                withAsterisk
                error={fieldState.error?.message}
              />
            )}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
