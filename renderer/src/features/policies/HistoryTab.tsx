import { Button, Group, Modal, Paper, Select, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import {
  POLICY_STATUS_LABELS,
  type DiffLine,
  type PolicyDetail,
  type PolicyVersion,
} from '../../../../shared/domain/policies';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf, formatDate, formatInstant } from '../../components/format';
import { Loading } from '../../components/Loading';
import { useOperation } from '../../hooks/useOperation';
import { PolicyStatusLabel } from './labels';
import classes from './Policies.module.css';

const CONTEXT = 3;

type Shown = { kind: 'line'; line: DiffLine; n: number } | { kind: 'gap'; count: number; from: number };

/** Keeps changed lines with a few lines of context; long unchanged runs fold into one "n unchanged lines" row. */
function fold(lines: readonly DiffLine[], expanded: boolean): Shown[] {
  if (expanded) return lines.map((line, n) => ({ kind: 'line', line, n }));
  const keep = lines.map(() => false);
  lines.forEach((line, i) => {
    if (line.kind === 'same') return;
    for (let j = Math.max(0, i - CONTEXT); j <= Math.min(lines.length - 1, i + CONTEXT); j++) keep[j] = true;
  });
  const out: Shown[] = [];
  let gap = 0;
  lines.forEach((line, n) => {
    if (keep[n]) {
      if (gap) out.push({ kind: 'gap', count: gap, from: n - gap });
      gap = 0;
      out.push({ kind: 'line', line, n });
    } else gap++;
  });
  if (gap) out.push({ kind: 'gap', count: gap, from: lines.length - gap });
  return out;
}

const MARKERS = { added: '+', removed: '−', same: ' ' } as const;
const SPOKEN = { added: 'Added: ', removed: 'Removed: ', same: '' } as const;

function DiffView({ id, from, to }: { id: string; from: string; to: string }) {
  const diff = useOperation('policies.diff', { id, from, to });
  const [expanded, setExpanded] = useState(false);
  const lines = useMemo(() => diff.data ?? [], [diff.data]);
  const shown = useMemo(() => fold(lines, expanded), [lines, expanded]);
  const added = lines.filter((l) => l.kind === 'added').length;
  const removed = lines.filter((l) => l.kind === 'removed').length;

  if (diff.error) return <ErrorNotice error={diff.error} title="The versions could not be compared" />;
  if (!diff.data) return <Loading label="Comparing…" />;
  if (added === 0 && removed === 0)
    return (
      <Text size="sm" c="dimmed">
        The text of {from} and {to} is the same.
      </Text>
    );

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" className="attest-num" role="status">
          From {from} to {to}:{' '}
          <Text span c="teal.9" fw={600} inherit>
            {countOf(added, 'line')} added
          </Text>
          ,{' '}
          <Text span c="red.9" fw={600} inherit>
            {countOf(removed, 'line')} removed
          </Text>
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={() => setExpanded((e) => !e)}>
          {expanded ? 'Show only the changes' : 'Show the whole text'}
        </Button>
      </Group>
      <div className={classes.diff} role="region" aria-label={`Differences from ${from} to ${to}`} tabIndex={0}>
        {shown.map((item) =>
          item.kind === 'gap' ? (
            <UnstyledButton
              key={`gap-${item.from}`}
              className={classes.diffGap}
              w="100%"
              onClick={() => setExpanded(true)}
            >
              … {countOf(item.count, 'unchanged line')}
            </UnstyledButton>
          ) : (
            <div key={item.n} className={classes.diffLine} data-kind={item.line.kind}>
              <span className={classes.diffMarker} aria-hidden>
                {MARKERS[item.line.kind]}
              </span>
              <span>
                {SPOKEN[item.line.kind] ? (
                  <span className="attest-visually-hidden">{SPOKEN[item.line.kind]}</span>
                ) : null}
                {item.line.text || '\u00a0'}
              </span>
            </div>
          ),
        )}
      </div>
    </Stack>
  );
}

function VersionText({ version, onClose }: { version: PolicyVersion | null; onClose: () => void }) {
  return (
    <Modal
      opened={version !== null}
      onClose={onClose}
      size="xl"
      title={version ? `Text of version ${version.version}` : 'Text'}
    >
      {version ? (
        <Stack gap="sm">
          <Group gap="xs">
            <PolicyStatusLabel status={version.status} version={version.version} />
            <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              SHA-256 {version.bodySha256}
            </Text>
          </Group>
          <pre className={classes.versionText} aria-label={`Text of version ${version.version}`} tabIndex={0}>
            {version.body}
          </pre>
        </Stack>
      ) : null}
    </Modal>
  );
}

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The calendar day of an instant, in the person's time zone. */
function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dayFormat.format(date);
}

