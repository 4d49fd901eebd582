import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import {
  DECISIONS,
  DECISION_LABELS,
  type AccessReviewDetail,
  type Decision,
  type ReviewAccount,
} from '../../../../shared/domain/access-reviews';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../components/format';

/** Keep, revoke or change the role of one account, with the reason the auditor will read. */
export function DecisionModal({
  reviewId,
  account,
  onClose,
  onChange,
}: {
  reviewId: number;
  account: ReviewAccount;
  onClose: () => void;
  onChange: (review: AccessReviewDetail) => void;
}) {
  const [decision, setDecision] = useState<Decision>(account.decision ?? 'keep');
  const [reason, setReason] = useState(account.reason);
  const [newRole, setNewRole] = useState(account.newRole ?? '');
  const [errors, setErrors] = useState<{ reason?: string; newRole?: string }>({});
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (choice: Decision | null) => {
    const local = {
      reason:
        choice && choice !== 'keep' && !reason.trim() ? 'Give a reason for revoking or changing access' : undefined,
      newRole: choice === 'change-role' && !newRole.trim() ? 'Name the new role' : undefined,
    };
    setErrors(local);
    if (local.reason || local.newRole) return;
    setBusy(true);
    const result = await call('accessReviews.decide', {
      reviewId,
      accountIds: [account.id],
      decision: choice,
      reason,
      newRole,
    });
    setBusy(false);
    if (result.ok) {
      onChange(result.value);
      onClose();
      return;
    }
    const placed: { reason?: string; newRole?: string } = {};
    for (const issue of inputIssues(result.error))
      if (issue.path === 'reason' || issue.path === 'newRole') placed[issue.path] = issue.message;
    if (Object.keys(placed).length) setErrors(placed);
    else setFailure(result.error);
  };

  return (
    <Modal opened onClose={onClose} title={`Decide: ${account.name || account.email}`}>
      <form
        noValidate
        aria-label="Decision"
        onSubmit={(e) => {
          e.preventDefault();
          void save(decision);
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {account.email} · role {account.role || 'not given'} · last login{' '}
            {account.lastLogin ? formatDate(account.lastLogin) : 'never or unknown'}
          </Text>
          <SegmentedControl
            fullWidth
            aria-label="Decision"
            value={decision}
            onChange={(v) => setDecision(v as Decision)}
            data={DECISIONS.map((d) => ({ value: d, label: DECISION_LABELS[d] }))}
          />
          {decision === 'change-role' ? (
            <TextInput
              label="New role"
              withAsterisk
              value={newRole}
              onChange={(e) => setNewRole(e.currentTarget.value)}
              error={errors.newRole}
            />
          ) : null}
          <Textarea
            label="Reason"
            withAsterisk={decision !== 'keep'}
            description={decision === 'keep' ? 'Optional for keep' : 'Why the access goes or changes'}
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            data-autofocus
          />
          {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
          <Group justify="space-between">
            {account.decision ? (
              <Button variant="subtle" color="gray" onClick={() => void save(null)}>
                Clear decision
              </Button>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={busy}>
                Save decision
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
