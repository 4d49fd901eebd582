import { Button, Group, Input, Modal, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconCircleCheck, IconFolderOpen } from '@tabler/icons-react';
import { useId, useState, type FormEvent } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import type { ExportReport } from '../../../../shared/domain/policies';
import { bridge, call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf } from '../../components/format';
import { formatBytes } from './format';
import { usePoliciesView } from './view';

export type ExportFormat = 'pdf' | 'md';

export interface ExportRequest {
  /** Omitted: every policy with an approved version. */
  ids?: string[];
  format: ExportFormat;
  /** What is being exported, for the title: "approved policies", "Access Control Policy". */
  what: string;
  /** Which version of what gets written, in a sentence. */
  note: string;
}

const FORMAT_OPTIONS = [
  { value: 'pdf', label: 'PDF' },
  { value: 'md', label: 'Markdown' },
];

function ExportForm({ request, onClose }: { request: ExportRequest; onClose: () => void }) {
  // In the desktop window the folder comes from the OS dialog: the main process refuses any other.
  const shell = bridge();
  const savedDir = usePoliciesView((s) => s.exportDir);
  const setExportDir = usePoliciesView((s) => s.setExportDir);
  const [dir, setDir] = useState(savedDir);
  const [format, setFormat] = useState<ExportFormat>(request.format);
  const [dirError, setDirError] = useState<string | null>(null);
  const [error, setError] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ExportReport | null>(null);
  const formatLabelId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setReport(null);
    if (!dir.trim()) {
      setDirError(
        shell
          ? 'Choose the folder to export to'
          : 'Folder is required: type the full path of a folder on this computer',
      );
      return;
    }
    setBusy(true);
    const result = await call('policies.export', {
      format,
      dir: dir.trim(),
      ...(request.ids ? { ids: request.ids } : {}),
    });
    setBusy(false);
    if (result.ok) {
      setExportDir(dir.trim());
      setReport(result.value);
      return;
    }
    const issue = inputIssues(result.error).find((i) => i.path === 'dir');
    if (issue) setDirError(issue.message);
    else setError(result.error);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Export policies">
      <Stack gap="md">
        <Text size="sm">{request.note}</Text>
        {shell ? (
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label="Folder"
              description="Files of the same name in it are replaced."
              placeholder="No folder chosen yet"
              readOnly
              withAsterisk
              value={dir}
              error={dirError}
            />
            <Button
              variant="default"
              data-autofocus
              leftSection={<IconFolderOpen size={16} aria-hidden />}
              onClick={() =>
                void shell.chooseExportFolder().then(
                  (chosen) => {
                    if (chosen === null) return;
                    setDir(chosen);
                    setDirError(null);
                  },
                  (problem: unknown) => setDirError(problem instanceof Error ? problem.message : String(problem)),
                )
              }
            >
              Choose folder…
            </Button>
          </Group>
        ) : (
          <TextInput
            label="Folder"
            description="The full path of a folder on this computer; it is created if it does not exist. Files of the same name are replaced."
            placeholder="/Users/you/Documents/Policies"
            withAsterisk
            data-autofocus
            value={dir}
            error={dirError}
            onChange={(event) => {
              setDir(event.currentTarget.value);
              if (event.currentTarget.value.trim()) setDirError(null);
            }}
          />
        )}
        <Stack gap={4}>
          <Input.Label id={formatLabelId}>Format</Input.Label>
          <SegmentedControl
            aria-labelledby={formatLabelId}
            data={FORMAT_OPTIONS}
            value={format}
            onChange={(value) => setFormat(value as ExportFormat)}
            style={{ alignSelf: 'flex-start' }}
          />
          <Text size="xs" c="dimmed">
            {format === 'pdf'
              ? 'A document for the auditor: title page with the approval, the text, and the revision history.'
              : 'Markdown with front matter (version, approver, dates) that Attest can import again.'}
          </Text>
        </Stack>
        {error ? <ErrorNotice error={error} title="Nothing was exported" onClose={() => setError(null)} /> : null}
        {report ? (
          <Stack gap="xs" role="status" aria-live="polite">
            <Group gap={6}>
              <IconCircleCheck size={18} aria-hidden color="var(--mantine-color-teal-8)" />
              <Text size="sm" fw={600}>
                Wrote {countOf(report.files.length, 'file')}
              </Text>
            </Group>
            <Table aria-label="Files written" withTableBorder verticalSpacing={6} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>File</Table.Th>
                  <Table.Th ta="right" w="7rem">
                    Size
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.files.map((f) => (
                  <Table.Tr key={f.path}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }} ff="monospace" fz="xs">
                      {f.path}
                    </Table.Td>
                    <Table.Td ta="right" className="attest-num">
                      {formatBytes(f.bytes)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {report ? 'Close' : 'Cancel'}
          </Button>
          <Button type="submit" loading={busy}>
            {report ? 'Export again' : 'Export'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Writes policies to a folder as PDF or Markdown, then lists the files written with their sizes. */
export function ExportModal({ request, onClose }: { request: ExportRequest | null; onClose: () => void }) {
  return (
    <Modal opened={request !== null} onClose={onClose} size="lg" title={request ? `Export ${request.what}` : 'Export'}>
      {request ? <ExportForm request={request} onClose={onClose} /> : null}
    </Modal>
  );
}
