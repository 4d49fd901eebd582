import {
  ActionIcon,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Timeline,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import type { IncidentDetail } from '../../../../shared/domain/incidents';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatInstant } from '../../components/format';
import { fromLocalInput, nowLocalInput } from './time';

/** What happened when: dated entries in time order, status changes included. */
export function TimelineCard({
  incident,
  onChange,
}: {
  incident: IncidentDetail;
  onChange: (i: IncidentDetail) => void;
}) {
  const [when, setWhen] = useState(nowLocalInput);
  const [entry, setEntry] = useState('');
  const [author, setAuthor] = useState('');
  const [errors, setErrors] = useState<{ when?: string; entry?: string }>({});
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    const at = fromLocalInput(when);
    const next = {
      when: at ? undefined : 'Enter a date and time',
      entry: entry.trim() ? undefined : 'Say what happened',
    };
    setErrors(next);
    if (next.when || next.entry) return;
    setBusy(true);
    const result = await call('incidents.addTimelineEntry', { incidentId: incident.id, at: at!, entry, author });
    setBusy(false);
    if (result.ok) {
      setEntry('');
      setWhen(nowLocalInput());
      setFailure(null);
      onChange(result.value);
      return;
    }
    const issue = inputIssues(result.error)[0];
    if (issue?.path === 'entry') setErrors({ entry: issue.message });
    else if (issue?.path === 'at') setErrors({ when: issue.message });
    else setFailure(result.error);
  };

  const remove = async (id: number) => {
    const result = await call('incidents.removeTimelineEntry', { id });
    if (result.ok) onChange(result.value);
    else setFailure(result.error);
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="timeline-title">
      <Stack gap="md">
        <Title order={2} fz="h4" fw={600} id="timeline-title">
          Timeline
        </Title>
        {incident.timeline.length === 0 ? (
          <Text size="sm" c="dimmed">
            No entries yet. Note each step as it happens: when it was noticed, who was called, what was switched off,
            when clients were told.
          </Text>
        ) : (
          <Timeline bulletSize={12} lineWidth={2} data-testid="incident-timeline">
            {incident.timeline.map((t) => (
              <Timeline.Item
                key={t.id}
                title={
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="xs" c="dimmed" className="attest-num">
                      {formatInstant(t.at)}
                      {t.author ? ` · ${t.author}` : ''}
                    </Text>
                    {t.automatic ? (
                      <Text size="xs" c="dimmed">
                        Recorded by Attest
                      </Text>
                    ) : (
                      <Tooltip label="Remove this entry" withArrow>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="sm"
                          aria-label={`Remove the entry of ${formatInstant(t.at)}`}
                          onClick={() => void remove(t.id)}
                        >
                          <IconTrash size={14} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                }
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {t.entry}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        <form
          noValidate
          aria-label="Add a timeline entry"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="xs">
              <TextInput
                type="datetime-local"
                label="When"
                value={when}
                onChange={(e) => setWhen(e.currentTarget.value)}
                error={errors.when}
              />
              <TextInput
                label="By"
                placeholder="Optional"
                value={author}
                onChange={(e) => setAuthor(e.currentTarget.value)}
              />
            </SimpleGrid>
            <Textarea
              label="What happened"
              autosize
              minRows={2}
              value={entry}
              onChange={(e) => {
                setEntry(e.currentTarget.value);
                if (e.currentTarget.value.trim()) setErrors((x) => ({ ...x, entry: undefined }));
              }}
              error={errors.entry}
            />
            {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
            <Group>
              <Button type="submit" variant="light" loading={busy}>
                Add entry
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
