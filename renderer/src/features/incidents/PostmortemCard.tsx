import { Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, Title, Typography } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import type { IncidentDetail } from '../../../../shared/domain/incidents';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { renderPolicyMarkdown } from '../policies/editor/markdown';
import { storedFields } from './schema';

const STARTER = `# Post-mortem\n\n## What happened\n\n## Impact on clients\n\n## Why it happened\n\n## What we changed\n\n## What went well, what did not\n`;

/** The post-mortem in Markdown: written once the dust settles, read by the auditor when sampling this incident. */
export function PostmortemCard({
  incident,
  onChange,
}: {
  incident: IncidentDetail;
  onChange: (i: IncidentDetail) => void;
}) {
  const [text, setText] = useState(incident.postmortem);
  const [mode, setMode] = useState<'write' | 'preview'>(incident.postmortem ? 'preview' : 'write');
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const dirty = text !== incident.postmortem;
  const html = useMemo(() => (mode === 'preview' ? renderPolicyMarkdown(text).html : ''), [mode, text]);

  const save = async () => {
    setBusy(true);
    setSaved(false);
    const result = await call('incidents.update', { id: incident.id, fields: storedFields(incident, text) });
    setBusy(false);
    if (result.ok) {
      setSaved(true);
      setFailure(null);
      onChange(result.value);
    } else setFailure(result.error);
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="postmortem-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="h4" fw={600} id="postmortem-title">
            Post-mortem
          </Title>
          <SegmentedControl
            size="xs"
            value={mode}
            onChange={(v) => setMode(v as 'write' | 'preview')}
            data={[
              { value: 'write', label: 'Write' },
              { value: 'preview', label: 'Preview' },
            ]}
          />
        </Group>
        {mode === 'write' ? (
          <>
            {!text ? (
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  Not written yet.
                </Text>
                <Button size="compact-sm" variant="subtle" onClick={() => setText(STARTER)}>
                  Start from an outline
                </Button>
              </Group>
            ) : null}
            <Textarea
              aria-label="Post-mortem (Markdown)"
              placeholder="Write in Markdown: ## for a heading, - for a list item."
              autosize
              minRows={10}
              maxRows={30}
              ff="monospace"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
          </>
        ) : text ? (
          <Typography>
            <div dangerouslySetInnerHTML={{ __html: html }} data-testid="postmortem-preview" />
          </Typography>
        ) : (
          <Text size="sm" c="dimmed">
            No post-mortem yet. Serious and significant incidents should have one before they are closed.
          </Text>
        )}
        {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
        <Group>
          <Button variant="light" onClick={() => void save()} loading={busy} disabled={!dirty}>
            Save post-mortem
          </Button>
          <Text size="sm" c="dimmed" role="status">
            {dirty ? 'Unsaved changes' : saved ? 'Saved' : ''}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
