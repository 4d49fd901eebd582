import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { SYSTEM_REVIEW_STATE_LABELS } from '../../../../shared/domain/access-reviews';
import { REVIEW_STATE_LABELS } from '../../../../shared/domain/policies';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../components/format';
import { Label } from '../../components/labels';
import { useOperation } from '../../hooks/useOperation';
import { hashForArea } from '../../store/hash';

interface Row {
  key: string;
  what: string;
  href: string;
  date: string | null;
  overdue: boolean;
  state: string;
}

/** Policy reviews and system access reviews that are overdue or due soon, the most urgent first. */
export function OverdueReviews() {
  const policies = useOperation('policies.list', {});
  const systems = useOperation('accessSystems.list', {});
  const rows: Row[] = [
    ...(policies.data ?? [])
      .filter((p) => p.reviewState === 'overdue' || p.reviewState === 'due-soon')
      .map((p) => ({
        key: `policy:${p.id}`,
        what: `Policy: ${p.title}`,
        href: hashForArea('policies', p.id),
        date: p.nextReviewDate,
        overdue: p.reviewState === 'overdue',
        state: REVIEW_STATE_LABELS[p.reviewState],
      })),
    ...(systems.data ?? [])
      .filter((s) => s.inScope && (s.state === 'overdue' || s.state === 'due-soon'))
      .map((s) => ({
        key: `system:${s.id}`,
        what: `Access review: ${s.name}`,
        href: hashForArea('access-reviews'),
        date: s.nextDue,
        overdue: s.state === 'overdue',
        state: SYSTEM_REVIEW_STATE_LABELS[s.state],
      })),
  ].sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.date ?? '').localeCompare(b.date ?? ''));
  const error = policies.error ?? systems.error;
  const loaded = policies.data !== null && systems.data !== null;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="overdue-reviews-title">
      <Title order={2} fz="h5" fw={600} id="overdue-reviews-title" mb="sm">
        Reviews overdue or due soon
      </Title>
      {error ? <ErrorNotice error={error} title="The reviews could not be read" /> : null}
      {loaded && rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Every approved policy and every system in scope is within its review cadence.
        </Text>
      ) : null}
      <Stack gap="xs" data-testid="overdue-reviews">
        {rows.slice(0, 8).map((r) => (
          <Group key={r.key} justify="space-between" wrap="nowrap" gap="sm">
            <Anchor href={r.href} size="sm" lineClamp={1}>
              {r.what}
            </Anchor>
            <Group gap={6} wrap="nowrap">
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(r.date)}
              </Text>
              <Label color={r.overdue ? 'red' : 'yellow'}>{r.state}</Label>
            </Group>
          </Group>
        ))}
      </Stack>
      {rows.length > 8 ? (
        <Text size="sm" c="dimmed" mt="sm">
          and {rows.length - 8} more
        </Text>
      ) : null}
    </Paper>
  );
}
