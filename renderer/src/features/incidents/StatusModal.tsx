import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import {
  INCIDENT_STATUSES,
  INCIDENT_STATUS_LABELS,
  INCIDENT_STATUS_MEANINGS,
  incidentGaps,
  type IncidentDetail,
  type IncidentStatus,
} from '../../../../shared/domain/incidents';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fromLocalInput, nowLocalInput, toLocalInput } from './time';

/** Moves the incident along; the move and its note land on the timeline. */
export function StatusModal({
  incident,
  onClose,
  onChange,
}: {
  incident: IncidentDetail;
  onClose: () => void;
  onChange: (i: IncidentDetail) => void;
}) {
  const next =
    INCIDENT_STATUSES[Math.min(INCIDENT_STATUSES.indexOf(incident.status) + 1, INCIDENT_STATUSES.length - 1)]!;
  const [status, setStatus] = useState<IncidentStatus>(next);
  const [resolvedAt, setResolvedAt] = useState(toLocalInput(incident.resolvedAt) || nowLocalInput());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const resolving = status === 'resolved' || status === 'closed';
  // What the record would still lack once in the new status: said before the move, not discovered after.
  const missing = incidentGaps({
    status,
    severity: incident.severity,
    significant: incident.significant,
    hasRootCause: incident.rootCause.trim() !== '',
    hasPostmortem: incident.postmortem.trim() !== '',
    notificationRequired: incident.notificationRequired,
    notified: incident.notifiedAt !== null,
    actions: incident.actions.length,
    overdueActions: incident.actions.filter((a) => a.overdue).length,
  });

  const save = async () => {
    const at = fromLocalInput(resolvedAt);
    if (resolving && !at) {
      setError('Enter when it was resolved');
      return;
    }
    setBusy(true);
    const result = await call('incidents.setStatus', {
      id: incident.id,
      status,
      ...(resolving && at ? { resolvedAt: at } : {}),
      note,
    });
    setBusy(false);
    if (result.ok) {
      onChange(result.value);
      onClose();
      return;
    }
    const issue = inputIssues(result.error).find((i) => i.path === 'resolvedAt');
    if (issue) setError(issue.message);
    else setFailure(result.error);
  };

  return (
    <Modal opened onClose={onClose} title={`Change the status of ${incident.ref}`}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          <Select
            label="New status"
            data={INCIDENT_STATUSES.map((s) => ({ value: s, label: INCIDENT_STATUS_LABELS[s] }))}
            value={status}
            onChange={(v) => v && setStatus(v as IncidentStatus)}
            allowDeselect={false}
            description={INCIDENT_STATUS_MEANINGS[status]}
            data-autofocus
          />
          {resolving ? (
            <TextInput
              type="datetime-local"
              label="Resolved"
              withAsterisk
              value={resolvedAt}
              onChange={(e) => {
                setResolvedAt(e.currentTarget.value);
                setError(null);
              }}
              error={error}
            />
          ) : null}
          <Textarea
            label="Note for the timeline"
            placeholder="Optional"
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {resolving && missing.length ? (
            <Text size="sm" c="orange">
              Still missing: {missing.join('; ')}. You can go ahead; the incident page and the self-check will keep
              pointing these out.
            </Text>
          ) : null}
          {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              {status === 'closed' ? 'Close incident' : `Mark ${INCIDENT_STATUS_LABELS[status].toLowerCase()}`}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
