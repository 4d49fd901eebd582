import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Divider, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ErrorShape } from '../../../../shared/contract/errors';
import {
  COMPONENT_KINDS,
  COMPONENT_LABELS,
  descriptionUpdateSchema,
  type DescriptionUpdate,
  type DescriptionUpdateInput,
  type SystemDescription,
} from '../../../../shared/domain/description';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SaveStatus } from '../../components/SaveStatus';
import { ItemList } from './ItemList';

const COMPONENT_HELP: Record<(typeof COMPONENT_KINDS)[number], string> = {
  infrastructure: 'Hosting, networks, offices and devices the system runs on.',
  software: 'Applications, services, pipelines and the tools that operate them.',
  people: 'The teams and roles that build, run and govern the system.',
  procedures: 'The documented ways of working: change, access, incidents, model releases.',
  data: 'What data the system takes in, keeps and produces, and how it is classified.',
};

function toValues(d: SystemDescription): DescriptionUpdateInput {
  return {
    servicesProvided: d.servicesProvided,
    commitments: d.commitments,
    components: d.components,
    notApplicableNotes: d.notApplicableNotes,
    signatory: d.signatory,
  };
}

/** The parts of the description management writes: DC1-DC3, notes on DC8, and who signs. */
export function DescriptionForm({ saved }: { saved: SystemDescription }) {
  const [serverError, setServerError] = useState<ErrorShape | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const form = useForm<DescriptionUpdateInput, unknown, DescriptionUpdate>({
    resolver: zodResolver(descriptionUpdateSchema),
    mode: 'onChange',
    defaultValues: toValues(saved),
  });
  const { register, control, handleSubmit, reset, setError, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const common = { control, register, errors };

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    setJustSaved(false);
    const result = await call('description.update', values);
    if (result.ok) {
      reset(toValues(result.value));
      setJustSaved(true);
      return;
    }
    const issues = inputIssues(result.error);
    for (const issue of issues) {
      setError(issue.path as Parameters<typeof setError>[0], { type: 'server', message: issue.message });
    }
    if (issues.length === 0) setServerError(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="System description">
      <Stack gap="lg" maw={860}>
        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Title order={2} fz="h4">
              Services provided (DC1)
            </Title>
            <Textarea
              label="What the system does for customers"
              description="The kinds of services provided, in plain words. Leave a blank line between paragraphs."
              autosize
              minRows={4}
              {...register('servicesProvided')}
              error={errors.servicesProvided?.message}
            />
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Title order={2} fz="h4">
              Principal service commitments and system requirements (DC2)
            </Title>
            <Text size="sm" c="dimmed">
              What you promise customers (in contracts, service levels, your website), each with the system requirements
              that keep the promise.
            </Text>
            <ItemList
              name="commitments"
              {...common}
              titleLabel="Commitment"
              detailLabel="System requirements that meet it"
              addLabel="Add commitment"
              empty="No commitments yet. Add the promises customers rely on, such as confidentiality or uptime."
            />
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <Title order={2} fz="h4">
              System components (DC3)
            </Title>
            {COMPONENT_KINDS.map((kind, i) => (
              <Stack key={kind} gap="xs">
                {i > 0 ? <Divider /> : null}
                <Title order={3} fz="h5">
                  {COMPONENT_LABELS[kind]}
                </Title>
                <Text size="sm" c="dimmed">
                  {COMPONENT_HELP[kind]}
                </Text>
                <ItemList
                  name={`components.${kind}`}
                  {...common}
                  titleLabel={`${COMPONENT_LABELS[kind]} component`}
                  detailLabel="Description"
                  addLabel={`Add ${COMPONENT_LABELS[kind].toLowerCase()}`}
                  empty={`No ${COMPONENT_LABELS[kind].toLowerCase()} listed yet.`}
                />
              </Stack>
            ))}
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Title order={2} fz="h4">
              Criteria not applicable (DC8)
            </Title>
            <Textarea
              label="Notes on criteria that do not apply"
              description="The reason for each criterion marked not applicable is taken from Criteria; add anything that explains them together."
              autosize
              minRows={2}
              {...register('notApplicableNotes')}
              error={errors.notApplicableNotes?.message}
            />
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Title order={2} fz="h4">
              Signs the assertion
            </Title>
            <Group grow align="flex-start">
              <TextInput label="Name" {...register('signatory.name')} error={errors.signatory?.name?.message} />
              <TextInput label="Title" {...register('signatory.title')} error={errors.signatory?.title?.message} />
              <TextInput
                label="Date signed"
                placeholder="YYYY-MM-DD"
                {...register('signatory.date')}
                error={errors.signatory?.date?.message}
              />
            </Group>
          </Stack>
        </Paper>

        {serverError ? <ErrorNotice error={serverError} onClose={() => setServerError(null)} /> : null}
        <Group>
          <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
            Save description
          </Button>
          <SaveStatus saved={justSaved} dirty={isDirty} />
        </Group>
      </Stack>
    </form>
  );
}
