import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { DECISION_LABELS, type AccessReviewDetail, type ReviewAccount } from '../../../../shared/domain/access-reviews';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf, formatNumber } from '../../components/format';

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Completing locks the review: the confirmation says so, and offers to keep the accounts nobody flagged. */
export function CompleteModal({
  review,
  onClose,
  onChange,
}: {
  review: AccessReviewDetail;
  onClose: () => void;
  onChange: (r: AccessReviewDetail) => void;
}) {
  const undecided = review.accounts - review.decided;
  const [keepRest, setKeepRest] = useState(false);
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const complete = async () => {
    setBusy(true);
    const result = await call('accessReviews.complete', { id: review.id, keepUndecided: keepRest });
    setBusy(false);
    if (result.ok) {
      onChange(result.value);
      onClose();
    } else setFailure(result.error);
  };
  return (
    <Modal opened onClose={onClose} title="Complete and lock this review">
      <Stack gap="md">
        <Text size="sm">
          {formatNumber(review.accounts)} accounts: {formatNumber(review.kept)} kept, {formatNumber(review.revoked)}{' '}
          revoked, {formatNumber(review.changed)} role changes
          {undecided ? `, ${formatNumber(undecided)} without a decision` : ''}.
        </Text>
        <Text size="sm">
          Once completed, the accounts and decisions cannot be changed: this is the record the auditor samples. Later
          corrections are added as dated addenda. Remediation dates can still be recorded once each.
        </Text>
        {undecided ? (
          <Checkbox
            checked={keepRest}
            onChange={(e) => setKeepRest(e.currentTarget.checked)}
            label={`Record the ${countOf(undecided, 'account')} without a decision as keep`}
            description="You confirm their access is still appropriate."
          />
        ) : null}
        {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Not yet
          </Button>
          <Button
            leftSection={<IconLock size={16} aria-hidden />}
            onClick={() => void complete()}
            loading={busy}
            disabled={undecided > 0 && !keepRest}
          >
            Complete review
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** When the revoke or role change was actually done. */
export function RemediationModal({
  account,
  onClose,
  onChange,
}: {
  account: ReviewAccount;
  onClose: () => void;
  onChange: (r: AccessReviewDetail) => void;
}) {
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    const result = await call('accessReviews.remediate', { accountId: account.id, remediatedOn: date, note });
    setBusy(false);
    if (result.ok) {
      onChange(result.value);
      onClose();
      return;
    }
    const issue = inputIssues(result.error).find((i) => i.path === 'remediatedOn');
    if (issue) setError(issue.message);
    else setFailure(result.error);
  };
  return (
    <Modal opened onClose={onClose} title={`Remediation: ${account.name || account.email}`}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            Decision: {account.decision ? DECISION_LABELS[account.decision] : ''}
            {account.newRole ? ` to ${account.newRole}` : ''}. {account.reason}
          </Text>
          <TextInput
            type="date"
            label="Done on"
            withAsterisk
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={error}
          />
          <TextInput
            label="Note"
            placeholder="Ticket or how it was done"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Record remediation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** One account typed in by hand, for systems without an export. */
export function AddAccountModal({
  reviewId,
  onClose,
  onAdded,
}: {
  reviewId: number;
  onClose: () => void;
  onAdded: () => void;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('');
  const [lastLogin, setLastLogin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) {
      setError('Use an email address like name@example.com');
      return;
    }
    setBusy(true);
    const result = await call('accessReviews.addAccounts', {
      reviewId,
      accounts: [{ name, email, role, lastLogin: lastLogin || null }],
    });
    setBusy(false);
    if (result.ok) {
      onAdded();
      onClose();
      return;
    }
    const issue = inputIssues(result.error).find((i) => i.path.endsWith('email'));
    if (issue) setError(issue.message);
    else setFailure(result.error);
  };
  return (
    <Modal opened onClose={onClose} title="Add an account">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          <SimpleGrid cols={2}>
            <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
            <TextInput
              label="Email"
              withAsterisk
              value={email}
              onChange={(e) => {
                setEmail(e.currentTarget.value);
                setError(null);
              }}
              error={error}
            />
            <TextInput label="Role" value={role} onChange={(e) => setRole(e.currentTarget.value)} />
            <TextInput
              type="date"
              label="Last login"
              value={lastLogin}
              onChange={(e) => setLastLogin(e.currentTarget.value)}
            />
          </SimpleGrid>
          {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Add account
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** A dated correction to a completed review. */
export function AddendumForm({ reviewId, onChange }: { reviewId: number; onChange: (r: AccessReviewDetail) => void }) {
  const [author, setAuthor] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ author?: string; text?: string }>({});
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const local = {
      author: author.trim() ? undefined : 'Author is required',
      text: text.trim() ? undefined : 'Write the correction',
    };
    setErrors(local);
    if (local.author || local.text) return;
    setBusy(true);
    const result = await call('accessReviews.addAddendum', { reviewId, author, text });
    setBusy(false);
    if (result.ok) {
      setText('');
      onChange(result.value);
    } else setFailure(result.error);
  };
  return (
    <form
      noValidate
      aria-label="Add an addendum"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="xs">
        <TextInput
          label="Author"
          value={author}
          onChange={(e) => setAuthor(e.currentTarget.value)}
          error={errors.author}
        />
        <Textarea
          label="Correction"
          autosize
          minRows={2}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors.text}
        />
        {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
        <Group>
          <Button type="submit" variant="light" loading={busy}>
            Add addendum
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
