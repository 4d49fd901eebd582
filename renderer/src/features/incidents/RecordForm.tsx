import { Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import type { IncidentDetail } from '../../../../shared/domain/incidents';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { IncidentFields } from './IncidentFields';
import { fieldsOf, formOf } from './schema';
import { placeServerIssues, useIncidentForm } from './useIncidentForm';

/** The incident's record, edited in place. */
export function RecordForm({ incident, onSaved }: { incident: IncidentDetail; onSaved: (i: IncidentDetail) => void }) {
  const form = useIncidentForm(formOf(incident));
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [saved, setSaved] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    setSaved(false);
    const result = await call('incidents.update', { id: incident.id, fields: fieldsOf(values, incident.postmortem) });
    if (result.ok) {
      form.reset(formOf(result.value));
      setSaved(true);
      onSaved(result.value);
      return;
    }
    if (!placeServerIssues(form, result.error)) setFailure(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Incident record">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Title order={2} fz="h4" fw={600}>
            Record
          </Title>
          <IncidentFields control={form.control} />
          {failure ? (
            <ErrorNotice error={failure} title="The changes were not saved" onClose={() => setFailure(null)} />
          ) : null}
          <Divider />
          <Group gap="md">
            <Button type="submit" loading={form.formState.isSubmitting}>
              Save
            </Button>
            <Text size="sm" c="dimmed" role="status">
              {form.formState.isDirty ? 'Unsaved changes' : saved ? 'Saved' : ''}
            </Text>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}
