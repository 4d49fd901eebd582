import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { requiredText } from '../../../../shared/contract/primitives';
import type { ErrorShape } from '../../../../shared/contract/errors';
import {
  CRITICALITIES,
  CRITICALITY_LABELS,
  REVIEW_FREQUENCIES,
  REVIEW_FREQUENCY_LABELS,
  type AccessSystem,
} from '../../../../shared/domain/access-reviews';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormTextInput } from '../../components/FormFields';

const schema = z.object({
  name: requiredText('System name', 120),
  owner: z.string().trim().max(120),
  inScope: z.boolean(),
  criticality: z.enum(CRITICALITIES),
  reviewFrequency: z.enum(REVIEW_FREQUENCIES),
  description: z.string().trim().max(2000),
});
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;
const FIELDS = ['name', 'owner', 'inScope', 'criticality', 'reviewFrequency', 'description'] as const;

/** Adds a system to the inventory or edits one. */
export function SystemModal({
  system,
  onClose,
  onSaved,
}: {
  system: AccessSystem | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(schema),
    mode: 'onChange',
    defaultValues: system
      ? {
          name: system.name,
          owner: system.owner,
          inScope: system.inScope,
          criticality: system.criticality,
          reviewFrequency: system.reviewFrequency,
          description: system.description,
        }
      : { name: '', owner: '', inScope: true, criticality: 'medium', reviewFrequency: 'quarterly', description: '' },
  });
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [removing, setRemoving] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = system
      ? await call('accessSystems.update', { id: system.id, fields: values })
      : await call('accessSystems.create', values);
    if (result.ok) {
      onSaved();
      onClose();
      return;
    }
    let placed = 0;
    for (const issue of inputIssues(result.error)) {
      const head = issue.path.replace(/^fields\./, '');
      if ((FIELDS as readonly string[]).includes(head)) {
        form.setError(head as (typeof FIELDS)[number], { type: 'server', message: issue.message });
        placed++;
      }
    }
    if (result.error.code === 'conflict' && !placed) {
      form.setError('name', { type: 'server', message: 'A system with this name is already in the inventory' });
      placed++;
    }
    if (!placed) setFailure(result.error);
  });

  const remove = async () => {
    if (!system) return;
    setRemoving(true);
    const result = await call('accessSystems.remove', { id: system.id });
    setRemoving(false);
    if (result.ok) {
      onSaved();
      onClose();
    } else setFailure(result.error);
  };

  return (
    <Modal opened onClose={onClose} title={system ? `Edit ${system.name}` : 'Add a system'} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label="System">
        <Stack gap="md">
          <FormTextInput
            control={form.control}
            name="name"
            label="Name"
            withAsterisk
            data-autofocus
            description="As people call it: GitHub, AWS production, Google Workspace"
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Controller
              control={form.control}
              name="owner"
              render={({ field }) => <TextInput {...field} label="Owner" description="Who answers for its access" />}
            />
            <Controller
              control={form.control}
              name="criticality"
              render={({ field }) => (
                <Select
                  {...field}
                  onChange={(v) => field.onChange(v ?? 'medium')}
                  label="Criticality"
                  allowDeselect={false}
                  data={CRITICALITIES.map((c) => ({ value: c, label: CRITICALITY_LABELS[c] }))}
                />
              )}
            />
            <Controller
              control={form.control}
              name="reviewFrequency"
              render={({ field }) => (
                <Select
                  {...field}
                  onChange={(v) => field.onChange(v ?? 'quarterly')}
                  label="Review access"
                  allowDeselect={false}
                  data={REVIEW_FREQUENCIES.map((f) => ({ value: f, label: REVIEW_FREQUENCY_LABELS[f] }))}
                />
              )}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="inScope"
            render={({ field: { value, onChange, ...field } }) => (
              <Checkbox
                {...field}
                checked={value}
                onChange={(e) => onChange(e.currentTarget.checked)}
                label="In scope"
                description="Part of the system the auditor examines, or holding client data"
              />
            )}
          />
          <Controller
            control={form.control}
            name="description"
            render={({ field }) => <Textarea {...field} label="What it holds" autosize minRows={2} />}
          />
          {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
          <Group justify="space-between">
            {system && system.reviews === 0 ? (
              <Button variant="subtle" color="red" onClick={() => void remove()} loading={removing}>
                Remove from the inventory
              </Button>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {system ? 'Save' : 'Add system'}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
