import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf } from '../../components/format';
import { useOperation } from '../../hooks/useOperation';

/** Saves text as a file through the browser (works in Electron too). */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The incident population of a period as CSV: what the auditor samples from. Defaults to the audit period. */
export function ExportModal({ onClose }: { onClose: () => void }) {
  const engagement = useOperation('engagement.get', {});
  const period = engagement.data?.reportType === 'type2' ? engagement.data : null;
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fromValue = from ?? period?.periodStart ?? '';
  const toValue = to ?? period?.periodEnd ?? '';

  const run = async () => {
    setBusy(true);
    setErrors({});
    const result = await call('incidents.exportCsv', {
      ...(fromValue ? { from: fromValue } : {}),
      ...(toValue ? { to: toValue } : {}),
    });
    setBusy(false);
    if (result.ok) {
      download(result.value.fileName, result.value.csv);
      setDone(`${countOf(result.value.count, 'incident')} saved as ${result.value.fileName}`);
      return;
    }
    const placed: { from?: string; to?: string } = {};
    for (const issue of inputIssues(result.error))
      if (issue.path === 'from' || issue.path === 'to') placed[issue.path] = issue.message;
    if (Object.keys(placed).length) setErrors(placed);
    else setFailure(result.error);
  };

  return (
    <Modal opened onClose={onClose} title="Export incidents as CSV">
      <Stack gap="md">
        <Text size="sm">
          One row per incident that began in the period, with its severity, status, dates, root cause, corrective
          actions and whether it was significant.{' '}
          {period
            ? 'The dates start as the audit period, the population your auditor samples from; with both left empty it is the audit period too.'
            : 'Leave both dates empty for every incident.'}
        </Text>
        <SimpleGrid cols={2}>
          <TextInput
            type="date"
            label="From"
            value={fromValue}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={errors.from}
          />
          <TextInput
            type="date"
            label="To"
            value={toValue}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={errors.to}
          />
        </SimpleGrid>
        {done ? (
          <Text size="sm" c="teal" role="status">
            {done}
          </Text>
        ) : null}
        {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void run()} loading={busy}>
            Export CSV
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
