import { Anchor, Button, CloseButton, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { ImportOutcome, ImportProgress } from './importFiles';
import { policyHref } from './format';
import { PolicyStatusLabel } from './labels';
import { countOf } from '../../components/format';

/** "Reading file 2 of 7: travel.markdown", with a bar and a way to stop. */
export function ImportProgressPanel({
  progress,
  stopping,
  onStop,
}: {
  progress: ImportProgress;
  stopping: boolean;
  onStop: () => void;
}) {
  const done = progress.index - 1 + (progress.phase === 'importing' ? 0.5 : 0);
  return (
    <Paper withBorder radius="md" p="md" aria-label="Import in progress" role="region">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" role="status" aria-live="polite" className="attest-num" truncate="end">
            {progress.phase === 'reading' ? 'Reading' : 'Importing'} file {progress.index} of {progress.total}:{' '}
            <Text span fw={500} inherit>
              {progress.file}
            </Text>
          </Text>
          <Button size="compact-sm" variant="default" onClick={onStop} disabled={stopping}>
            {stopping ? 'Stopping…' : 'Stop importing'}
          </Button>
        </Group>
        <Progress
          value={(done / progress.total) * 100}
          aria-label={`File ${progress.index} of ${progress.total}`}
          transitionDuration={150}
        />
      </Stack>
    </Paper>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What an import did: each policy imported (title and status), and each file that failed with its reason. */
export function ImportReportPanel({
  report,
  onOpen,
  onDismiss,
}: {
  report: ImportOutcome;
  onOpen: (id: string) => void;
  onDismiss: () => void;
}) {
  const { imported, failed } = report;
  return (
    <Paper withBorder radius="md" p="md" role="region" aria-label="Import report" data-testid="import-report">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Title order={2} fz="h5" fw={600}>
          Import: {countOf(imported.length, 'policy', 'policies')} imported
          {failed.length ? `, ${countOf(failed.length, 'file')} not imported` : ''}
        </Title>
        <CloseButton aria-label="Dismiss the import report" onClick={onDismiss} />
      </Group>
      {report.stoppedAt !== null ? (
        <Text size="sm" c="dimmed" mb="xs">
          Stopped after {report.stoppedAt} of {report.total} files; the rest were not read.
        </Text>
      ) : null}
      <Stack gap="md">
        {imported.length ? (
          <div>
            <Group gap={6} mb={4}>
              <IconCircleCheck size={16} aria-hidden color="var(--mantine-color-teal-8)" />
              <Text size="sm" fw={600}>
                Imported
              </Text>
            </Group>
            <List size="sm" spacing={4} listStyleType="none" aria-label="Imported" pl={22}>
              {imported.map((item) => (
                <List.Item key={`${item.file}:${item.policyId}`}>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor
                      href={policyHref(item.policyId)}
                      size="sm"
                      onClick={(event) => {
                        event.preventDefault();
                        onOpen(item.policyId);
                      }}
                    >
                      {item.title}
                    </Anchor>
                    <PolicyStatusLabel status={item.status} version="1.0" />
                    <Text size="xs" c="dimmed" truncate="end">
                      from {item.file}
                    </Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          </div>
        ) : null}
        {failed.length ? (
          <div>
            <Group gap={6} mb={4}>
              <IconAlertTriangle size={16} aria-hidden color="var(--mantine-color-red-8)" />
              <Text size="sm" fw={600}>
                Not imported
              </Text>
            </Group>
            <List size="sm" spacing={4} listStyleType="none" aria-label="Not imported" pl={22}>
              {failed.map((item, i) => (
                <List.Item key={`${item.file}:${i}`}>
                  <Text size="sm" span fw={500}>
                    {item.file}
                  </Text>
                  <Text size="sm" span c="dimmed">
                    {' — '}
                    {capitalise(item.error)}
                  </Text>
                </List.Item>
              ))}
            </List>
            <Text size="xs" c="dimmed" mt={6}>
              Attest imports Markdown (.md, .markdown, .txt, with optional front matter) and Word (.docx). Fix the file
              and import it again; nothing was added for it.
            </Text>
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}
