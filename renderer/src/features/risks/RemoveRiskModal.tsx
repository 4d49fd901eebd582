import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import type { OperationName } from '../../../../shared/contract';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';

/** Removal with a reason the audit trail keeps; shared by the risk and vendor pages. */
export function RemoveModal({
  operation,
  id,
  title,
  what,
  onClose,
  onRemoved,
}: {
  operation: Extract<OperationName, 'risks.remove' | 'vendors.remove'>;
  id: number;
  title: string;
  what: string;
  onClose: () => void;
  onRemoved: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    if (!reason.trim()) {
      setError(`A reason for removing the ${what} is required`);
      return;
    }
    setBusy(true);
    const result = await call(operation, { id, reason: reason.trim() });
    setBusy(false);
    if (result.ok) {
      onClose();
      onRemoved();
    } else setFailure(result.error);
  };
  return (
    <Modal opened onClose={onClose} title={`Remove “${title}”`}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void remove();
        }}
      >
        <Stack gap="md">
          <Text size="sm">The reason is kept in the audit trail, so the auditor can see why it went.</Text>
          <Textarea
            label="Why remove it?"
            withAsterisk
            data-autofocus
            autosize
            minRows={2}
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
              Keep it
            </Button>
            <Button type="submit" color="red" loading={busy} leftSection={<IconTrash size={16} aria-hidden />}>
              {`Remove ${what}`}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
