import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Divider, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { personCreateSchema, type PersonDetail } from '../../../../shared/domain/people';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SaveStatus } from '../../components/SaveStatus';
import { placeIssues } from './issues';
import { FormTextInput, FormTextarea } from '../../components/FormFields';

type Values = z.input<typeof personCreateSchema>;
type Output = z.output<typeof personCreateSchema>;
const FIELDS = ['name', 'email', 'role', 'startDate', 'endDate', 'backgroundCheckDate', 'notes'] as const;

function valuesOf(p: PersonDetail | null): Values {
  return {
    name: p?.name ?? '',
    email: p?.email ?? '',
    role: p?.role ?? '',
    startDate: p?.startDate ?? '',
    endDate: p?.endDate ?? '',
    backgroundCheckDate: p?.backgroundCheckDate ?? '',
    notes: p?.notes ?? '',
  };
}

const DATES = [
  ['startDate', 'Start date', 'Their first day', true],
  ['endDate', 'End date', 'Empty while they still work here', false],
  ['backgroundCheckDate', 'Background check', 'When it was completed; empty if none', false],
] as const;

/** Add or edit a person; validates as the person types with the contract's own schema. */
export function PersonForm({
  person,
  onSaved,
  onCancel,
}: {
  person: PersonDetail | null;
  onSaved: (p: PersonDetail) => void;
  onCancel?: () => void;
}) {
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(personCreateSchema),
    mode: 'onChange',
    defaultValues: valuesOf(person),
  });
  const { control } = form;

  const submit = form.handleSubmit(async (fields) => {
    setFailure(null);
    setSaved(false);
    const result = person
      ? await call('people.update', { id: person.id, ...fields })
      : await call('people.create', fields);
    if (result.ok) {
      form.reset(valuesOf(result.value));
      setSaved(true);
      onSaved(result.value);
      return;
    }
    const placed = placeIssues(result.error, FIELDS, (field, message) =>
      form.setError(field as (typeof FIELDS)[number], { type: 'server', message }),
    );
    if (!placed) setFailure(result.error);
  });

  const text = (name: 'name' | 'email' | 'role', label: string, required: boolean, description?: string) => (
    <FormTextInput
      control={control}
      name={name}
      label={label}
      description={description}
      withAsterisk={required}
      type={name === 'email' ? 'email' : 'text'}
      data-autofocus={name === 'name' && !person ? true : undefined}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={person ? 'Person details' : 'New person'}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('name', 'Name', true)}
          {text('email', 'Email', true)}
        </SimpleGrid>
        {text('role', 'Role', false, 'Job title or function, e.g. ML engineer')}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {DATES.map(([name, label, hint, required]) => (
            <Controller
              key={name}
              control={control}
              name={name}
              render={({ field, fieldState }) => (
                <TextInput
                  {...field}
                  value={field.value ?? ''}
                  type="date"
                  label={label}
                  description={hint}
                  withAsterisk={required}
                  error={fieldState.error?.message}
                />
              )}
            />
          ))}
        </SimpleGrid>
        <FormTextarea
          control={control}
          name="notes"
          label="Notes"
          description="Optional, e.g. a contractor's agency or where the background check is filed"
          minRows={2}
          maxRows={5}
        />
        {failure ? (
          <ErrorNotice error={failure} title="The person was not saved" onClose={() => setFailure(null)} />
        ) : null}
        <Divider />
        <Group gap="md">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {person ? 'Save' : 'Add person'}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
          <SaveStatus saved={saved} dirty={form.formState.isDirty} />
        </Group>
      </Stack>
    </form>
  );
}
