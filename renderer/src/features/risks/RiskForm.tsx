import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Divider, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import type { ErrorShape } from '../../../../shared/contract/errors';
import {
  IMPACT_LABELS,
  LIKELIHOOD_LABELS,
  RISK_CATEGORIES,
  RISK_CATEGORY_LABELS,
  TREATMENTS,
  TREATMENT_LABELS,
  riskFieldsSchema,
  type Risk,
  type RiskFields,
  type RiskFieldsInput,
} from '../../../../shared/domain/risks';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SaveStatus } from '../../components/SaveStatus';
import { ControlLinks } from './ControlLinks';
import { ControlsField } from './ControlsField';
import { fieldIssues } from './issues';
import { ScoreLabel } from './labels';
import { FormTextInput, FormTextarea } from '../../components/FormFields';

const FIELD_NAMES = Object.keys(riskFieldsSchema.shape) as (keyof RiskFieldsInput)[];

export function valuesOf(r: Risk | null): RiskFieldsInput {
  if (!r) {
    return {
      title: '',
      description: '',
      category: undefined as unknown as RiskFields['category'],
      likelihood: undefined as unknown as number,
      impact: undefined as unknown as number,
      residualLikelihood: null,
      residualImpact: null,
      treatment: null,
      treatmentRationale: '',
      owner: '',
      lastReviewed: '',
      nextReview: '',
      controls: [],
    };
  }
  return {
    title: r.title,
    description: r.description,
    category: r.category,
    likelihood: r.likelihood,
    impact: r.impact,
    residualLikelihood: r.residualLikelihood,
    residualImpact: r.residualImpact,
    treatment: r.treatment,
    treatmentRationale: r.treatmentRationale,
    owner: r.owner,
    lastReviewed: r.lastReviewed ?? '',
    nextReview: r.nextReview ?? '',
    controls: r.controls.map((c) => c.id),
  };
}

const scoreOptions = (labels: readonly string[], withNone: boolean) => [
  ...(withNone ? [{ value: '', label: 'Not assessed' }] : []),
  ...labels.map((label, i) => ({ value: String(i + 1), label: `${i + 1} · ${label}` })),
];

