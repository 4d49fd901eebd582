import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Autocomplete, Button, Divider, Group, MultiSelect, SimpleGrid, Stack, Switch } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { changeCreateSchema, sameName, type ChangeDetail } from '../../../../shared/domain/changes';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SaveStatus } from '../../components/SaveStatus';
import { useOperation } from '../../hooks/useOperation';
import { placeIssues } from '../people/issues';
import { FormTextInput, FormTextarea } from '../../components/FormFields';

type Values = z.input<typeof changeCreateSchema>;
type Output = z.output<typeof changeCreateSchema>;
const FIELDS = Object.keys(changeCreateSchema.shape);

function valuesOf(c: ChangeDetail | null): Values {
  return {
    title: c?.title ?? '',
    description: c?.description ?? '',
    ticketRef: c?.ticketRef ?? '',
    author: c?.author ?? '',
    reviewer: c?.reviewer ?? '',
    approver: c?.approver ?? '',
    testEvidence: c?.testEvidence ?? '',
    evidenceIds: c?.evidence.map((e) => e.id) ?? [],
    deployedOn: c?.deployedOn ?? '',
    emergency: c?.emergency ?? false,
    significant: c?.significant ?? false,
    significantDescription: c?.significantDescription ?? '',
    controls: c?.controls ?? [],
  };
}

/** Warns, as the person types, that the approver is the author; saving is still allowed. */
function SegregationWarning({ control }: { control: Control<Values, unknown, Output> }) {
  const [author, approver] = useWatch({ control, name: ['author', 'approver'] });
  if (!sameName(approver ?? '', author ?? '')) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title="The approver is the author"
      data-testid="approver-warning"
    >
      An auditor expects someone other than the author to approve a change. You can still save it; the change is flagged
      as self-approved and the self-check reports it.
    </Alert>
  );
}

function SignificantDescription({ control }: { control: Control<Values, unknown, Output> }) {
  const significant = useWatch({ control, name: 'significant' });
  if (!significant) return null;
  return (
    <FormTextarea
      control={control}
      name="significantDescription"
      label="What changed, for the system description"
      description="A Type II description names the significant changes made during the period"
      withAsterisk
      minRows={2}
    />
  );
}

/** Record or edit a production change; validates as the person types with the contract's own schema. */
export function ChangeForm({
  change,
  onSaved,
  onCancel,
}: {
  change: ChangeDetail | null;
  onSaved: (c: ChangeDetail) => void;
  onCancel?: () => void;
}) {
  const people = useOperation('people.list', {});
  const controls = useOperation('controls.list', {});
  const evidence = useOperation('evidence.list', {});
  const names = useMemo(() => [...new Set((people.data ?? []).map((p) => p.name))], [people.data]);
  const controlOptions = useMemo(
    () => (controls.data ?? []).map((c) => ({ value: c.id, label: `${c.id} · ${c.name}` })),
    [controls.data],
  );
  const evidenceOptions = useMemo(
    () => (evidence.data ?? []).map((e) => ({ value: String(e.id), label: `${e.title} (${e.effectiveDate})` })),
    [evidence.data],
  );
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(changeCreateSchema),
    mode: 'onChange',
    defaultValues: valuesOf(change),
  });
  const { control } = form;

  const submit = form.handleSubmit(async (fields) => {
    setFailure(null);
    setSaved(false);
    const result = change
      ? await call('changes.update', { id: change.id, ...fields })
      : await call('changes.create', fields);
    if (result.ok) {
      form.reset(valuesOf(result.value));
      setSaved(true);
      onSaved(result.value);
      return;
    }
    const placed = placeIssues(result.error, FIELDS, (field, message) =>
      form.setError(field as keyof Values, { type: 'server', message }),
    );
    if (!placed) setFailure(result.error);
  });

  const text = (name: 'title' | 'ticketRef', label: string, required: boolean, description?: string) => (
    <FormTextInput control={control} name={name} label={label} description={description} withAsterisk={required} />
  );
  const person = (name: 'author' | 'reviewer' | 'approver', label: string, required: boolean, description: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Autocomplete
          ref={field.ref}
          name={field.name}
          onBlur={field.onBlur}
          value={field.value ?? ''}
          onChange={field.onChange}
          data={names}
          limit={20}
          label={label}
          description={description}
          withAsterisk={required}
          error={fieldState.error?.message}
        />
      )}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={change ? 'Change details' : 'New production change'}>
      <Stack gap="md">
        {text('title', 'Title', true)}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('ticketRef', 'Ticket', false, 'Where the request lives, e.g. ENG-412 or a pull request')}
          <FormTextInput
            control={control}
            name="deployedOn"
            type="date"
            label="Deployed on"
            description="Empty until it reaches production"
          />
        </SimpleGrid>
        <FormTextarea
          control={control}
          name="description"
          label="Request"
          description="What was asked for and why"
          minRows={2}
          maxRows={6}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {person('author', 'Author', true, 'Who made the change')}
          {person('reviewer', 'Reviewer', false, 'Who reviewed the code or config')}
          {person('approver', 'Approver', false, 'Who approved it for production')}
        </SimpleGrid>
        <SegregationWarning control={control} />
        <FormTextarea
          control={control}
          name="testEvidence"
          label="Test evidence"
          description="How it was tested: CI run, evaluation results, a manual check"
          minRows={2}
          maxRows={6}
        />
        <Controller
          control={control}
          name="evidenceIds"
          render={({ field, fieldState }) => (
            <MultiSelect
              ref={field.ref}
              name={field.name}
              onBlur={field.onBlur}
              label="Linked evidence"
              description="Evidence items in the vault that show the testing or approval"
              data={evidenceOptions}
              value={(field.value ?? []).map(String)}
              onChange={(v) => field.onChange(v.map(Number))}
              searchable
              clearable
              hidePickedOptions
              limit={50}
              nothingFoundMessage="No evidence item matches"
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="controls"
          render={({ field, fieldState }) => (
            <MultiSelect
              ref={field.ref}
              name={field.name}
              onBlur={field.onBlur}
              label="Controls"
              description="The controls this change touches or evidences, e.g. change management"
              data={controlOptions}
              value={field.value ?? []}
              onChange={field.onChange}
              searchable
              clearable
              hidePickedOptions
              limit={50}
              nothingFoundMessage="No control matches"
              error={fieldState.error?.message}
            />
          )}
        />
        <Group gap="xl">
          <Controller
            control={control}
            name="emergency"
            render={({ field }) => (
              <Switch
                ref={field.ref}
                name={field.name}
                checked={field.value ?? false}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                label="Emergency change"
                description="Deployed before the usual approval"
              />
            )}
          />
          <Controller
            control={control}
            name="significant"
            render={({ field }) => (
              <Switch
                ref={field.ref}
                name={field.name}
                checked={field.value ?? false}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                label="Significant change"
                description="Changes the system as the report describes it"
              />
            )}
          />
        </Group>
        <SignificantDescription control={control} />
        {failure ? (
          <ErrorNotice error={failure} title="The change was not saved" onClose={() => setFailure(null)} />
        ) : null}
        <Divider />
        <Group gap="md">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {change ? 'Save' : 'Record change'}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
          <SaveStatus saved={saved} dirty={form.formState.isDirty} />
        </Group>
      </Stack>
    </form>
  );
}
