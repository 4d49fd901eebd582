import { Checkbox, Select, SimpleGrid, Stack, TagsInput, Text } from '@mantine/core';
import { Controller, useWatch, type Control } from 'react-hook-form';
import {
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_STATUSES,
  INCIDENT_STATUS_LABELS,
  SEVERITIES,
  SEVERITY_DEFINITIONS,
  type Severity,
} from '../../../../shared/domain/incidents';
import type { IncidentFormOutput, IncidentFormValues } from './schema';
import { FormTextInput, FormTextarea } from '../../components/FormFields';

type FormControl = Control<IncidentFormValues, unknown, IncidentFormOutput>;

const SEVERITY_OPTIONS = SEVERITIES.map((s) => ({ value: s, label: SEVERITY_DEFINITIONS[s].label }));
const CATEGORY_OPTIONS = [
  {
    group: 'Trust Services categories',
    items: INCIDENT_CATEGORIES.filter((c) => !c.startsWith('ai-')).map((c) => ({
      value: c,
      label: INCIDENT_CATEGORY_LABELS[c],
    })),
  },
  {
    group: 'AI-specific',
    items: INCIDENT_CATEGORIES.filter((c) => c.startsWith('ai-')).map((c) => ({
      value: c,
      label: INCIDENT_CATEGORY_LABELS[c],
    })),
  },
];
const STATUS_OPTIONS = INCIDENT_STATUSES.map((s) => ({ value: s, label: INCIDENT_STATUS_LABELS[s] }));

function TextField({
  control,
  name,
  label,
  description,
  required,
}: {
  control: FormControl;
  name: 'title' | 'owner' | 'notifiedTo' | 'significantReason';
  label: string;
  description?: string;
  required?: boolean;
}) {
  return (
    <FormTextInput control={control} name={name} label={label} description={description} withAsterisk={required} />
  );
}

function WhenField({
  control,
  name,
  label,
  required,
}: {
  control: FormControl;
  name: 'occurredAt' | 'detectedAt' | 'resolvedAt' | 'notifiedAt';
  label: string;
  required?: boolean;
}) {
  return <FormTextInput control={control} name={name} type="datetime-local" label={label} withAsterisk={required} />;
}

function LongText({
  control,
  name,
  label,
  description,
}: {
  control: FormControl;
  name: 'description' | 'rootCause';
  label: string;
  description?: string;
}) {
  return (
    <FormTextarea control={control} name={name} label={label} description={description} minRows={3} maxRows={12} />
  );
}

/** Every field of the incident record except the post-mortem, grouped as the story is usually told. */
export function IncidentFields({ control }: { control: FormControl }) {
  const severity = useWatch({ control, name: 'severity' }) as Severity | undefined;
  const status = useWatch({ control, name: 'status' });
  const notify = useWatch({ control, name: 'notificationRequired' });
  const significant = useWatch({ control, name: 'significant' });
  const resolving = status === 'resolved' || status === 'closed';
  return (
    <Stack gap="md">
      <TextField control={control} name="title" label="Title" description="What happened, in one line" required />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Controller
          control={control}
          name="severity"
          render={({ field, fieldState }) => (
            <Select
              {...field}
              onChange={(v) => field.onChange(v ?? '')}
              label="Severity"
              withAsterisk
              data={SEVERITY_OPTIONS}
              allowDeselect={false}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="category"
          render={({ field, fieldState }) => (
            <Select
              {...field}
              onChange={(v) => field.onChange(v ?? '')}
              label="Category"
              withAsterisk
              data={CATEGORY_OPTIONS}
              allowDeselect={false}
              searchable
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="status"
          render={({ field, fieldState }) => (
            <Select
              {...field}
              onChange={(v) => field.onChange(v ?? '')}
              label="Status"
              withAsterisk
              data={STATUS_OPTIONS}
              allowDeselect={false}
              error={fieldState.error?.message}
            />
          )}
        />
      </SimpleGrid>
      {severity && SEVERITY_DEFINITIONS[severity] ? (
        <Text size="xs" c="dimmed" mt={-8} data-testid="severity-meaning">
          {SEVERITY_DEFINITIONS[severity].label}: {SEVERITY_DEFINITIONS[severity].meaning}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <WhenField control={control} name="occurredAt" label="Began" required />
        <WhenField control={control} name="detectedAt" label="Detected" required />
        {resolving ? <WhenField control={control} name="resolvedAt" label="Resolved" required /> : null}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextField control={control} name="owner" label="Incident lead" description="Who handled it" />
        <Controller
          control={control}
          name="affectedSystems"
          render={({ field }) => (
            <TagsInput {...field} label="Affected systems" description="Press Enter after each" clearable />
          )}
        />
        <Controller
          control={control}
          name="affectedClients"
          render={({ field }) => (
            <TagsInput {...field} label="Affected clients" description="Press Enter after each" clearable />
          )}
        />
      </SimpleGrid>
      <LongText
        control={control}
        name="description"
        label="Description"
        description="What was seen, by whom, and the effect on clients"
      />
      <LongText control={control} name="rootCause" label="Root cause" description="Why it happened, once known" />
      <Controller
        control={control}
        name="notificationRequired"
        render={({ field: { value, onChange, ...field } }) => (
          <Checkbox
            {...field}
            checked={value}
            onChange={(e) => onChange(e.currentTarget.checked)}
            label="Clients or a regulator had to be told"
            description="By contract, law or your own commitments"
          />
        )}
      />
      {notify ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <WhenField control={control} name="notifiedAt" label="Notified on" />
          <TextField control={control} name="notifiedTo" label="Notified whom" />
        </SimpleGrid>
      ) : null}
      <Controller
        control={control}
        name="significant"
        render={({ field: { value, onChange, ...field } }) => (
          <Checkbox
            {...field}
            checked={value}
            onChange={(e) => onChange(e.currentTarget.checked)}
            label="Significant incident"
            description="Significant incidents are disclosed in the system description the auditor reports on"
          />
        )}
      />
      {significant ? (
        <TextField control={control} name="significantReason" label="Why it is significant" required />
      ) : null}
    </Stack>
  );
}