function ScoreSelect({
  control,
  name,
  label,
  labels,
  optional = false,
}: {
  control: Control<RiskFieldsInput, unknown, RiskFields>;
  name: 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact';
  label: string;
  labels: readonly string[];
  optional?: boolean;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          ref={field.ref}
          name={field.name}
          onBlur={field.onBlur}
          label={label}
          withAsterisk={!optional}
          placeholder="Choose 1 to 5"
          data={scoreOptions(labels, optional)}
          value={field.value === null || field.value === undefined ? (optional ? '' : null) : String(field.value)}
          onChange={(v) => field.onChange(v === null || v === '' ? (optional ? null : undefined) : Number(v))}
          allowDeselect={false}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

function LiveScores({ control }: { control: Control<RiskFieldsInput, unknown, RiskFields> }) {
  const [l, i, rl, ri] = useWatch({ control, name: ['likelihood', 'impact', 'residualLikelihood', 'residualImpact'] });
  const inherent = typeof l === 'number' && typeof i === 'number' ? l * i : null;
  const residual = typeof rl === 'number' && typeof ri === 'number' ? rl * ri : null;
  return (
    <Group gap="xs" data-testid="live-scores">
      <ScoreLabel score={inherent} prefix="Inherent" />
      <ScoreLabel score={residual} prefix="Residual" />
    </Group>
  );
}

interface RiskFormProps {
  risk: Risk | null;
  onSaved: (risk: Risk) => void;
}

/** Create or edit a risk; validates as the person types with the contract's own schema. */
export function RiskForm({ risk, onSaved }: RiskFormProps) {
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<RiskFieldsInput, unknown, RiskFields>({
    resolver: zodResolver(riskFieldsSchema),
    mode: 'onChange',
    defaultValues: valuesOf(risk),
  });
  const { control } = form;

  const submit = form.handleSubmit(async (fields) => {
    setFailure(null);
    setSaved(false);
    const result = risk ? await call('risks.update', { id: risk.id, fields }) : await call('risks.create', { fields });
    if (result.ok) {
      form.reset(valuesOf(result.value));
      setSaved(true);
      onSaved(result.value);
      return;
    }
    let placed = 0;
    for (const issue of fieldIssues(result.error)) {
      if ((FIELD_NAMES as string[]).includes(issue.field)) {
        form.setError(issue.field as keyof RiskFieldsInput, { type: 'server', message: issue.message });
        placed++;
      }
    }
    if (placed === 0) setFailure(result.error);
  });

  const text = (name: 'title' | 'owner', label: string, description?: string, required = false) => (
    <FormTextInput control={control} name={name} label={label} description={description} withAsterisk={required} />
  );
  const date = (name: 'lastReviewed' | 'nextReview', label: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput {...field} value={field.value ?? ''} type="date" label={label} error={fieldState.error?.message} />
      )}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={risk ? `Risk ${risk.ref}` : 'New risk'}>
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg" component="section">
          <Stack gap="md">
            <Title order={2} fz="h4" fw={600}>
              The risk
            </Title>
            {text('title', 'Title', 'What could go wrong, in a line', true)}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={control}
                name="category"
                render={({ field, fieldState }) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    onBlur={field.onBlur}
                    label="Category"
                    withAsterisk
                    placeholder="Choose a category"
                    data={RISK_CATEGORIES.map((c) => ({ value: c, label: RISK_CATEGORY_LABELS[c] }))}
                    value={field.value ?? null}
                    onChange={(v) => field.onChange(v ?? undefined)}
                    allowDeselect={false}
                    error={fieldState.error?.message}
                  />
                )}
              />
              {text('owner', 'Owner', 'The person who answers for this risk')}
            </SimpleGrid>
            <FormTextarea
              control={control}
              name="description"
              label="Description"
              description="How it could happen and what it would do to clients"
              minRows={2}
              maxRows={8}
            />
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="lg" component="section">
          <Stack gap="md">
            <Group justify="space-between">
              <Title order={2} fz="h4" fw={600}>
                Scores
              </Title>
              <LiveScores control={control} />
            </Group>
            <Text size="sm" c="dimmed">
              Inherent: before any control. Residual: with the linked controls working. Each score is likelihood ×
              impact, 1 to 25.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <ScoreSelect control={control} name="likelihood" label="Likelihood" labels={LIKELIHOOD_LABELS} />
              <ScoreSelect control={control} name="impact" label="Impact" labels={IMPACT_LABELS} />
              <ScoreSelect
                control={control}
                name="residualLikelihood"
                label="Residual likelihood"
                labels={LIKELIHOOD_LABELS}
                optional
              />
              <ScoreSelect
                control={control}
                name="residualImpact"
                label="Residual impact"
                labels={IMPACT_LABELS}
                optional
              />
            </SimpleGrid>
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="lg" component="section">
          <Stack gap="md">
            <Title order={2} fz="h4" fw={600}>
              Treatment and controls
            </Title>
            <Controller
              control={control}
              name="treatment"
              render={({ field, fieldState }) => (
                <Select
                  ref={field.ref}
                  name={field.name}
                  onBlur={field.onBlur}
                  label="Treatment"
                  data={[
                    { value: '', label: 'Not decided yet' },
                    ...TREATMENTS.map((t) => ({ value: t, label: TREATMENT_LABELS[t] })),
                  ]}
                  value={field.value ?? ''}
                  onChange={(v) => field.onChange(v ? v : null)}
                  allowDeselect={false}
                  w={240}
                  error={fieldState.error?.message}
                />
              )}
            />
            <FormTextarea
              control={control}
              name="treatmentRationale"
              label="Rationale"
              description="Why this treatment: which controls reduce the risk, or why the rest is acceptable"
              minRows={2}
              maxRows={8}
            />
            <Controller
              control={control}
              name="controls"
              render={({ field, fieldState }) => (
                <ControlsField
                  value={field.value ?? []}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  description="The controls that reduce this risk"
                  error={fieldState.error?.message}
                />
              )}
            />
            {risk && risk.controls.length ? (
              <div>
                <Text size="xs" c="dimmed" mb={4}>
                  Open a linked control
                </Text>
                <ControlLinks controls={risk.controls} withNames />
              </div>
            ) : null}
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="lg" component="section">
          <Stack gap="md">
            <Title order={2} fz="h4" fw={600}>
              Reviews
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {date('lastReviewed', 'Last reviewed')}
              {date('nextReview', 'Next review')}
            </SimpleGrid>
          </Stack>
        </Paper>

        {failure ? (
          <ErrorNotice error={failure} title="The risk was not saved" onClose={() => setFailure(null)} />
        ) : null}
        <Divider />
        <Group gap="md">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {risk ? 'Save' : 'Add risk'}
          </Button>
          <SaveStatus saved={saved} dirty={form.formState.isDirty} />
        </Group>
      </Stack>
    </form>
  );
}
