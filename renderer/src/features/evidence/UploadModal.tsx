import { useFileDrop } from '../../hooks/useFileDrop';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  CloseButton,
  Group,
  List,
  Modal,
  Progress,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconUpload, IconX } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { AttachProgress, AttachSource, AttestBridge } from '../../../../shared/contract/bridge';
import { bridge, call, isElectron } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf, formatNumber } from '../../components/format';
import { useOperation } from '../../hooks/useOperation';
import { hashForArea } from '../../store/hash';
import classes from './Evidence.module.css';
import { MetaFields } from './MetaFields';
import { uploadFormSchema, type UploadFormOutput, type UploadFormValues } from './schema';
import { formatSize, localToday, refuseBeforeUpload, titleFromFileName, uploadBlob, UploadCancelled } from './upload';

type FileState =
  | { kind: 'waiting' }
  | { kind: 'uploading'; loaded: number }
  | { kind: 'attaching' }
  | { kind: 'attached'; itemId: number; warnings: string[] }
  | { kind: 'duplicate'; itemId: number; warnings: string[] }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

/** A file to attach: one picked in the page (a File), or one chosen in Electron's own dialog. */
interface Entry {
  key: string;
  name: string;
  size: number;
  source: AttachSource;
  state: FileState;
}

let nextKey = 0;
const newJobId = () => `attach-${crypto.randomUUID()}`;
const entriesOf = (files: readonly AttachSource[]): Entry[] =>
  files.map((source) => ({
    key: `f${nextKey++}`,
    name: source.name,
    size: source.size,
    source,
    state: { kind: 'waiting' },
  }));

function defaults(controls: readonly string[]): UploadFormValues {
  return {
    title: '',
    description: '',
    type: 'system-export',
    effectiveDate: localToday(),
    coversFrom: '',
    coversTo: '',
    owner: '',
    validUntil: '',
    controls: [...controls],
  };
}

function evidenceLink(id: number) {
  return (
    <Anchor href={hashForArea('evidence', String(id))} inherit>
      item {formatNumber(id)}
    </Anchor>
  );
}

function FileLine({ entry, onRemove }: { entry: Entry; onRemove?: () => void }) {
  const { state } = entry;
  const file = { name: entry.name, size: entry.size };
  const percent =
    state.kind === 'uploading' ? (file.size ? Math.round((state.loaded / file.size) * 100) : 100) : undefined;
  let status;
  switch (state.kind) {
    case 'waiting':
      status = (
        <Text size="xs" c="dimmed">
          Ready to upload
        </Text>
      );
      break;
    case 'uploading':
      status = <Text size="xs">Uploading: {percent}%</Text>;
      break;
    case 'attaching':
      status = <Text size="xs">Uploaded; attaching…</Text>;
      break;
    case 'attached':
      status = (
        <Text size="xs" c="teal">
          <IconCheck size={12} aria-hidden /> Attached as {evidenceLink(state.itemId)}
        </Text>
      );
      break;
    case 'duplicate':
      status = (
        <Text size="xs" c="blue.8">
          <IconCopy size={12} aria-hidden /> Already in the vault: linked to the existing {evidenceLink(state.itemId)}
        </Text>
      );
      break;
    case 'refused':
    case 'failed':
      status = (
        <Text size="xs" c="red.8">
          <IconX size={12} aria-hidden /> Not attached: {state.message}
        </Text>
      );
      break;
    case 'cancelled':
      status = (
        <Text size="xs" c="dimmed">
          Cancelled; not attached
        </Text>
      );
      break;
  }
  const warnings = state.kind === 'attached' || state.kind === 'duplicate' ? state.warnings : [];
  const done = state.kind !== 'waiting' && state.kind !== 'uploading' && state.kind !== 'attaching';
  return (
    <li className={classes.fileLine} data-testid="upload-file" data-state={state.kind} aria-label={file.name}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={500} truncate="end">
          {file.name}
        </Text>
        <Group gap={6} wrap="nowrap">
          <Text size="xs" c="dimmed" className="attest-num">
            {formatSize(file.size)}
          </Text>
          {onRemove ? (
            <CloseButton size="sm" aria-label={`Remove ${file.name} from the list`} onClick={onRemove} />
          ) : null}
        </Group>
      </Group>
      {state.kind === 'waiting' ? null : (
        <Progress
          value={done || state.kind === 'attaching' ? 100 : (percent ?? 0)}
          color={
            state.kind === 'failed' || state.kind === 'refused'
              ? 'red'
              : state.kind === 'cancelled'
                ? 'gray'
                : undefined
          }
          size="sm"
          mt={4}
          aria-label={`Upload of ${file.name}`}
        />
      )}
      <div role="status" className={classes.fileStatus}>
        {status}
        {warnings.map((w) => (
          <Text key={w} size="xs" c="yellow">
            <IconAlertTriangle size={12} aria-hidden /> {w}
          </Text>
        ))}
      </div>
    </li>
  );
}

