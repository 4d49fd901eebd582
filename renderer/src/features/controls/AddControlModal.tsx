import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { CategoryId } from '../../../../shared/catalog/categories';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { controlCreateSchema, type Control } from '../../../../shared/domain/controls';
import { call, inputIssues } from '../../client';
import { CriteriaField } from '../../components/CriteriaField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useDrafts } from '../../store/drafts';
import { ControlFieldsInputs } from './ControlFieldsInputs';

type CreateValues = z.input<typeof controlCreateSchema>;
type CreateOutput = z.output<typeof controlCreateSchema>;

const DRAFT_KEY = 'control:new';

const EMPTY: CreateValues = {
  name: '',
  description: '',
  ownerRole: 'Compliance Owner',
  owner: '',
  frequency: 'quarterly',
  type: 'preventive',
  mode: 'manual',
  status: 'not-started',
  criteria: [],
};

const FIELDS = new Set(['id', ...Object.keys(EMPTY)]);

interface AddControlModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (control: Control) => void;
  inScope: readonly CategoryId[];
}

/** A custom control: the same fields as a library control, plus the criteria it answers. */
export function AddControlModal({ opened, onClose, onCreated, inScope }: AddControlModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Add a control" size="xl" padding="lg">
      {opened ? <AddControlForm onCancel={onClose} onCreated={onCreated} inScope={inScope} /> : null}
    </Modal>
  );
}

function AddControlForm({
  onCancel,
  onCreated,
  inScope,
}: {
  onCancel: () => void;
  onCreated: (control: Control) => void;
  inScope: readonly CategoryId[];
}) {
  const [serverError, setServerError] = useState<ErrorShape | null>(null);
  const form = useForm<CreateValues, unknown, CreateOutput>({
    resolver: zodResolver(controlCreateSchema),
    mode: 'onChange',
    defaultValues: EMPTY,
  });
  const { control, handleSubmit, setError, getValues, reset, trigger, formState } = form;

  // What was typed survives closing the dialog or leaving the page, until it is saved.
  useEffect(() => {
    const draft = useDrafts.getState().drafts[DRAFT_KEY] as CreateValues | undefined;
    if (draft) {
      reset(draft, { keepDefaultValues: true });
      void trigger();
    }
    return () => {
      if (form.formState.isDirty) useDrafts.getState().keep(DRAFT_KEY, getValues());
      else useDrafts.getState().discard(DRAFT_KEY);
    };
    // Only on mount and unmount: the draft is read once, then the form owns the values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = await call('controls.create', values);
    if (result.ok) {
      reset(EMPTY);
      useDrafts.getState().discard(DRAFT_KEY);
      onCreated(result.value);
      return;
    }
    const issues = inputIssues(result.error);
    let placed = 0;
    for (const issue of issues) {
      const head = issue.path.split('.')[0] ?? '';
      if (FIELDS.has(head)) {
        setError(head as keyof CreateValues, { type: 'server', message: issue.message }, { shouldFocus: true });
        placed++;
      }
    }
    if (result.error.code === 'conflict') {
      setError('id', { type: 'server', message: result.error.message }, { shouldFocus: true });
      placed++;
    }
    if (placed === 0) setServerError(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a control">
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          For something your agency does that the library does not cover, such as a safeguard agreed with one client.
        </Text>
        <Controller
          control={control}
          name="id"
          render={({ field, fieldState }) => (
            <TextInput
              ref={field.ref}
              name={field.name}
              onBlur={field.onBlur}
              value={field.value ?? ''}
              onChange={(event) =>
                field.onChange(event.currentTarget.value === '' ? undefined : event.currentTarget.value)
              }
              label="ID"
              description="Optional: left empty, it gets the next free CU- number."
              placeholder="e.g. CU-01"
              maw={360}
              error={fieldState.error?.message}
            />
          )}
        />
        <ControlFieldsInputs control={control} columns={2} />
        <Controller
          control={control}
          name="criteria"
          render={({ field, fieldState }) => (
            <CriteriaField
              label="Criteria it answers"
              description="At least one. The control is in scope when one of its criteria is."
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inScope={inScope}
              error={fieldState.error?.message}
            />
          )}
        />
        {serverError ? (
          <ErrorNotice error={serverError} title="The control was not added" onClose={() => setServerError(null)} />
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={formState.isSubmitting}>
            Add control
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
