import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Divider, Group, Paper, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { controlUpdateSchema, type Control } from '../../../../shared/domain/controls';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useDrafts } from '../../store/drafts';
import { ControlFieldsInputs } from '../controls/ControlFieldsInputs';
import { SaveStatus } from '../../components/SaveStatus';
import { OwnerInPeople } from './OwnerInPeople';

type UpdateValues = z.input<typeof controlUpdateSchema>;
type UpdateOutput = z.output<typeof controlUpdateSchema>;

const FIELDS = ['name', 'description', 'ownerRole', 'owner', 'frequency', 'type', 'mode', 'status'] as const;

function toValues(c: Control): UpdateValues {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    ownerRole: c.ownerRole,
    owner: c.owner,
    frequency: c.frequency,
    type: c.type,
    mode: c.mode,
    status: c.status,
  };
}

function same(a: UpdateValues, b: Partial<UpdateValues> | undefined): boolean {
  return FIELDS.every((k) => a[k] === b?.[k]);
}

interface ControlFormProps {
  control: Control;
  onSaved: (control: Control) => void;
}

/** The control's wording, owner and nature: checked as the person types, saved with controls.update. */
export function ControlForm({ control, onSaved }: ControlFormProps) {
  const draftKey = `control:${control.id}`;
  const [serverError, setServerError] = useState<ErrorShape | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const form = useForm<UpdateValues, unknown, UpdateOutput>({
    resolver: zodResolver(controlUpdateSchema),
    mode: 'onChange',
    defaultValues: toValues(control),
  });
  const { control: formControl, handleSubmit, reset, setError, getValues, trigger, formState } = form;
  const owner = useWatch({ control: formControl, name: 'owner' });

  // Edits left unsaved when the person went elsewhere come back, and are kept when leaving again.
  useEffect(() => {
    const draft = useDrafts.getState().drafts[draftKey] as UpdateValues | undefined;
    if (draft && !same(draft, form.formState.defaultValues)) {
      reset(draft, { keepDefaultValues: true });
      void trigger();
    }
    return () => {
      const values = getValues();
      if (same(values, form.formState.defaultValues)) useDrafts.getState().discard(draftKey);
      else useDrafts.getState().keep(draftKey, values);
    };
    // Only on mount and unmount: the draft is read once, then the form owns the values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    setJustSaved(false);
    const result = await call('controls.update', values);
    if (result.ok) {
      reset(toValues(result.value));
      useDrafts.getState().discard(draftKey);
      setJustSaved(true);
      onSaved(result.value);
      return;
    }
    let placed = 0;
    for (const issue of inputIssues(result.error)) {
      const head = issue.path.split('.')[0] ?? '';
      if ((FIELDS as readonly string[]).includes(head)) {
        setError(head as (typeof FIELDS)[number], { type: 'server', message: issue.message }, { shouldFocus: true });
        placed++;
      }
    }
    if (placed === 0) setServerError(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Control details">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Title order={2} fz="h4" fw={600}>
            Details
          </Title>
          <ControlFieldsInputs control={formControl} columns={4} />
          <OwnerInPeople owner={owner ?? ''} />
          {serverError ? (
            <ErrorNotice error={serverError} title="The changes were not saved" onClose={() => setServerError(null)} />
          ) : null}
          <Divider />
          <Group gap="md">
            <Button type="submit" loading={formState.isSubmitting}>
              Save
            </Button>
            <SaveStatus saved={justSaved} dirty={formState.isDirty} />
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}
