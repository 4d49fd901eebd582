import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { addDaysToDate, addMonthsToDate } from '../../../../shared/domain/dates';
import { riskAssessmentSchema, type RiskAssessment } from '../../../../shared/domain/risks';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf, formatDate } from '../../components/format';
import { Label } from '../../components/labels';
import { FormTextInput, FormTextarea } from '../../components/FormFields';

type Values = z.input<typeof riskAssessmentSchema>;
type Output = z.output<typeof riskAssessmentSchema>;
const FIELDS = ['completedOn', 'performedBy', 'notes'] as const;

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

function RecordModal({ onClose, onRecorded }: { onClose: () => void; onRecorded: () => void }) {
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(riskAssessmentSchema),
    mode: 'onChange',
    defaultValues: { completedOn: todayIso(), performedBy: '', notes: '', markReviewed: true },
  });
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await call('risks.recordAssessment', values);
    if (result.ok) {
      onRecorded();
      onClose();
      return;
    }
    let placed = 0;
    for (const issue of inputIssues(result.error)) {
      if ((FIELDS as readonly string[]).includes(issue.path)) {
        form.setError(issue.path as (typeof FIELDS)[number], { type: 'server', message: issue.message });
        placed++;
      }
    }
    if (placed === 0) setFailure(result.error);
  });
  return (
    <Modal opened onClose={onClose} title="Record a completed risk assessment">
      <form onSubmit={submit} noValidate aria-label="Completed risk assessment">
        <Stack gap="md">
          <Text size="sm">
            Record this when management has gone through the whole register: every risk re-scored, its treatment
            confirmed and new risks added. The auditor asks for the date and who took part.
          </Text>
          <Controller
            control={form.control}
            name="completedOn"
            render={({ field, fieldState }) => (
              <TextInput {...field} type="date" label="Completed on" withAsterisk error={fieldState.error?.message} />
            )}
          />
          <FormTextInput
            control={form.control}
            name="performedBy"
            data-autofocus
            label="Performed by"
            description="The people who took part, e.g. the CEO and the compliance owner"
            withAsterisk
          />
          <FormTextarea
            control={form.control}
            name="notes"
            label="Notes"
            description="Optional: where the minutes are, what changed"
            minRows={2}
          />
          <Controller
            control={form.control}
            name="markReviewed"
            render={({ field }) => (
              <Checkbox
                checked={field.value ?? true}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                label="Mark every risk in the register reviewed on this date, next review a year later"
              />
            )}
          />
          {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              Record assessment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** When the register was last assessed as a whole, and the action to record a new assessment. */
export function AssessmentPanel({
  last,
  riskCount,
  onRecorded,
}: {
  last: RiskAssessment | null;
  riskCount: number;
  onRecorded: () => void;
}) {
  const [open, setOpen] = useState(false);
  const due = last ? addMonthsToDate(last.completedOn, 12) : null;
  const today = todayIso();
  const overdue = due !== null && due < today;
  const soon = due !== null && !overdue && due <= addDaysToDate(today, 90);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="assessment-title">
      <Stack gap="sm">
        <Title order={2} fz="h4" fw={600} id="assessment-title">
          Risk assessment
        </Title>
        <div data-testid="last-assessment">
          {last ? (
            <Stack gap={4}>
              <Group gap="xs">
                <Text size="sm">
                  Last complete assessment <strong>{formatDate(last.completedOn)}</strong>
                </Text>
                {overdue ? (
                  <Label color="red">Over a year ago</Label>
                ) : soon ? (
                  <Label color="yellow">Next one due soon</Label>
                ) : (
                  <Label color="teal">Within the year</Label>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                By {last.performedBy}, covering {countOf(last.riskCount, 'risk')}. Next one due by {formatDate(due)}.
              </Text>
            </Stack>
          ) : (
            <Text size="sm">
              No complete risk assessment recorded yet. Auditors expect one at least every year (CC3.2).
            </Text>
          )}
        </div>
        <Group>
          <Button
            variant="light"
            leftSection={<IconClipboardCheck size={16} aria-hidden />}
            onClick={() => setOpen(true)}
            disabled={riskCount === 0}
          >
            Record a completed assessment
          </Button>
        </Group>
      </Stack>
      {open ? <RecordModal onClose={() => setOpen(false)} onRecorded={onRecorded} /> : null}
    </Paper>
  );
}
