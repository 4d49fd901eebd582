import { Anchor, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import type { PolicySummary } from '../../../../shared/domain/policies';
import { formatDate, formatNumber } from '../../components/format';
import { compareVersions, policyHref } from './format';
import { PolicyStatusLabel, ReviewStateLabel } from './labels';
import classes from './Policies.module.css';
import { usePoliciesView, type PolicySortKey } from './view';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const OPEN_ORDER = { draft: 0, 'in-review': 1 } as const;

/** 1 when the policy has no value for the key, so it goes last whichever the direction. */
function missing(key: PolicySortKey, p: PolicySummary): number {
  if (key === 'live') return p.live ? 0 : 1;
  if (key === 'open') return p.open ? 0 : 1;
  if (key === 'owner') return p.owner ? 0 : 1;
  if (key === 'nextReview') return p.nextReviewDate ? 0 : 1;
  return 0;
}

/** Compares two policies that both have a value for the key. */
function compareBy(key: PolicySortKey, a: PolicySummary, b: PolicySummary): number {
  switch (key) {
    case 'title':
      return collator.compare(a.title, b.title);
    case 'live':
      return a.live!.approvedOn.localeCompare(b.live!.approvedOn) || compareVersions(a.live!.version, b.live!.version);
    case 'open':
      return OPEN_ORDER[a.open!.status] - OPEN_ORDER[b.open!.status];
    case 'owner':
      return collator.compare(a.owner, b.owner);
    case 'nextReview':
      return a.nextReviewDate!.localeCompare(b.nextReviewDate!);
    case 'controls':
      return a.controls.length - b.controls.length;
  }
}

export function sortPolicies(
  policies: readonly PolicySummary[],
  key: PolicySortKey,
  dir: 'asc' | 'desc',
): PolicySummary[] {
  return [...policies].sort((a, b) => {
    const gap = missing(key, a) - missing(key, b);
    if (gap !== 0) return gap;
    const v = missing(key, a) ? 0 : compareBy(key, a, b);
    return (dir === 'asc' ? v : -v) || collator.compare(a.title, b.title);
  });
}

interface ColumnDef {
  key: PolicySortKey;
  label: string;
  width?: string;
  align?: 'right';
}

const COLUMNS: ColumnDef[] = [
  { key: 'title', label: 'Policy' },
  { key: 'live', label: 'Live version', width: '11rem' },
  { key: 'open', label: 'Being edited', width: '10.5rem' },
  { key: 'owner', label: 'Owner', width: '10rem' },
  { key: 'nextReview', label: 'Next review', width: '11rem' },
  { key: 'controls', label: 'Controls', width: '8rem', align: 'right' },
];

function SortHeader({ column }: { column: ColumnDef }) {
  const sort = usePoliciesView((s) => s.sort);
  const setSort = usePoliciesView((s) => s.setSort);
  const active = sort.key === column.key;
  const Icon = !active ? IconArrowsSort : sort.dir === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th
      scope="col"
      aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      style={{ width: column.width }}
      className={classes.th}
    >
      <UnstyledButton className={classes.sortButton} data-align={column.align} onClick={() => setSort(column.key)}>
        {column.label}
        <Icon size={14} aria-hidden className={active ? undefined : classes.sortIdle} />
      </UnstyledButton>
    </Table.Th>
  );
}

function Dim({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" span>
      {children}
    </Text>
  );
}

interface PoliciesTableProps {
  policies: readonly PolicySummary[];
  onOpen: (id: string) => void;
}

/** Every policy with its live version, the version being edited, owner, review state and controls. */
export function PoliciesTable({ policies, onOpen }: PoliciesTableProps) {
  const sort = usePoliciesView((s) => s.sort);
  const rows = useMemo(() => sortPolicies(policies, sort.key, sort.dir), [policies, sort]);

  return (
    <div className={classes.tableFrame}>
      <Table
        aria-label="Policies"
        verticalSpacing="sm"
        horizontalSpacing="md"
        highlightOnHover
        className={classes.table}
      >
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => (
              <SortHeader key={c.key} column={c} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => (
            <Table.Tr key={p.id} className={classes.row} onClick={() => onOpen(p.id)}>
              <Table.Td>
                <Anchor
                  href={policyHref(p.id)}
                  fw={500}
                  size="sm"
                  onClick={(event) => {
                    event.preventDefault();
                    event.stopPropagation();
                    onOpen(p.id);
                  }}
                >
                  {p.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {p.live ? (
                  <Stack gap={2}>
                    <Group gap={6}>
                      <PolicyStatusLabel status="approved" version={p.live.version} />
                    </Group>
                    <Text size="xs" c="dimmed" className="attest-num">
                      on {formatDate(p.live.approvedOn)}
                    </Text>
                  </Stack>
                ) : (
                  <Dim>None approved</Dim>
                )}
              </Table.Td>
              <Table.Td>
                {p.open ? <PolicyStatusLabel status={p.open.status} version={p.open.version} /> : <Dim>—</Dim>}
              </Table.Td>
              <Table.Td>
                {p.owner ? (
                  <Text size="sm" lineClamp={2}>
                    {p.owner}
                  </Text>
                ) : (
                  <Dim>Not named</Dim>
                )}
              </Table.Td>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <ReviewStateLabel state={p.reviewState} />
                  {p.nextReviewDate ? (
                    <Text size="xs" c="dimmed" className="attest-num">
                      by {formatDate(p.nextReviewDate)}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td ta="right" className="attest-num">
                {formatNumber(p.controls.length)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
