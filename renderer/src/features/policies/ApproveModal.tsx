import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { policyApproveSchema, type PolicyDetail } from '../../../../shared/domain/policies';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { approvalToday } from './format';
import { usePoliciesView } from './view';

/** The contract's approval schema without the policy ID, and no approval dated after today. */
const approveFormSchema = policyApproveSchema.omit({ id: true }).extend({
  approvedOn: policyApproveSchema.shape.approvedOn.refine(
    (date) => date <= approvalToday(),
    'The approval date cannot be in the future',
  ),
});
type Values = z.input<typeof approveFormSchema>;
type Output = z.output<typeof approveFormSchema>;
const FIELDS = ['approverName', 'approverTitle', 'approvedOn', 'effectiveDate', 'note'] as const;

interface ApproveFormProps {
  policyId: string;
  version: string;
  onApproved: (policy: PolicyDetail) => void;
  onCancel: () => void;
}

function ApproveForm({ policyId, version, onApproved, onCancel }: ApproveFormProps) {
  const lastApprover = usePoliciesView((s) => s.lastApprover);
  const setLastApprover = usePoliciesView((s) => s.setLastApprover);
  const [serverError, setServerError] = useState<ErrorShape | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values, unknown, Output>({
    resolver: zodResolver(approveFormSchema),
    mode: 'onTouched',
    reValidateMode: 'onChange',
    defaultValues: {
      approverName: lastApprover?.name ?? '',
      approverTitle: lastApprover?.title ?? '',
      approvedOn: approvalToday(),
      effectiveDate: undefined,
      note: '',
    },
  });
  const { errors } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = await call('policies.approve', { id: policyId, ...values });
    if (result.ok) {
      setLastApprover({ name: values.approverName, title: values.approverTitle });
      onApproved(result.value);
      return;
    }
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

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record the approval">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Record who in management approved version {version}, and when. Once recorded, version {version} becomes the
          live policy and its text can no longer change.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <TextInput
            label="Approver name"
            description="Who in management approved it"
            withAsterisk
            data-autofocus
            autoComplete="name"
            error={errors.approverName?.message}
            {...register('approverName')}
          />
          <TextInput
            label="Approver title"
            description="Their role, e.g. CEO"
            withAsterisk
            autoComplete="organization-title"
            error={errors.approverTitle?.message}
            {...register('approverTitle')}
          />
          <TextInput
            type="date"
            label="Approval date"
            description="The day management approved it"
            withAsterisk
            max={approvalToday()}
            error={errors.approvedOn?.message}
            {...register('approvedOn')}
          />
          <TextInput
            type="date"
            label="Effective date"
            description="Optional; the approval date if left empty"
            error={errors.effectiveDate?.message}
            {...register('effectiveDate', { setValueAs: (v: unknown) => (v === '' || v == null ? undefined : v) })}
          />
        </SimpleGrid>
        <Textarea
          label="Note"
          description="Optional, e.g. “Approved at the board meeting of 12 March”."
          autosize
          minRows={2}
          maxRows={5}
          error={errors.note?.message}
          {...register('note')}
        />
        {serverError ? <ErrorNotice error={serverError} title="The approval was not recorded" /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" color="teal" loading={formState.isSubmitting}>
            Record approval
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ApproveModal({
  opened,
  onClose,
  ...props
}: Omit<ApproveFormProps, 'onCancel'> & { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={`Approve version ${props.version}`}>
      {opened ? <ApproveForm {...props} onCancel={onClose} /> : null}
    </Modal>
  );
}
