import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { policyCreateSchema } from '../../../../shared/domain/policies';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';

const schema = policyCreateSchema.pick({ title: true, owner: true });
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;

function NewPolicyForm({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const [serverError, setServerError] = useState<ErrorShape | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values, unknown, Output>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: { title: '', owner: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = await call('policies.create', { ...values, body: '' });
    if (result.ok) return onCreated(result.value.id);
    const issue = inputIssues(result.error).find((i) => i.path === 'title');
    if (issue) setError('title', { type: 'server', message: issue.message }, { shouldFocus: true });
    else setServerError(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="New blank policy">
      <Stack gap="md">
        <TextInput
          label="Title"
          description="As it will head the document, e.g. “Clean Desk Policy”."
          withAsterisk
          data-autofocus
          error={formState.errors.title?.message}
          {...register('title')}
        />
        <TextInput
          label="Owner"
          description="The person who keeps it current. You can name them later."
          error={formState.errors.owner?.message}
          {...register('owner')}
        />
        {serverError ? <ErrorNotice error={serverError} title="The policy was not added" /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={formState.isSubmitting}>
            Add policy
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A blank policy, draft 1.0, with just a title (and optionally an owner). */
export function NewPolicyModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="New blank policy">
      {opened ? <NewPolicyForm onCreated={onCreated} onCancel={onClose} /> : null}
    </Modal>
  );
}
