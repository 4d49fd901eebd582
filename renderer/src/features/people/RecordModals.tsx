import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorShape } from '../../../../shared/contract/errors';
import {
  acknowledgeSchema,
  TRAINING_IN_FUTURE,
  ACKNOWLEDGED_IN_FUTURE,
  trainingAddSchema,
  type PersonSummary,
} from '../../../../shared/domain/people';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useOperation } from '../../hooks/useOperation';
import { FormTextInput } from '../../components/FormFields';

/** Today in the person's own calendar, YYYY-MM-DD. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Picks people by name or email; one click fills in everyone who has not left. */
function PeopleField({
  people,
  value,
  onChange,
  error,
}: {
  people: readonly PersonSummary[];
  value: number[];
  onChange: (ids: number[]) => void;
  error: string | undefined;
}) {
  const options = useMemo(
    () => people.map((p) => ({ value: String(p.id), label: `${p.name} · ${p.email}` })),
    [people],
  );
  const current = useMemo(() => people.filter((p) => p.status !== 'left').map((p) => p.id), [people]);
  return (
    <Stack gap={4}>
      <MultiSelect
        label="People"
        withAsterisk
        placeholder={value.length ? undefined : 'Search by name or email'}
        data={options}
        value={value.map(String)}
        onChange={(v) => onChange(v.map(Number))}
        searchable
        clearable
        hidePickedOptions
        limit={50}
        maxDropdownHeight={240}
        nothingFoundMessage="No one matches"
        error={error}
      />
      <Group gap="xs">
        <Button variant="subtle" size="compact-sm" onClick={() => onChange(current)}>
          Everyone who has not left ({current.length})
        </Button>
      </Group>
    </Stack>
  );
}

type TrainingValues = z.input<typeof trainingAddSchema>;
type TrainingOutput = z.output<typeof trainingAddSchema>;

/** The contract's schema, plus the date check the service makes, so a future date is caught as it is typed. */
const ackFormSchema = acknowledgeSchema.refine((v) => v.acknowledgedOn <= localToday(), {
  path: ['acknowledgedOn'],
  message: ACKNOWLEDGED_IN_FUTURE,
});

const trainingFormSchema = trainingAddSchema.refine((v) => v.completedOn <= localToday(), {
  path: ['completedOn'],
  message: TRAINING_IN_FUTURE,
});

/** Records one course completed by one or many people, e.g. everyone at this year's awareness session. */
export function TrainingModal({
  people,
  preset,
  onClose,
  onSaved,
}: {
  people: readonly PersonSummary[];
  preset?: number[];
  onClose: () => void;
  onSaved: (added: number) => void;
}) {
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const form = useForm<TrainingValues, unknown, TrainingOutput>({
    resolver: zodResolver(trainingFormSchema),
    mode: 'onChange',
    defaultValues: { personIds: preset ?? [], course: 'Security awareness (annual)', completedOn: localToday() },
  });
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await call('people.addTraining', values);
    if (result.ok) onSaved(result.value.added);
    else setFailure(result.error);
  });
  return (
    <Modal opened onClose={onClose} title="Record training">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {preset ? null : (
            <Controller
              control={form.control}
              name="personIds"
              render={({ field, fieldState }) => (
                <PeopleField
                  people={people}
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldState.error?.message}
                />
              )}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="course"
              render={({ field, fieldState }) => (
                <TextInput {...field} label="Course" withAsterisk error={fieldState.error?.message} data-autofocus />
              )}
            />
            <Controller
              control={form.control}
              name="completedOn"
              render={({ field, fieldState }) => (
                <TextInput {...field} type="date" label="Completed on" withAsterisk error={fieldState.error?.message} />
              )}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            Security training counts for 12 months from the day it was completed.
          </Text>
          {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              Record training
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type AckValues = z.input<typeof acknowledgeSchema>;
type AckOutput = z.output<typeof acknowledgeSchema>;

/** Records that people read and accepted the approved version of a policy. */
export function AcknowledgeModal({
  people,
  preset,
  onClose,
  onSaved,
}: {
  people: readonly PersonSummary[];
  preset?: { personIds: number[]; policyId?: string };
  onClose: () => void;
  onSaved: (added: number) => void;
}) {
  const policies = useOperation('policies.list', {});
  const live = useMemo(() => (policies.data ?? []).filter((p) => p.live), [policies.data]);
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const form = useForm<AckValues, unknown, AckOutput>({
    resolver: zodResolver(ackFormSchema),
    mode: 'onChange',
    defaultValues: {
      personIds: preset?.personIds ?? [],
      policyId: preset?.policyId ?? '',
      acknowledgedOn: localToday(),
    },
  });
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await call('people.acknowledge', values);
    if (result.ok) onSaved(result.value.added);
    else setFailure(result.error);
  });
  return (
    <Modal opened onClose={onClose} title="Record policy acknowledgement">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {preset ? null : (
            <Controller
              control={form.control}
              name="personIds"
              render={({ field, fieldState }) => (
                <PeopleField
                  people={people}
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldState.error?.message}
                />
              )}
            />
          )}
          <Controller
            control={form.control}
            name="policyId"
            render={({ field, fieldState }) => (
              <Select
                ref={field.ref}
                name={field.name}
                onBlur={field.onBlur}
                label="Policy"
                description="Only approved policies can be acknowledged; the version in force is recorded"
                withAsterisk
                searchable
                data={live.map((p) => ({ value: p.id, label: `${p.title} (version ${p.live!.version})` }))}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                nothingFoundMessage={policies.data ? 'No approved policy yet' : 'Loading…'}
                error={fieldState.error ? 'Choose a policy' : undefined}
              />
            )}
          />
          <FormTextInput
            control={form.control}
            name="acknowledgedOn"
            type="date"
            label="Acknowledged on"
            withAsterisk
          />
          {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              Record acknowledgement
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
