import { zodResolver } from '@hookform/resolvers/zod';
import { Blockquote, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { controlApplicabilitySchema, type Control } from '../../../../shared/domain/controls';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormTextarea } from '../../components/FormFields';

type ApplicabilityValues = z.input<typeof controlApplicabilitySchema>;
type ApplicabilityOutput = z.output<typeof controlApplicabilitySchema>;

interface ApplicabilityCardProps {
  control: Control;
  onChanged: (control: Control) => void;
}

/** The reason a control does not apply, asked for before it is marked; the form is the contract's schema. */
function ReasonForm({
  control,
  onDone,
  onCancel,
}: {
  control: Control;
  onDone: (c: Control) => void;
  onCancel: () => void;
}) {
  const [serverError, setServerError] = useState<ErrorShape | null>(null);
  const form = useForm<ApplicabilityValues, unknown, ApplicabilityOutput>({
    resolver: zodResolver(controlApplicabilitySchema),
    mode: 'onChange',
    defaultValues: { id: control.id, notApplicable: true, reason: '' },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setServerError(null);
    const result = await call('controls.setApplicability', values);
    if (result.ok) {
      onDone(result.value);
      return;
    }
    const issue = inputIssues(result.error).find((i) => i.path.startsWith('reason'));
    if (issue) form.setError('reason', { type: 'server', message: issue.message }, { shouldFocus: true });
    else setServerError(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Reason it does not apply">
      <Stack gap="sm">
        <FormTextarea
          control={form.control}
          name="reason"
          label="Why does it not apply?"
          description="The auditor reads this. For example: “We have no offices; all staff work remotely.”"
          withAsterisk
          minRows={2}
          maxRows={6}
          data-autofocus
        />
        {serverError ? (
          <ErrorNotice error={serverError} title="Not saved" onClose={() => setServerError(null)} />
        ) : null}
        <Group gap="sm">
          <Button type="submit" color="grape" loading={form.formState.isSubmitting}>
            Mark not applicable
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Whether the control applies. Marking it not applicable needs a reason; the reason is shown once set. */
export function ApplicabilityCard({ control, onChanged }: ApplicabilityCardProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorShape | null>(null);
  const [announce, setAnnounce] = useState('');
  const notApplicable = control.notApplicableReason !== null;

  const makeApplicable = async () => {
    setBusy(true);
    setError(null);
    const result = await call('controls.setApplicability', { id: control.id, notApplicable: false });
    setBusy(false);
    if (result.ok) {
      setAnnounce(`${control.id} applies again.`);
      onChanged(result.value);
    } else setError(result.error);
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="applicability-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} fz="h4" fw={600} id="applicability-title">
            Applicability
          </Title>
          <Text size="sm" c="dimmed">
            A control that does not fit your agency can be left out, with a reason. It no longer counts towards the
            coverage of its criteria.
          </Text>
        </Stack>
        <Switch
          label="Not applicable"
          checked={notApplicable || asking}
          disabled={busy}
          onChange={(event) => {
            setAnnounce('');
            if (event.currentTarget.checked) setAsking(true);
            else if (notApplicable) void makeApplicable();
            else setAsking(false);
          }}
        />
        {notApplicable ? (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Reason given
            </Text>
            <Blockquote p="sm" color="grape" iconSize={0} data-testid="not-applicable-reason">
              <Text size="sm">{control.notApplicableReason}</Text>
            </Blockquote>
          </Stack>
        ) : asking ? (
          <ReasonForm
            control={control}
            onCancel={() => setAsking(false)}
            onDone={(next) => {
              setAsking(false);
              setAnnounce(`${control.id} is marked not applicable.`);
              onChanged(next);
            }}
          />
        ) : null}
        {error ? <ErrorNotice error={error} title="Not saved" onClose={() => setError(null)} /> : null}
        <div role="status" aria-live="polite" className="attest-visually-hidden">
          {announce}
        </div>
      </Stack>
    </Paper>
  );
}
