import { zodResolver } from '@hookform/resolvers/zod';
import { Autocomplete, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { planAssignSchema, type PlanItem } from '../../../../shared/check/plan';
import type { Finding } from '../../../../shared/check/types';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { addDaysToDate } from '../../../../shared/domain/dates';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';

const formSchema = planAssignSchema.omit({ key: true });
type Values = z.input<typeof formSchema>;
type Output = z.output<typeof formSchema>;
const FIELDS = ['owner', 'dueDate', 'note'] as const;

interface AssignModalProps {
  finding: Finding | null;
  item: PlanItem | undefined;
  /** Owners already used in the plan, offered as suggestions. */
  owners: string[];
  today: string;
  onClose: () => void;
  onSaved: () => void;
}

/** Give a finding an owner and a due date, or take it out of the plan. */
export function AssignModal({ finding, item, owners, today, onClose, onSaved }: AssignModalProps) {
  return (
    <Modal opened={finding !== null} onClose={onClose} title="Remediation: who fixes it, by when" size="lg">
      {finding ? (
        <AssignForm
          key={finding.key}
          finding={finding}
          item={item}
          owners={owners}
          today={today}
          onClose={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </Modal>
  );
}

function AssignForm({
  finding,
  item,
  owners,
  today,
  onClose,
  onSaved,
}: Omit<AssignModalProps, 'finding'> & { finding: Finding }) {
  const [serverError, setServerError] = useState<ErrorShape | null>(null);
  const [removing, setRemoving] = useState(false);
  const { register, control, handleSubmit, setError, formState } = useForm<Values, unknown, Output>({
    resolver: zodResolver(formSchema),
    mode: 'onTouched',
    reValidateMode: 'onChange',
    // Blockers get two weeks by default, the rest a month.
    defaultValues: {
      owner: item?.owner ?? '',
      dueDate: item?.dueDate ?? addDaysToDate(today, finding.severity === 'blocker' ? 14 : 30),
      note: item?.note ?? '',
    },
  });
  const { errors } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = await call('check.assign', { key: finding.key, ...values });
    if (result.ok) return onSaved();
    let placed = 0;
    for (const issue of inputIssues(result.error)) {
      const field = FIELDS.find((f) => f === issue.path.split('.')[0]);
      if (field) {
        setError(field, { type: 'server', message: issue.message }, { shouldFocus: placed === 0 });
        placed++;
      }
    }
    if (placed === 0) setServerError(result.error);
  });

  const remove = async () => {
    setRemoving(true);
    const result = await call('check.unassign', { key: finding.key });
    setRemoving(false);
    if (result.ok) onSaved();
    else setServerError(result.error);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Assign the finding">
      <Stack gap="md">
        <Text size="sm">{finding.message}</Text>
        <Text size="sm" c="dimmed">
          Fix: {finding.fix}
        </Text>
        <Controller
          control={control}
          name="owner"
          render={({ field }) => (
            <Autocomplete
              label="Owner"
              description="The person who will fix it"
              withAsterisk
              data-autofocus
              data={owners}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.owner?.message}
            />
          )}
        />
        <TextInput type="date" label="Due date" withAsterisk {...register('dueDate')} error={errors.dueDate?.message} />
        <Textarea label="Note" autosize minRows={2} maxRows={6} {...register('note')} error={errors.note?.message} />
        {serverError ? <ErrorNotice error={serverError} /> : null}
        <Group justify="space-between">
          {item ? (
            <Button variant="subtle" color="red" onClick={() => void remove()} loading={removing}>
              Remove from the plan
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={formState.isSubmitting}>
              Save
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
