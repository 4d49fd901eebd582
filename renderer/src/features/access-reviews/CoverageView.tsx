import { Anchor, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { AccessCoverage } from '../../../../shared/domain/access-reviews';
import { CRITICALITY_LABELS, REVIEW_FREQUENCY_LABELS } from '../../../../shared/domain/access-reviews';
import { formatDate } from '../../components/format';
import { hashForArea } from '../../store/hash';
import { SystemStateLabel, WindowStateLabel } from './labels';

/**
 * Every in-scope system across the audit period, window by window: the auditor's view of the control;
 * only system `systemId` when given (and in scope), with a way back to them all.
 */
export function CoverageView({ coverage, systemId }: { coverage: AccessCoverage; systemId?: number | undefined }) {
  if (coverage.systems.length === 0) {
    return (
      <Paper withBorder radius="md" p="lg">
        <Text size="sm">No system is in scope yet. Add the systems that hold client data or run the service.</Text>
      </Paper>
    );
  }
  const missing = coverage.systems.reduce((n, s) => n + s.missing, 0);
  const overdue = coverage.systems.filter((s) => s.system.state === 'overdue').length;
  const one = coverage.systems.filter((s) => s.system.id === systemId);
  const rows = one.length ? one : coverage.systems;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status" data-testid="coverage-summary">
        Audit period {formatDate(coverage.periodStart)} to {formatDate(coverage.periodEnd)}: {coverage.systems.length}{' '}
        systems in scope, {missing} missed review{missing === 1 ? '' : 's'}, {overdue} overdue now.
      </Text>
      {systemId ? (
        <Text size="sm" data-testid="coverage-focus">
          {one.length
            ? `Showing ${one[0]!.system.name} only. `
            : 'That system is not in scope (or no longer in the vault). '}
          <Anchor href={hashForArea('access-reviews')}>Show every system</Anchor>
        </Text>
      ) : null}
      <Paper withBorder radius="md">
        <Table verticalSpacing="sm" horizontalSpacing="md" aria-label="Access reviews across the audit period">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">System</Table.Th>
              <Table.Th scope="col">Now</Table.Th>
              <Table.Th scope="col">Reviews in the period</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ system, windows }) => (
              <Table.Tr key={system.id} data-testid="coverage-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {system.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {REVIEW_FREQUENCY_LABELS[system.reviewFrequency]} · {CRITICALITY_LABELS[system.criticality]}{' '}
                    criticality
                    {system.owner ? ` · ${system.owner}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <SystemStateLabel state={system.state} nextDue={system.nextDue} />
                    <Text size="xs" c="dimmed" className="attest-num">
                      next by {formatDate(system.nextDue)}
                    </Text>
                    {system.openRemediations ? (
                      <Text size="xs" c="orange">
                        {system.openRemediations} remediation{system.openRemediations === 1 ? '' : 's'} open
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap="md" wrap="wrap">
                    {windows.map((w) => (
                      <Stack key={w.label} gap={2}>
                        <Text size="xs" fw={500}>
                          {w.label}
                        </Text>
                        <WindowStateLabel state={w.state} />
                        {w.reviews.map((r) => (
                          <Anchor
                            key={r.id}
                            href={hashForArea('access-reviews', String(r.id))}
                            size="xs"
                            className="attest-num"
                          >
                            {formatDate(r.reviewDate)}
                          </Anchor>
                        ))}
                      </Stack>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