function approver(v: PolicyVersion): string {
  if (!v.approverName) return '';
  return v.approverTitle ? `${v.approverName}, ${v.approverTitle}` : v.approverName;
}

/** Every version with its dates and approver, the text of any of them, and the differences between two. */
export function HistoryTab({ policy }: { policy: PolicyDetail }) {
  const versions = policy.versions;
  const [to, setTo] = useState(versions[0]?.version ?? '');
  const [from, setFrom] = useState(versions[1]?.version ?? versions[0]?.version ?? '');
  const [viewing, setViewing] = useState<PolicyVersion | null>(null);
  const options = versions.map((v) => ({
    value: v.version,
    label: `${v.version} (${POLICY_STATUS_LABELS[v.status].toLowerCase()})`,
  }));

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Title order={2} fz="h4" fw={600} mb="sm">
          Versions
        </Title>
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="Versions" verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="4.5rem">Version</Table.Th>
                <Table.Th w="7rem">Status</Table.Th>
                <Table.Th>Started</Table.Th>
                <Table.Th className={classes.nowrap}>Submitted</Table.Th>
                <Table.Th className={classes.nowrap}>Approved</Table.Th>
                <Table.Th>Approver</Table.Th>
                <Table.Th className={classes.nowrap}>In force from</Table.Th>
                <Table.Th w="7rem">
                  <span className="attest-visually-hidden">Text</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td className="attest-num" fw={600}>
                    {v.version}
                  </Table.Td>
                  <Table.Td>
                    <PolicyStatusLabel status={v.status} />
                  </Table.Td>
                  <Table.Td className="attest-num">
                    <span className={classes.nowrap}>{formatDay(v.createdAt)}</span>
                    {v.changeSummary ? (
                      <Text size="xs" c="dimmed">
                        {v.changeSummary}
                      </Text>
                    ) : null}
                    {v.status === 'draft' ? (
                      <Text size="xs" c="dimmed">
                        Last saved {formatInstant(v.updatedAt)}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td className={`attest-num ${classes.nowrap}`}>
                    {v.submittedAt ? formatDay(v.submittedAt) : '—'}
                  </Table.Td>
                  <Table.Td className={`attest-num ${classes.nowrap}`}>
                    {v.approvedOn ? formatDate(v.approvedOn) : '—'}
                  </Table.Td>
                  <Table.Td>{approver(v) || '—'}</Table.Td>
                  <Table.Td className={`attest-num ${classes.nowrap}`}>
                    {v.effectiveDate ? formatDate(v.effectiveDate) : '—'}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-label={`View the text of version ${v.version}`}
                      onClick={() => setViewing(v)}
                    >
                      View text
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>

      <Paper withBorder radius="md" p="lg" component="section" aria-label="Compare versions">
        <Title order={2} fz="h4" fw={600} mb={4}>
          Compare versions
        </Title>
        {versions.length < 2 ? (
          <Text size="sm" c="dimmed">
            There is only version {versions[0]?.version ?? '1.0'} so far. Once a new version is started, choose two
            versions here to see what changed between them.
          </Text>
        ) : (
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              Lines added in the later version are marked + on green, lines removed are marked − on red and struck
              through.
            </Text>
            <Group gap="sm" align="flex-end">
              <Select
                label="From version"
                data={options}
                value={from}
                onChange={(v) => v && setFrom(v)}
                allowDeselect={false}
                w={200}
              />
              <Button
                variant="default"
                aria-label="Swap the two versions"
                title="Swap the two versions"
                onClick={() => {
                  setFrom(to);
                  setTo(from);
                }}
              >
                <IconArrowsExchange size={16} aria-hidden />
              </Button>
              <Select
                label="To version"
                data={options}
                value={to}
                onChange={(v) => v && setTo(v)}
                allowDeselect={false}
                w={200}
              />
            </Group>
            {from === to ? (
              <Text size="sm" c="dimmed">
                Choose two different versions to compare.
              </Text>
            ) : (
              <DiffView key={`${from}:${to}:${policy.updatedAt}`} id={policy.id} from={from} to={to} />
            )}
          </Stack>
        )}
      </Paper>
      <VersionText version={viewing} onClose={() => setViewing(null)} />
    </Stack>
  );
}
