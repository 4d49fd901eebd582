import { SaveStatus } from '../../components/SaveStatus';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Divider, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { ErrorShape } from '../../../../shared/contract/errors';
import {
  engagementBasicsSchema,
  engagementWarnings,
  type Engagement,
  type EngagementBasics,
  type ReportType,
} from '../../../../shared/domain/engagement';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useScopeDraft } from './draft';
import {
  FIELD_NAMES,
  splitIssues,
  toFormValues,
  toUpdateInput,
  type EngagementField,
  type EngagementFormValues,
} from './formValues';
import { ReportTypeField } from './ReportTypeField';
import classes from './Scope.module.css';

const DATE_FIELDS: Record<ReportType, EngagementField[]> = {
  type1: ['asOfDate'],
  type2: ['periodStart', 'periodEnd'],
};

interface EngagementFormProps {
  vaultId: string;
  engagement: Engagement;
  /** Advice from the host on the saved engagement, such as an unusual Type II period length. */
  warnings: readonly string[];
  onSaved: (engagement: Engagement) => void;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function sameValues(a: Partial<EngagementFormValues>, b: Partial<EngagementFormValues> | undefined): boolean {
  return FIELD_NAMES.every((k) => (a[k] ?? '') === (b?.[k] ?? ''));
}

/** The engagement basics: validated as the person types, saved with engagement.update. */
export function EngagementForm({ vaultId, engagement, warnings, onSaved }: EngagementFormProps) {
  const { draft, discard } = useScopeDraft();
  const [serverError, setServerError] = useState<ErrorShape | null>(null);
  const [justSaved, setJustSaved] = useState(false);

  // The default values are what the vault holds; `isDirty` and the draft are measured against them.
  const form = useForm<EngagementFormValues, unknown, EngagementBasics>({
    resolver: zodResolver(engagementBasicsSchema),
    mode: 'onChange',
    defaultValues: toFormValues(engagement),
  });
  const { register, control, handleSubmit, reset, setError, clearErrors, trigger, getValues, formState } = form;
  const { errors, isDirty, isSubmitting, dirtyFields } = formState;
  const reportType = useWatch({ control, name: 'reportType' });
  const [periodStart, periodEnd] = useWatch({ control, name: ['periodStart', 'periodEnd'] });

  // The host's advice holds for the saved dates; while they are being edited, the same rule runs on what is typed.
  const datesEdited = Boolean(dirtyFields.reportType || dirtyFields.periodStart || dirtyFields.periodEnd);
  const datesValid =
    DATE_RE.test(periodStart ?? '') && DATE_RE.test(periodEnd ?? '') && !errors.periodStart && !errors.periodEnd;
  const advice =
    reportType !== 'type2'
      ? []
      : !datesEdited
        ? warnings
        : datesValid
          ? engagementWarnings({ reportType, periodStart: periodStart ?? null, periodEnd: periodEnd ?? null })
          : [];

  // Bring back edits left unsaved when the person went to another area, and keep them when leaving again.
  useEffect(() => {
    if (draft && draft.vaultId === vaultId && !sameValues(draft.values, form.formState.defaultValues)) {
      reset(draft.values, { keepDefaultValues: true });
      void trigger();
    }
    return () => {
      const values = getValues();
      if (sameValues(values, form.formState.defaultValues)) useScopeDraft.getState().discard();
      else useScopeDraft.getState().keep(vaultId, values);
    };
    // Only on mount and unmount: the draft is read once, then the form owns the values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onTypeChange = (next: ReportType) => {
    const other: ReportType = next === 'type1' ? 'type2' : 'type1';
    clearErrors(DATE_FIELDS[other]);
    // Re-check the dates of the chosen type only where something was typed; blanks are flagged on save.
    const typed = DATE_FIELDS[next].filter((name) => (getValues(name) ?? '') !== '');
    if (typed.length) void trigger(typed);
  };

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    setJustSaved(false);
    const result = await call('engagement.update', toUpdateInput(values));
    if (result.ok) {
      reset(toFormValues(result.value));
      discard();
      setJustSaved(true);
      onSaved(result.value);
      return;
    }
    const { fields, other } = splitIssues(inputIssues(result.error));
    for (const field of fields) setError(field.name, { type: 'server', message: field.message }, { shouldFocus: true });
    if (fields.length === 0 || other.length > 0) setServerError(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Engagement basics">
      <Paper withBorder radius="md" p="lg" maw={760}>
        <Stack gap="lg">
          <Stack gap="md">
            <Title order={2} fz="h4" fw={600}>
              Organisation and system
            </Title>
            <TextInput
              label="Organisation name"
              description="The legal name that will appear on the report."
              autoComplete="organization"
              withAsterisk
              error={errors.orgName?.message}
              {...register('orgName')}
            />
            <TextInput
              label="System name"
              description="The service the report covers, for example “Acme model hosting platform”."
              withAsterisk
              error={errors.systemName?.message}
              {...register('systemName')}
            />
          </Stack>

          <Divider />

          <Stack gap="md">
            <Title order={2} fz="h4" fw={600}>
              Report
            </Title>
            <Controller
              control={control}
              name="reportType"
              render={({ field, fieldState }) => (
                <ReportTypeField
                  value={field.value}
                  onChange={(next) => {
                    field.onChange(next);
                    onTypeChange(next);
                  }}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
            {reportType === 'type1' ? (
              <TextInput
                className={classes.dates}
                type="date"
                label="As-of date"
                description="The one date on which the auditor examines the design of your controls."
                withAsterisk
                error={errors.asOfDate?.message}
                {...register('asOfDate')}
              />
            ) : (
              <Group grow align="flex-start" className={classes.dates}>
                <TextInput
                  type="date"
                  label="Period start"
                  description="The first day the report covers."
                  withAsterisk
                  error={errors.periodStart?.message}
                  {...register('periodStart', { deps: ['periodEnd'] })}
                />
                <TextInput
                  type="date"
                  label="Period end"
                  description="The last day, also included."
                  withAsterisk
                  error={errors.periodEnd?.message}
                  {...register('periodEnd')}
                />
              </Group>
            )}
            {advice.length > 0 ? (
              <Alert
                role="note"
                variant="light"
                color="blue"
                icon={<IconInfoCircle size={18} aria-hidden />}
                className={classes.dates}
                data-testid="engagement-advice"
              >
                <Stack gap={4}>
                  {advice.map((line) => (
                    <Text key={line} size="sm">
                      {line}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            ) : null}
          </Stack>

          {serverError ? (
            <ErrorNotice error={serverError} title="The changes were not saved" onClose={() => setServerError(null)} />
          ) : null}

          <Divider />

          <Group gap="md">
            <Button type="submit" loading={isSubmitting} disabled={isSubmitting}>
              Save
            </Button>
            <SaveStatus saved={justSaved} dirty={isDirty} />
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}
