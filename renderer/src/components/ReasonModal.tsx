import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ErrorShape, Result } from '../../../shared/contract/errors';
import { inputIssues } from '../client/errors';
import { ErrorNotice } from './ErrorNotice';

export interface ReasonModalProps {
  title: string;
  /** What happens, and that the reason stays in the audit trail. */
  explanation: ReactNode;
  label?: string;
  placeholder?: string;
  /** Shown under the field when it is left empty. */
  missing: string;
  confirm: string;
  keep?: string;
  /** Sends the trimmed reason; a field error on `reason` shows under the field. */
  submit: (reason: string) => Promise<Result<unknown>>;
  onDone: () => void;
  onClose: () => void;
}

/**
 * Removal that needs a reason, which the audit trail keeps: one form for
 * every register, so each asks the same way and keeps what was typed on failure.
 */
export function ReasonModal({
  title,
  explanation,
  label = 'Why remove it?',
  placeholder,
  missing,
  confirm,
  keep = 'Keep it',
  submit,
  onDone,
  onClose,
}: ReasonModalProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (!reason.trim()) {
      setError(missing);
      return;
    }
    setBusy(true);
    const result = await submit(reason.trim());
    setBusy(false);
    if (result.ok) {
      onClose();
      onDone();
      return;
    }
    const issue = inputIssues(result.error).find((i) => i.path === 'reason');
    if (issue) setError(issue.message);
    else setFailure(result.error);
  };
  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{explanation}</Text>
          <Textarea
            label={label}
            placeholder={placeholder}
            withAsterisk
            data-autofocus
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              if (e.currentTarget.value.trim()) setError(null);
            }}
            error={error}
          />
          {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {keep}
            </Button>
            <Button type="submit" color="red" loading={busy} leftSection={<IconTrash size={16} aria-hidden />}>
              {confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
