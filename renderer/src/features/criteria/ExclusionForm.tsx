import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { requiredText } from '../../../../shared/contract/primitives';
import type { CriterionCoverage } from '../../../../shared/domain/controls';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormTextarea } from '../../components/FormFields';

/** The contract takes a nullable reason (null undoes); marking needs one, so the form asks for it. */
const reasonSchema = z.object({ reason: requiredText('A reason for marking the criterion not applicable', 1000) });
type ReasonValues = z.input<typeof reasonSchema>;

interface ExclusionFormProps {
  criterionId: string;
  onDone: (coverage: CriterionCoverage) => void;
  onCancel: () => void;
}

export function ExclusionForm({ criterionId, onDone, onCancel }: ExclusionFormProps) {
  const [serverError, setServerError] = useState<ErrorShape | null>(null);
  const form = useForm<ReasonValues>({
    resolver: zodResolver(reasonSchema),
    mode: 'onChange',
    defaultValues: { reason: '' },
  });
  const onSubmit = form.handleSubmit(async ({ reason }) => {
    setServerError(null);
    const result = await call('criteria.setExclusion', { criterionId, reason });
    if (result.ok) onDone(result.value);
    else setServerError(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Mark ${criterionId} not applicable`}>
      <Stack gap="sm" maw={620}>
        <FormTextarea
          control={form.control}
          name="reason"
          label={`Why does ${criterionId} not apply?`}
          description="The auditor reads this in your system description. Say what about your agency makes it irrelevant."
          withAsterisk
          minRows={2}
          maxRows={6}
        />
        {serverError ? (
          <ErrorNotice error={serverError} title="Not saved" onClose={() => setServerError(null)} />
        ) : null}
        <Group gap="sm">
          <Button type="submit" color="grape" size="sm" loading={form.formState.isSubmitting}>
            Mark not applicable
          </Button>
          <Button variant="default" size="sm" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
