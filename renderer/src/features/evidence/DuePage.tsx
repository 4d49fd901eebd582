import {
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { MantineColor } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { DUE_LABELS, type DueItem, type DueState } from '../../../../shared/domain/evidence';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf, formatDate, formatNumber } from '../../components/format';
import { Label } from '../../components/labels';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { controlHref } from '../../store/hash';
import { EvidenceTabs } from './EvidenceTabs';
import { UploadModal } from './UploadModal';

const DUE_COLORS: Record<DueState, MantineColor> = {
  overdue: 'red',
  missing: 'grape',
  'due-this-week': 'orange',
  'due-this-month': 'yellow',
};

/** This week: what is late or runs out within seven days; this month adds what runs out within thirty. */
const THIS_WEEK: readonly DueState[] = ['overdue', 'missing', 'due-this-week'];

type Horizon = 'week' | 'month';

const NO_OWNER = 'No owner named';

function DueRow({ item, onAdd }: { item: DueItem; onAdd: (controlId: string) => void }) {
  return (
    <Table.Tr data-testid="due-row" data-control={item.controlId}>
      <Table.Td>
        <Anchor href={controlHref(item.controlId)} ff="monospace" fw={600} size="sm">
          {item.controlId}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{item.name}</Text>
        <Text size="xs" c="dimmed">
          {item.frequency[0]!.toUpperCase() + item.frequency.slice(1)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Label color={DUE_COLORS[item.state]}>{DUE_LABELS[item.state]}</Label>
      </Table.Td>
      <Table.Td className="attest-num">
        <Text size="sm">{item.dueDate ? formatDate(item.dueDate) : 'Now'}</Text>
      </Table.Td>
      <Table.Td className="attest-num">
        <Text size="sm" c={item.lastEvidence ? undefined : 'dimmed'}>
          {item.lastEvidence ? formatDate(item.lastEvidence) : 'None'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-xs"
          variant="default"
          leftSection={<IconPlus size={12} aria-hidden />}
          onClick={() => onAdd(item.controlId)}
          aria-label={`Add evidence for ${item.controlId}`}
        >
          Add evidence
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

/** What needs fresh evidence this week or this month, grouped by the person who owns the control. */
export function DuePage() {
  const due = useOperation('evidence.due', {});
  const [horizon, setHorizon] = useState<Horizon>('week');
  // Controls never evidenced are many early on; they would bury what falls due, so they are opt-in.
  const [withMissing, setWithMissing] = useState(false);
  const [adding, setAdding] = useState<{ control: string; key: number } | null>(null);

  const groups = useMemo(() => {
    const shown = (due.data ?? []).filter(
      (d) => (horizon === 'month' || THIS_WEEK.includes(d.state)) && (withMissing || d.state !== 'missing'),
    );
    const byOwner = new Map<string, DueItem[]>();
    for (const d of shown) {
      const owner = d.owner || NO_OWNER;
      const list = byOwner.get(owner);
      if (list) list.push(d);
      else byOwner.set(owner, [d]);
    }
    // Owners with the most late items first; "no owner" last, since someone must pick those up.
    return [...byOwner.entries()]
      .map(([owner, items]) => ({ owner, items, late: items.filter((i) => i.state !== 'due-this-month').length }))
      .sort(
        (a, b) =>
          Number(a.owner === NO_OWNER) - Number(b.owner === NO_OWNER) ||
          b.late - a.late ||
          a.owner.localeCompare(b.owner),
      );
  }, [due.data, horizon, withMissing]);
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const counts = useMemo(() => {
    const c: Record<DueState, number> = { overdue: 0, missing: 0, 'due-this-week': 0, 'due-this-month': 0 };
    for (const d of due.data ?? []) c[d.state]++;
    return c;
  }, [due.data]);

  return (
    <div data-testid="due-page">
      <PageHeader
        title="Evidence due"
        description="Controls whose evidence is missing, has run out, or runs out soon, by the person who owns each control. Attach fresh evidence to clear a line."
      />
      <EvidenceTabs current="due" />
      <Stack gap="md">
        {due.error ? <ErrorNotice error={due.error} title="The due list could not be read" /> : null}
        {due.status === 'loading' && !due.data ? <Loading label="Working out what is due…" /> : null}
        {due.data ? (
          <>
            <Group justify="space-between" align="center" wrap="wrap">
              <SegmentedControl
                aria-label="How far ahead"
                value={horizon}
                onChange={(v) => setHorizon(v as Horizon)}
                data={[
                  { value: 'week', label: 'This week' },
                  { value: 'month', label: 'This month' },
                ]}
              />
              <Switch
                label={`Include controls with no evidence yet (${formatNumber(counts.missing)})`}
                checked={withMissing}
                onChange={(event) => setWithMissing(event.currentTarget.checked)}
              />
              <Text size="sm" role="status" data-testid="due-summary" className="attest-num">
                {formatNumber(counts.overdue)} overdue, {formatNumber(counts.missing)} with no evidence yet,{' '}
                {formatNumber(counts['due-this-week'])} due this week, {formatNumber(counts['due-this-month'])} due
                later this month
              </Text>
            </Group>
            {total === 0 ? (
              <Paper withBorder radius="md" p="lg">
                <Text size="sm">
                  {horizon === 'week'
                    ? 'Nothing is late or due this week. Switch to “This month” to see what comes next.'
                    : 'Nothing is due this month.'}
                  {!withMissing && counts.missing
                    ? ` ${countOf(counts.missing, 'control has', 'controls have')} no evidence yet; include them to see which.`
                    : ''}
                </Text>
              </Paper>
            ) : (
              groups.map((g) => (
                <Paper key={g.owner} withBorder radius="md" p="md" component="section" aria-label={g.owner}>
                  <Title order={2} fz="h5" fw={600} mb="xs">
                    {g.owner}{' '}
                    <Text span size="sm" c="dimmed" fw={400}>
                      {countOf(g.items.length, 'control')}
                    </Text>
                  </Title>
                  <Table.ScrollContainer minWidth={720}>
                    <Table verticalSpacing={4} highlightOnHover>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th w={90}>Control</Table.Th>
                          <Table.Th>Name</Table.Th>
                          <Table.Th w={140}>State</Table.Th>
                          <Table.Th w={120}>Due</Table.Th>
                          <Table.Th w={130}>Latest evidence</Table.Th>
                          <Table.Th w={130}>
                            <VisuallyHidden>Action</VisuallyHidden>
                          </Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {/* Most urgent first, as the service orders them. */}
                        {g.items.map((item) => (
                          <DueRow
                            key={item.controlId}
                            item={item}
                            onAdd={(control) => setAdding({ control, key: Date.now() })}
                          />
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Paper>
              ))
            )}
          </>
        ) : null}
      </Stack>
      {adding ? (
        <UploadModal
          key={adding.key}
          opened
          initialControls={[adding.control]}
          onClose={() => setAdding(null)}
          onAttached={due.reload}
        />
      ) : null}
    </div>
  );
}
