import { Alert, Button, Checkbox, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconPackageExport } from '@tabler/icons-react';
import { useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { EXPORT_DOWNLOAD_ROUTE, exportEnded, type ExportProgress } from '../../../../shared/domain/description';
import { bridge, call, isElectron } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useOperation } from '../../hooks/useOperation';
import { useExportJob } from './useExportJob';

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString(undefined, { maximumFractionDigits: 1 })} MiB`;
}

function progressText(p: ExportProgress): string {
  if (p.phase === 'documents') return 'Writing the description, assertion, controls matrix and policies…';
  if (p.phase === 'evidence' || p.phase === 'finishing')
    return `Copying evidence: ${p.filesDone.toLocaleString()} of ${p.filesTotal.toLocaleString()} files, ${mib(p.bytesDone)} of ${mib(p.bytesTotal)}`;
  if (p.phase === 'done') return `Done: ${p.fileName} (${mib(p.size ?? 0)})`;
  if (p.phase === 'cancelled') return 'Export cancelled: no package was written. Export again when you are ready.';
  return 'The export failed.';
}

function percent(p: ExportProgress): number {
  if (p.phase === 'done') return 100;
  if (p.bytesTotal === 0) return p.phase === 'documents' ? 5 : 0;
  return Math.min(99, Math.round((p.bytesDone / p.bytesTotal) * 100));
}

/** Exports the package with a progress bar, then offers it as a download. */
export function PackageTab() {
  const preview = useOperation('description.preview', { draft: false });
  const [draft, setDraft] = useState(false);
  const [error, setError] = useState<ErrorShape | null>(null);
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const { job, start } = useExportJob();
  // In the desktop app the OS save dialog is used; in the browser, a download.
  const electron = isElectron();
  const running = job !== null && !exportEnded(job.phase);
  const [cancelling, setCancelling] = useState(false);
  const reasons = preview.data?.draftReasons ?? [];

  // A failed export is shown like any other error, derived from the job rather than copied into state.
  const jobError: ErrorShape | null =
    job?.phase === 'failed' ? { code: 'internal', message: job.error ?? 'The export failed' } : null;

  const onSave = async () => {
    setError(null);
    try {
      const where = await bridge()?.savePackage();
      if (where) setSavedTo(where);
    } catch (e) {
      setError({ code: 'internal', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const onCancel = async () => {
    if (!job) return;
    setCancelling(true);
    const result = await call('export.cancel', { jobId: job.jobId });
    setCancelling(false);
    // The poll sees the job end; a refusal (the export just finished) is shown.
    if (!result.ok) setError(result.error);
  };

  const onExport = async () => {
    setError(null);
    setSavedTo(null);
    const result = await call('export.start', { draft });
    if (result.ok) start(result.value);
    else setError(result.error);
  };

  return (
    <Stack gap="lg" maw={760}>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Title order={2} fz="h4">
            What the package holds
          </Title>
          <List size="sm" spacing={2}>
            <List.Item>The system description (DC1-DC9) with management&apos;s assertion, as PDF</List.Item>
            <List.Item>The controls matrix as PDF, CSV and Excel workbook</List.Item>
            <List.Item>The approved policies, as one PDF</List.Item>
            <List.Item>Every evidence file, in one folder per control, with an evidence index</List.Item>
            <List.Item>manifest.json and SHA256SUMS, so the firm can check nothing changed</List.Item>
          </List>
          {reasons.length ? (
            <Alert color="orange" variant="light" title="The package will be marked DRAFT">
              {reasons.join('; ')}
            </Alert>
          ) : null}
          <Checkbox
            label="Mark as draft (for your own review before the final export)"
            checked={draft}
            onChange={(e) => setDraft(e.currentTarget.checked)}
            disabled={running}
          />
          <Group>
            <Button
              leftSection={<IconPackageExport size={16} aria-hidden />}
              onClick={() => void onExport()}
              loading={running}
            >
              Export package
            </Button>
            {running ? (
              <Button variant="default" onClick={() => void onCancel()} loading={cancelling}>
                Cancel export
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Paper>
      {job ? (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Progress
              value={percent(job)}
              size="lg"
              animated={running}
              color={
                job.phase === 'failed'
                  ? 'red'
                  : job.phase === 'done'
                    ? 'teal'
                    : job.phase === 'cancelled'
                      ? 'gray'
                      : 'blue'
              }
              aria-label="Export progress"
            />
            <Text size="sm" role="status" aria-live="polite">
              {progressText(job)}
            </Text>
            {job.phase === 'done' ? (
              <>
                <Text size="xs" c="dimmed" ff="monospace">
                  Fingerprint (SHA-256 of SHA256SUMS): {job.fingerprint}
                </Text>
                {job.notes.map((note) => (
                  <Text key={note} size="sm" c="orange">
                    {note}
                  </Text>
                ))}
                <Group>
                  {electron ? (
                    <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void onSave()}>
                      Save package…
                    </Button>
                  ) : (
                    <Button
                      component="a"
                      href={`${EXPORT_DOWNLOAD_ROUTE}${job.jobId}`}
                      download={job.fileName}
                      leftSection={<IconDownload size={16} aria-hidden />}
                    >
                      Download package
                    </Button>
                  )}
                  {savedTo ? (
                    <Text size="sm" c="teal" role="status">
                      Saved to {savedTo}
                    </Text>
                  ) : null}
                </Group>
              </>
            ) : null}
          </Stack>
        </Paper>
      ) : null}
      {jobError ? <ErrorNotice error={jobError} title="The export failed" /> : null}
      {error ? <ErrorNotice error={error} onClose={() => setError(null)} /> : null}
    </Stack>
  );
}
