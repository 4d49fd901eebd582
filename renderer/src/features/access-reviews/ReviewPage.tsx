import { Alert, Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileImport, IconLock, IconPlus, IconTrash } from '@tabler/icons-react';
import type { SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import {
  DECISION_LABELS,
  type AccessReviewDetail,
  type Decision,
  type ReviewAccount,
} from '../../../../shared/domain/access-reviews';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf, formatDate, formatInstant, formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { AREA_TITLE_ID } from '../../components/PageHeader';
import { VirtualTable } from '../../components/table/VirtualTable';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { hashForArea } from '../../store/hash';
import { accountColumns } from './accountColumns';
import { DecisionModal } from './DecisionModal';
import { ImportModal } from './ImportModal';
import { ReviewStatusLabel } from './labels';
import { AddAccountModal, AddendumForm, CompleteModal, RemediationModal } from './ReviewModals';
import { SearchFilter } from '../../components/SearchFilter';

type DecisionFilter = Decision | 'undecided' | 'open-remediation';

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="lg" fw={600} className="attest-num">
        {formatNumber(value)}
      </Text>
    </Paper>
  );
}

/** One access review: the accounts, a decision for each, remediation, completion and addenda. */
export function ReviewPage({ id }: { id: number }) {
  const loaded = useOperation('accessReviews.get', { id });
  const setArea = useAppStore((s) => s.setArea);
  const [latest, setLatest] = useState<AccessReviewDetail | null>(null);
  const review = latest ?? loaded.data;
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<DecisionFilter | null>(null);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [modal, setModal] = useState<
    { kind: 'import' | 'add' | 'complete' } | { kind: 'decide' | 'remediate'; account: ReviewAccount } | null
  >(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorShape | null>(null);

  const reload = () => {
    setLatest(null);
    loaded.reload();
  };

  const accounts = useMemo(() => review?.accountRows ?? [], [review]);
  const shown = useMemo(() => {
    const q = search.trim().toLowerCase();
    return accounts.filter(
      (a) =>
        (!q || a.email.includes(q) || a.name.toLowerCase().includes(q) || a.role.toLowerCase().includes(q)) &&
        (!filter ||
          (filter === 'undecided'
            ? a.decision === null
            : filter === 'open-remediation'
              ? (a.decision === 'revoke' || a.decision === 'change-role') && !a.remediatedOn
              : a.decision === filter)),
    );
  }, [accounts, search, filter]);

  if (!review) {
    return loaded.error ? (
      <ErrorNotice
        error={loaded.error}
        title={loaded.error.code === 'not_found' ? 'No such access review' : 'The review could not be read'}
      />
    ) : (
      <Loading label="Loading the review…" />
    );
  }

  const locked = review.status === 'completed';
  const open = (account: ReviewAccount) => {
    if (!locked) setModal({ kind: 'decide', account });
    else if ((account.decision === 'revoke' || account.decision === 'change-role') && !account.remediatedOn)
      setModal({ kind: 'remediate', account });
  };

  const remove = async () => {
    const result = await call('accessReviews.remove', { id: review.id });
    if (result.ok) setArea('access-reviews');
    else setFailure(result.error);
  };

  return (
    <Stack gap="md">
      <Anchor
        href={hashForArea('access-reviews')}
        size="sm"
        onClick={(e) => {
          e.preventDefault();
          setArea('access-reviews');
        }}
      >
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          All access reviews
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={1} fz="h2" fw={600} id={AREA_TITLE_ID} tabIndex={-1} className="attest-area-title">
            {review.systemName} access review
          </Title>
          <Group gap="xs">
            <ReviewStatusLabel status={review.status} />
            <Text size="sm" c="dimmed">
              Access from {formatDate(review.periodStart)} to {formatDate(review.periodEnd)} · reviewed by{' '}
              {review.reviewer} on {formatDate(review.reviewDate)}
            </Text>
          </Group>
        </Stack>
        {!locked ? (
          <Group gap="xs" wrap="nowrap">
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setModal({ kind: 'add' })}
            >
              Add account
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileImport size={16} aria-hidden />}
              onClick={() => setModal({ kind: 'import' })}
            >
              Import CSV
            </Button>
            <Button
              leftSection={<IconLock size={16} aria-hidden />}
              onClick={() => setModal({ kind: 'complete' })}
              disabled={review.accounts === 0}
            >
              Complete review
            </Button>
          </Group>
        ) : null}
      </Group>
      {locked ? (
        <Alert
          color="teal"
          variant="light"
          icon={<IconLock size={18} aria-hidden />}
          title="Completed and locked"
          data-testid="review-locked"
        >
          <Text size="sm">
            Completed {formatInstant(review.completedAt)}. The accounts and decisions can no longer change; corrections
            are added below as dated addenda.
          </Text>
          <Text size="xs" c="dimmed" ff="monospace" mt={4}>
            Snapshot SHA-256 {review.snapshotSha256}
          </Text>
        </Alert>
      ) : null}
      {notice ? (
        <Alert color="teal" variant="light" withCloseButton onClose={() => setNotice(null)} role="status">
          {notice}
        </Alert>
      ) : null}
      {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
        <Stat label="Accounts" value={review.accounts} />
        <Stat label="Undecided" value={review.accounts - review.decided} />
        <Stat label="Kept" value={review.kept} />
        <Stat label="Revoked" value={review.revoked} />
        <Stat label="Role changed" value={review.changed} />
        <Stat label="Remediation open" value={review.openRemediations} />
      </SimpleGrid>
      {review.accounts === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text size="sm">
            No accounts yet. Import the user list the system exports (CSV), or add accounts one by one. Then decide, for
            each, whether the access stays, goes or changes.
          </Text>
        </Paper>
      ) : (
        <>
          <Group gap="sm" align="flex-end">
            <SearchFilter placeholder="Name, email, role" value={search} onChange={setSearch} />
            <Select
              label="Decision"
              placeholder="Any"
              clearable
              value={filter}
              onChange={(v) => setFilter(v as DecisionFilter | null)}
              data={[
                { value: 'undecided', label: 'Undecided' },
                ...(['keep', 'revoke', 'change-role'] as const).map((d) => ({ value: d, label: DECISION_LABELS[d] })),
                { value: 'open-remediation', label: 'Remediation open' },
              ]}
              w={200}
            />
            <Text size="sm" c="dimmed" role="status" data-testid="accounts-count">
              {shown.length === accounts.length
                ? countOf(accounts.length, 'account')
                : `${formatNumber(shown.length)} of ${countOf(accounts.length, 'account')}`}
              {locked ? '' : ' · open an account to decide'}
            </Text>
          </Group>
          <VirtualTable
            label="Accounts reviewed"
            testId="accounts-scroller"
            data={shown}
            columns={accountColumns}
            getRowId={(a) => String(a.id)}
            sorting={sorting}
            onSortingChange={setSorting}
            onOpen={open}
            minWidth="52rem"
          />
        </>
      )}
      {locked ? (
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="addenda-title">
          <Stack gap="sm">
            <Title order={2} fz="h4" fw={600} id="addenda-title">
              Addenda
            </Title>
            {review.addendaRows.length === 0 ? (
              <Text size="sm" c="dimmed">
                None. If something in this review turns out wrong, record the correction here; the original stays as it
                was.
              </Text>
            ) : (
              review.addendaRows.map((a) => (
                <Paper key={a.id} withBorder radius="sm" p="sm">
                  <Text size="xs" c="dimmed">
                    {formatDate(a.addedOn)} · {a.author}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {a.text}
                  </Text>
                </Paper>
              ))
            )}
            <AddendumForm reviewId={review.id} onChange={setLatest} />
          </Stack>
        </Paper>
      ) : (
        <Group>
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => void remove()}
          >
            Delete this unfinished review
          </Button>
        </Group>
      )}
      {modal?.kind === 'import' ? (
        <ImportModal
          reviewId={review.id}
          onClose={() => setModal(null)}
          onImported={(m) => {
            setNotice(m);
            reload();
          }}
        />
      ) : null}
      {modal?.kind === 'add' ? (
        <AddAccountModal reviewId={review.id} onClose={() => setModal(null)} onAdded={reload} />
      ) : null}
      {modal?.kind === 'complete' ? (
        <CompleteModal
          review={review}
          onClose={() => setModal(null)}
          onChange={(r) => {
            setNotice(null);
            setLatest(r);
          }}
        />
      ) : null}
      {modal?.kind === 'decide' ? (
        <DecisionModal
          reviewId={review.id}
          account={modal.account}
          onClose={() => setModal(null)}
          onChange={setLatest}
        />
      ) : null}
      {modal?.kind === 'remediate' ? (
        <RemediationModal account={modal.account} onClose={() => setModal(null)} onChange={setLatest} />
      ) : null}
    </Stack>
  );
}
