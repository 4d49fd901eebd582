import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { useAppStore } from '../../store/app';
import { BackToIncidents } from './BackLink';
import { IncidentFields } from './IncidentFields';
import { emptyForm, fieldsOf } from './schema';
import { nowLocalInput } from './time';
import { placeServerIssues, useIncidentForm } from './useIncidentForm';

/** Log an incident: the facts known now; the timeline, actions and post-mortem follow on its page. */
export function NewIncidentPage() {
  const navigate = useAppStore((s) => s.navigate);
  const form = useIncidentForm(emptyForm(nowLocalInput()));
  const [failure, setFailure] = useState<ErrorShape | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await call('incidents.create', fieldsOf(values, ''));
    if (result.ok) {
      navigate('incidents', String(result.value.id));
      return;
    }
    if (!placeServerIssues(form, result.error)) setFailure(result.error);
  });

  return (
    <Stack gap="md">
      <BackToIncidents />
      <PageHeader
        title="Log an incident"
        description="Record what you know now. You can add the timeline, corrective actions and a post-mortem as the incident is handled."
      />
      <form onSubmit={onSubmit} noValidate aria-label="New incident">
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <IncidentFields control={form.control} />
            {failure ? (
              <ErrorNotice error={failure} title="The incident was not logged" onClose={() => setFailure(null)} />
            ) : null}
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                Log incident
              </Button>
              <Text size="sm" c="dimmed">
                Times are in your local time zone.
              </Text>
            </Group>
          </Stack>
        </Paper>
      </form>
    </Stack>
  );
}
