import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import type { AccessSystem } from '../../../../shared/domain/access-reviews';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAppStore } from '../../store/app';

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The last full calendar quarter: what a quarterly review usually covers. */
function lastQuarter(today = new Date()): { from: string; to: string } {
  const q = Math.floor(today.getMonth() / 3);
  const start = new Date(today.getFullYear(), q * 3 - 3, 1);
  const end = new Date(today.getFullYear(), q * 3, 0);
  return { from: iso(start), to: iso(end) };
}

type Field = 'systemId' | 'periodStart' | 'periodEnd' | 'reviewer' | 'reviewDate';

/** Starts a review of one system's accounts. */
export function StartReviewModal({
  systems,
  initialSystem,
  onClose,
}: {
  systems: AccessSystem[];
  initialSystem?: number;
  onClose: () => void;
}) {
  const navigate = useAppStore((s) => s.navigate);
  const quarter = lastQuarter();
  const [systemId, setSystemId] = useState<string | null>(initialSystem ? String(initialSystem) : null);
  const [periodStart, setPeriodStart] = useState(quarter.from);
  const [periodEnd, setPeriodEnd] = useState(quarter.to);
  const [reviewer, setReviewer] = useState(systems.find((s) => s.id === initialSystem)?.owner ?? '');
  const [reviewDate, setReviewDate] = useState(iso(new Date()));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    const local: Partial<Record<Field, string>> = {
      systemId: systemId ? undefined : 'Choose the system reviewed',
      reviewer: reviewer.trim() ? undefined : 'Name the reviewer',
      periodEnd: periodStart && periodEnd && periodEnd < periodStart ? 'The end is before the start' : undefined,
    };
    setErrors(local);
    if (Object.values(local).some(Boolean)) return;
    setBusy(true);
    const result = await call('accessReviews.create', {
      systemId: Number(systemId),
      periodStart,
      periodEnd,
      reviewer,
      reviewDate,
    });
    setBusy(false);
    if (result.ok) {
      onClose();
      navigate('access-reviews', String(result.value.id));
      return;
    }
    const placed: Partial<Record<Field, string>> = {};
    for (const issue of inputIssues(result.error)) placed[issue.path as Field] = issue.message;
    if (Object.keys(placed).length) setErrors(placed);
    else setFailure(result.error);
  };

  return (
    <Modal opened onClose={onClose} title="Start an access review" size="lg">
      <form
        noValidate
        aria-label="Start an access review"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <Stack gap="md">
          <Select
            label="System"
            withAsterisk
            searchable
            data-autofocus
            data={systems.map((s) => ({ value: String(s.id), label: s.inScope ? s.name : `${s.name} (not in scope)` }))}
            value={systemId}
            onChange={(v) => {
              setSystemId(v);
              const owner = systems.find((s) => String(s.id) === v)?.owner;
              if (owner && !reviewer) setReviewer(owner);
            }}
            error={errors.systemId}
          />
          <SimpleGrid cols={2}>
            <TextInput
              type="date"
              label="Access reviewed from"
              value={periodStart}
              onChange={(e) => setPeriodStart(e.currentTarget.value)}
              error={errors.periodStart}
            />
            <TextInput
              type="date"
              label="to"
              value={periodEnd}
              onChange={(e) => setPeriodEnd(e.currentTarget.value)}
              error={errors.periodEnd}
            />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <TextInput
              label="Reviewer"
              withAsterisk
              value={reviewer}
              onChange={(e) => setReviewer(e.currentTarget.value)}
              error={errors.reviewer}
            />
            <TextInput
              type="date"
              label="Review performed on"
              value={reviewDate}
              onChange={(e) => setReviewDate(e.currentTarget.value)}
              error={errors.reviewDate}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            The date performed places the review in its quarter (or month, half-year, year) of the audit period.
          </Text>
          {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Start review
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
