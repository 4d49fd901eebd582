import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { EVIDENCE_TYPE_LABELS } from '../../../../shared/domain/evidence';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../components/format';
import { useFileDrop } from '../../hooks/useFileDrop';
import { useOperation } from '../../hooks/useOperation';
import { hashForArea } from '../../store/hash';
import { FreshnessLabel } from './labels';
import { UploadModal } from './UploadModal';

/** A control's evidence with its freshness, and a way to attach more to it. */
export function ControlEvidence({ controlId }: { controlId: string }) {
  const list = useOperation('evidence.list', { control: controlId });
  const [upload, setUpload] = useState<{ key: number; files: File[] } | null>(null);
  // Newest first, as the operation returns them.
  const items = list.data ?? [];
  const openUpload = (files: File[] = []) => setUpload({ key: Date.now(), files });
  const { dragging, handlers: dropHandlers } = useFileDrop({ onFiles: openUpload, enabled: !upload });

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="control-evidence-title"
      data-testid="control-evidence"
      {...dropHandlers}
      style={dragging ? { outline: '2px dashed var(--mantine-color-blue-5)', outlineOffset: 2 } : undefined}
    >
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4" fw={600} id="control-evidence-title">
          Evidence
        </Title>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => openUpload()}
        >
          Add evidence
        </Button>
      </Group>
      {dragging ? (
        <Text size="sm" fw={500} c="blue.8" mb="sm" role="status">
          Drop the files to attach them to {controlId}
        </Text>
      ) : null}
      {list.error ? <ErrorNotice error={list.error} title="The evidence could not be read" /> : null}
      {list.data && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No evidence attached yet. Add a file that shows this control ran (a screenshot, an export or a report), or
          drop it here.
        </Text>
      ) : (
        <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Evidence items">
          {items.map((e) => (
            <Group
              key={e.id}
              component="li"
              justify="space-between"
              wrap="nowrap"
              py={6}
              style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor href={hashForArea('evidence', String(e.id))} size="sm" fw={500} truncate="end">
                  {e.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {EVIDENCE_TYPE_LABELS[e.type]} · shows {formatDate(e.effectiveDate)} · valid until{' '}
                  {formatDate(e.validUntil)}
                </Text>
              </Stack>
              <FreshnessLabel freshness={e.freshness} />
            </Group>
          ))}
        </Stack>
      )}
      {upload ? (
        <UploadModal
          key={upload.key}
          opened
          initialControls={[controlId]}
          initialFiles={upload.files}
          onClose={() => setUpload(null)}
          onAttached={list.reload}
        />
      ) : null}
    </Paper>
  );
}