interface UploadModalProps {
  opened: boolean;
  onClose: () => void;
  /** Controls the form starts with (opened from a control's page). */
  initialControls?: readonly string[];
  /** Files dropped on the page that opened the form. */
  initialFiles?: readonly File[];
  /** Called after each file is attached, so lists can reload. */
  onAttached: () => void;
}

/**
 * Attach files as evidence: choose or drop files, describe them once, and each
 * is streamed to the vault with its own progress, then linked to the controls.
 */
export function UploadModal({
  opened,
  onClose,
  initialControls = [],
  initialFiles = [],
  onAttached,
}: UploadModalProps) {
  const controls = useOperation('controls.list', {});
  const electron = isElectron();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [entries, setEntries] = useState<Entry[]>(() => entriesOf(initialFiles));
  const [running, setRunning] = useState<{ index: number; total: number; bytes: number } | null>(null);
  const [noFiles, setNoFiles] = useState(false);
  const abortRef = useRef<AbortController | null>(null);

  const form = useForm<UploadFormValues, unknown, UploadFormOutput>({
    resolver: zodResolver(uploadFormSchema),
    mode: 'onChange',
    defaultValues: defaults(initialControls),
  });

  const waiting = entries.filter((e) => e.state.kind === 'waiting');
  const finished = entries.length > 0 && waiting.length === 0 && !running;

  const addFiles = (files: readonly AttachSource[]) => {
    if (!files.length || running) return;
    setNoFiles(false);
    // A new batch replaces a finished one.
    setEntries((current) => [...(finished ? [] : current), ...entriesOf(files)]);
  };

  const update = (key: string, state: FileState) =>
    setEntries((current) => current.map((e) => (e.key === key ? { ...e, state } : e)));

  const [sentBytes, setSentBytes] = useState(0);

  const run = async (values: UploadFormOutput) => {
    if (waiting.length === 0) {
      setNoFiles(true);
      return;
    }
    const batch = waiting;
    const controller = new AbortController();
    abortRef.current = controller;
    let done = 0;
    const bytes = batch.reduce((sum, e) => sum + e.size, 0);
    setSentBytes(0);
    for (const [index, entry] of batch.entries()) {
      setRunning({ index: index + 1, total: batch.length, bytes });
      if (controller.signal.aborted) {
        update(entry.key, { kind: 'cancelled' });
        continue;
      }
      const file = entry.source as File;
      const refusal = refuseBeforeUpload(file);
      if (refusal) {
        update(entry.key, { kind: 'refused', message: refusal });
        done += file.size;
        continue;
      }
      update(entry.key, { kind: 'uploading', loaded: 0 });
      try {
        const blob = await uploadBlob(
          file,
          (loaded) => {
            update(entry.key, { kind: 'uploading', loaded });
            setSentBytes(done + loaded);
          },
          controller.signal,
        );
        update(entry.key, { kind: 'attaching' });
        const result = await call('evidence.attach', {
          sha256: blob.sha256,
          fileName: file.name,
          mediaType: file.type || 'application/octet-stream',
          source: 'manual',
          meta: {
            title: values.title || titleFromFileName(file.name),
            description: values.description,
            type: values.type,
            effectiveDate: values.effectiveDate,
            coversFrom: values.coversFrom,
            coversTo: values.coversTo,
            owner: values.owner,
            controls: values.controls,
          },
        });
        if (result.ok) {
          const { item, duplicateOf, warnings } = result.value;
          update(
            entry.key,
            duplicateOf !== null
              ? { kind: 'duplicate', itemId: duplicateOf, warnings }
              : { kind: 'attached', itemId: item.id, warnings },
          );
          onAttached();
        } else {
          update(entry.key, { kind: 'failed', message: result.error.message });
          // The bytes arrived but are no evidence: take them out again (anything an item uses is kept).
          void call('evidence.discardUpload', { sha256: blob.sha256 });
        }
      } catch (error) {
        if (error instanceof UploadCancelled) update(entry.key, { kind: 'cancelled' });
        else update(entry.key, { kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
      done += file.size;
      setSentBytes(done);
    }
    abortRef.current = null;
    setRunning(null);
  };

  /**
   * In Electron the main process reads the files from disk (streaming large
   * ones) and reports each file's progress; nothing goes through HTTP.
   */
  const runInShell = async (shell: AttestBridge, values: UploadFormOutput) => {
    const batch = waiting;
    const jobId = newJobId();
    const controller = new AbortController();
    abortRef.current = controller;
    controller.signal.addEventListener('abort', () => void shell.cancelAttach(jobId), { once: true });
    const bytes = batch.reduce((sum, e) => sum + e.size, 0);
    const loaded = new Array<number>(batch.length).fill(0);
    const finished = new Set<number>();
    setSentBytes(0);
    setRunning({ index: 1, total: batch.length, bytes });
    for (const entry of batch) update(entry.key, { kind: 'uploading', loaded: 0 });
    const apply = (p: AttachProgress) => {
      const entry = batch[p.index];
      if (!entry) return;
      if (p.kind === 'progress') {
        loaded[p.index] = p.loaded;
        update(entry.key, { kind: 'uploading', loaded: p.loaded });
      } else {
        loaded[p.index] = entry.size;
        finished.add(p.index);
        setRunning({ index: Math.min(finished.size + 1, batch.length), total: batch.length, bytes });
        if (p.kind === 'done') {
          const { item, duplicateOf, warnings } = p.result;
          update(
            entry.key,
            duplicateOf !== null
              ? { kind: 'duplicate', itemId: duplicateOf, warnings }
              : { kind: 'attached', itemId: item.id, warnings },
          );
        } else if (controller.signal.aborted) update(entry.key, { kind: 'cancelled' });
        else update(entry.key, { kind: 'failed', message: p.error.message });
      }
      setSentBytes(loaded.reduce((a, b) => a + b, 0));
    };
    try {
      const outcomes = await shell.attachEvidenceFiles(
        jobId,
        batch.map((e) => e.source),
        {
          title: values.title,
          description: values.description,
          type: values.type,
          effectiveDate: values.effectiveDate,
          coversFrom: values.coversFrom,
          coversTo: values.coversTo,
          owner: values.owner,
          controls: values.controls,
        },
        apply,
      );
      // The answer repeats every outcome, in case an event was missed.
      outcomes.forEach(apply);
      onAttached();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      for (const entry of batch) update(entry.key, { kind: 'failed', message });
    }
    abortRef.current = null;
    setRunning(null);
  };

  const submit = (values: UploadFormOutput) => {
    if (waiting.length === 0) {
      setNoFiles(true);
      return Promise.resolve();
    }
    const shell = bridge();
    return shell ? runInShell(shell, values) : run(values);
  };

  const chooseInShell = async () => {
    const shell = bridge();
    if (!shell) return;
    addFiles(await shell.chooseEvidenceFiles());
  };

  const close = () => {
    if (running) return;
    onClose();
  };

  const { dragging, handlers: dropHandlers } = useFileDrop({ onFiles: addFiles });

  const results = entries.filter((e) => e.state.kind !== 'waiting');
  const attachedCount = results.filter((e) => e.state.kind === 'attached' || e.state.kind === 'duplicate').length;
  const linkedCount = results.filter((e) => e.state.kind === 'duplicate').length;
  const overall = running
    ? running.bytes > 0
      ? Math.min(100, Math.round((sentBytes / running.bytes) * 100))
      : Math.round(((running.index - 1) / running.total) * 100)
    : 0;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Attach evidence"
      size="xl"
      closeOnClickOutside={!running}
      closeOnEscape={!running}
      withCloseButton={!running}
    >
      <form onSubmit={(event) => void form.handleSubmit(submit)(event)} noValidate aria-label="Attach evidence">
        <Stack gap="md">
          {finished || running ? null : (
            <div
              className={classes.dropZone}
              data-dragging={dragging || undefined}
              data-invalid={noFiles || undefined}
              data-testid="evidence-drop-zone"
              {...dropHandlers}
            >
              <Stack gap={6} align="center">
                <IconUpload size={28} aria-hidden stroke={1.5} />
                {electron ? (
                  <>
                    <Text size="sm" ta="center">
                      Drag files here, or
                    </Text>
                    <Button
                      variant="default"
                      size="xs"
                      onClick={() => void chooseInShell()}
                      disabled={running !== null}
                    >
                      Choose files
                    </Button>
                    <Text size="xs" c="dimmed" ta="center">
                      Screenshots, exports, reports: up to 4 GiB each, read straight from your disk. Each file becomes
                      one evidence item.
                    </Text>
                  </>
                ) : (
                  <>
                    <Text size="sm" ta="center">
                      Drag files here, or
                    </Text>
                    <Button
                      variant="default"
                      size="xs"
                      onClick={() => inputRef.current?.click()}
                      disabled={running !== null}
                    >
                      Choose files
                    </Button>
                    <VisuallyHidden>
                      <label htmlFor={inputId}>Files to attach</label>
                      <input
                        id={inputId}
                        ref={inputRef}
                        type="file"
                        multiple
                        tabIndex={-1}
                        onChange={(event) => {
                          addFiles(Array.from(event.currentTarget.files ?? []));
                          event.currentTarget.value = '';
                        }}
                      />
                    </VisuallyHidden>
                    <Text size="xs" c="dimmed" ta="center">
                      Screenshots, exports, reports: up to 4 GiB each. Each file becomes one evidence item.
                    </Text>
                  </>
                )}
              </Stack>
            </div>
          )}
          {noFiles ? (
            <Text size="sm" c="red.8" role="alert">
              Choose at least one file to attach.
            </Text>
          ) : null}

          {entries.length ? (
            <ul className={classes.fileList} aria-label="Files">
              {entries.map((e) => (
                <FileLine
                  key={e.key}
                  entry={e}
                  onRemove={
                    e.state.kind === 'waiting' && !running
                      ? () => setEntries((cur) => cur.filter((x) => x.key !== e.key))
                      : undefined
                  }
                />
              ))}
            </ul>
          ) : null}

          {running ? (
            <Stack gap={4} role="status" aria-live="polite">
              <Text size="sm" fw={500}>
                File {formatNumber(running.index)} of {formatNumber(running.total)}
              </Text>
              <Progress value={overall} aria-label="All files" size="md" />
            </Stack>
          ) : finished ? (
            <Alert
              color={attachedCount === results.length ? 'teal' : 'yellow'}
              variant="light"
              role="status"
              data-testid="upload-summary"
              icon={attachedCount === results.length ? <IconCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
            >
              Upload complete: {formatNumber(attachedCount)} of {countOf(results.length, 'file')} attached
              {linkedCount ? ` (${formatNumber(linkedCount)} already in the vault, linked to the existing item)` : ''}.
              {attachedCount < results.length ? (
                <List size="sm" mt={4}>
                  {results
                    .filter((e) => e.state.kind !== 'attached' && e.state.kind !== 'duplicate')
                    .map((e) => (
                      <List.Item key={e.key}>
                        {e.name}:{' '}
                        {e.state.kind === 'failed' || e.state.kind === 'refused' ? e.state.message : 'cancelled'}
                      </List.Item>
                    ))}
                </List>
              ) : null}
            </Alert>
          ) : null}

          {controls.error ? <ErrorNotice error={controls.error} title="The controls could not be read" /> : null}

          {finished || running ? null : (
            <MetaFields
              control={form.control}
              controls={controls.data ?? []}
              titleRequired={false}
              titleHint={
                waiting.length === 1
                  ? `Leave empty to use “${titleFromFileName(waiting[0]!.name)}”`
                  : 'Leave empty to use each file’s name without its extension'
              }
            />
          )}

          <Group justify="flex-end" gap="sm">
            {running ? (
              <Button variant="default" color="red" onClick={() => abortRef.current?.abort()}>
                Cancel upload
              </Button>
            ) : (
              <Button variant="default" onClick={close}>
                {finished ? 'Done' : 'Close'}
              </Button>
            )}
            {finished ? (
              <Button variant="light" leftSection={<IconUpload size={16} aria-hidden />} onClick={() => setEntries([])}>
                Attach more files
              </Button>
            ) : (
              <Button type="submit" loading={running !== null} leftSection={<IconUpload size={16} aria-hidden />}>
                {waiting.length > 1 ? `Upload ${formatNumber(waiting.length)} files` : 'Upload and attach'}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
