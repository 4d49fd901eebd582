import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Divider,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { ErrorShape } from '../../../../shared/contract/errors';
import {
  CRITICALITIES,
  CRITICALITY_LABELS,
  DATA_CLASSES,
  DATA_CLASS_LABELS,
  SUBSERVICE_METHOD_LABELS,
  SUBSERVICE_METHODS,
  VENDOR_KINDS,
  VENDOR_KIND_LABELS,
  vendorFieldsSchema,
  type Vendor,
  type VendorFields,
  type VendorFieldsInput,
} from '../../../../shared/domain/vendors';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SaveStatus } from '../../components/SaveStatus';
import { ControlLinks } from '../risks/ControlLinks';
import { ControlsField } from '../risks/ControlsField';
import { fieldIssues } from '../risks/issues';
import { CsocsField } from './CsocsField';
import { EvidenceField } from './EvidenceField';
import { FormTextInput, FormTextarea } from '../../components/FormFields';

type Values = VendorFieldsInput;
const FIELD_NAMES = Object.keys(vendorFieldsSchema.shape) as (keyof Values)[];

export function valuesOf(v: Vendor | null): Values {
  return {
    name: v?.name ?? '',
    service: v?.service ?? '',
    kind: v?.kind ?? (undefined as unknown as VendorFields['kind']),
    dataShared: v?.dataShared ?? '',
    dataClassification: v?.dataClassification ?? (undefined as unknown as VendorFields['dataClassification']),
    criticality: v?.criticality ?? (undefined as unknown as VendorFields['criticality']),
    owner: v?.owner ?? '',
    subserviceMethod: v?.subserviceMethod ?? null,
    csocs: v?.csocs ?? [],
    socReportType: v?.socReportType ?? null,
    socReceivedOn: v?.socReceivedOn ?? '',
    socPeriodFrom: v?.socPeriodFrom ?? '',
    socPeriodTo: v?.socPeriodTo ?? '',
    socReviewedOn: v?.socReviewedOn ?? '',
    socExceptions: v?.socExceptions ?? null,
    socNotes: v?.socNotes ?? '',
    lastReviewed: v?.lastReviewed ?? '',
    nextReview: v?.nextReview ?? '',
    notes: v?.notes ?? '',
    controls: v?.controls.map((c) => c.id) ?? [],
    evidence: v?.evidence.map((e) => e.id) ?? [],
  };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={2} fz="h4" fw={600}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** Create or edit a vendor; validates as the person types with the contract's own schema. */
export function VendorForm({ vendor, onSaved }: { vendor: Vendor | null; onSaved: (v: Vendor) => void }) {
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, VendorFields>({
    resolver: zodResolver(vendorFieldsSchema),
    mode: 'onChange',
    defaultValues: valuesOf(vendor),
  });
  const { control } = form;
  const [method, csocs] = useWatch({ control, name: ['subserviceMethod', 'csocs'] });

  const submit = form.handleSubmit(async (fields) => {
    setFailure(null);
    setSaved(false);
    const result = vendor
      ? await call('vendors.update', { id: vendor.id, fields })
      : await call('vendors.create', { fields });
    if (result.ok) {
      form.reset(valuesOf(result.value));
      setSaved(true);
      onSaved(result.value);
      return;
    }
    let placed = 0;
    for (const issue of fieldIssues(result.error)) {
      if ((FIELD_NAMES as string[]).includes(issue.field)) {
        form.setError(issue.field as keyof Values, { type: 'server', message: issue.message });
        placed++;
      }
    }
    if (placed === 0) setFailure(result.error);
  });

  const text = (name: 'name' | 'service' | 'owner', label: string, description?: string, required = false) => (
    <FormTextInput control={control} name={name} label={label} description={description} withAsterisk={required} />
  );
  const area = (name: 'dataShared' | 'socNotes' | 'notes', label: string, description?: string) => (
    <FormTextarea control={control} name={name} label={label} description={description} minRows={2} maxRows={6} />
  );
  const date = (
    name: 'socReceivedOn' | 'socPeriodFrom' | 'socPeriodTo' | 'socReviewedOn' | 'lastReviewed' | 'nextReview',
    label: string,
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput {...field} value={field.value ?? ''} type="date" label={label} error={fieldState.error?.message} />
      )}
    />
  );
  const choice = <K extends 'kind' | 'criticality' | 'dataClassification'>(
    name: K,
    label: string,
    options: readonly string[],
    labels: Record<string, string>,
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          ref={field.ref}
          name={field.name}
          onBlur={field.onBlur}
          label={label}
          withAsterisk
          placeholder="Choose one"
          data={options.map((o) => ({ value: o, label: labels[o]! }))}
          value={(field.value as string | undefined) ?? null}
          onChange={(v) => field.onChange(v ?? undefined)}
          allowDeselect={false}
          error={fieldState.error?.message}
        />
      )}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={vendor ? `Vendor ${vendor.name}` : 'New vendor'}>
      <Stack gap="lg">
        <Section title="The vendor">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('name', 'Name', undefined, true)}
            {choice('kind', 'Kind', VENDOR_KINDS, VENDOR_KIND_LABELS)}
          </SimpleGrid>
          {text('service', 'Service provided', 'What it does for your system')}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {choice('criticality', 'Criticality', CRITICALITIES, CRITICALITY_LABELS)}
            {text('owner', 'Owner', 'Who manages the relationship')}
          </SimpleGrid>
        </Section>

        <Section title="Data shared">
          {choice('dataClassification', 'Classification of the data shared', DATA_CLASSES, DATA_CLASS_LABELS)}
          {area('dataShared', 'What data it receives or holds')}
        </Section>

        <Section title="Subservice organization">
          <Controller
            control={control}
            name="subserviceMethod"
            render={({ field }) => (
              <Stack gap="sm">
                <Switch
                  label="Runs part of the system (a subservice organization)"
                  description="For example the cloud that hosts production, or the model API your deliverables call. The system description names it."
                  checked={field.value !== null && field.value !== undefined}
                  onChange={(e) => field.onChange(e.currentTarget.checked ? 'carve-out' : null)}
                />
                {field.value ? (
                  <Input.Wrapper
                    label="How the report treats it"
                    description="Carve-out: its controls are excluded and described as expected of it. Inclusive: they are described and tested as part of your system."
                  >
                    <SegmentedControl
                      mt={6}
                      aria-label="How the report treats it"
                      value={field.value}
                      onChange={field.onChange}
                      data={SUBSERVICE_METHODS.map((m) => ({ value: m, label: SUBSERVICE_METHOD_LABELS[m] }))}
                    />
                  </Input.Wrapper>
                ) : null}
              </Stack>
            )}
          />
          {method || (csocs?.length ?? 0) > 0 ? (
            <Controller
              control={control}
              name="csocs"
              render={({ field, fieldState }) => (
                <CsocsField
                  value={field.value ?? []}
                  onChange={field.onChange}
                  error={fieldState.error as Parameters<typeof CsocsField>[0]['error']}
                />
              )}
            />
          ) : null}
        </Section>

        <Section title="SOC 2 report">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Controller
              control={control}
              name="socReportType"
              render={({ field, fieldState }) => (
                <Select
                  ref={field.ref}
                  label="Report"
                  data={[
                    { value: '', label: 'None on file' },
                    { value: 'type1', label: 'SOC 2 Type I' },
                    { value: 'type2', label: 'SOC 2 Type II' },
                  ]}
                  value={field.value ?? ''}
                  onChange={(v) => field.onChange(v ? v : null)}
                  allowDeselect={false}
                  error={fieldState.error?.message}
                />
              )}
            />
            {date('socPeriodFrom', 'Period from')}
            {date('socPeriodTo', 'Period to')}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {date('socReceivedOn', 'Received on')}
            {date('socReviewedOn', 'Reviewed on')}
            <Controller
              control={control}
              name="socExceptions"
              render={({ field, fieldState }) => (
                <Select
                  ref={field.ref}
                  label="Exceptions noted"
                  data={[
                    { value: '', label: 'Not recorded' },
                    { value: 'no', label: 'None' },
                    { value: 'yes', label: 'Exceptions noted' },
                  ]}
                  value={field.value === true ? 'yes' : field.value === false ? 'no' : ''}
                  onChange={(v) => field.onChange(v === 'yes' ? true : v === 'no' ? false : null)}
                  allowDeselect={false}
                  error={fieldState.error?.message}
                />
              )}
            />
          </SimpleGrid>
          {area(
            'socNotes',
            'Review notes',
            'Exceptions found and what you do about them; the vendor’s own CUECs you operate',
          )}
          <Controller
            control={control}
            name="evidence"
            render={({ field, fieldState }) => (
              <EvidenceField
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                linked={vendor?.evidence ?? []}
                error={fieldState.error?.message}
              />
            )}
          />
        </Section>

        <Section title="Reviews and controls">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {date('lastReviewed', 'Last reviewed')}
            {date('nextReview', 'Next review')}
          </SimpleGrid>
          <Controller
            control={control}
            name="controls"
            render={({ field, fieldState }) => (
              <ControlsField
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                description="Your controls that cover this vendor, e.g. the annual vendor review"
                error={fieldState.error?.message}
              />
            )}
          />
          {vendor && vendor.controls.length ? (
            <div>
              <Text size="xs" c="dimmed" mb={4}>
                Open a linked control
              </Text>
              <ControlLinks controls={vendor.controls} withNames />
            </div>
          ) : null}
          {area('notes', 'Notes')}
        </Section>

        {failure ? (
          <ErrorNotice error={failure} title="The vendor was not saved" onClose={() => setFailure(null)} />
        ) : null}
        <Divider />
        <Group gap="md">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {vendor ? 'Save' : 'Add vendor'}
          </Button>
          <SaveStatus saved={saved} dirty={form.formState.isDirty} />
        </Group>
      </Stack>
    </form>
  );
}
