import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatInstant } from '../../components/format';
import { Loading } from '../../components/Loading';
import { useOperation } from '../../hooks/useOperation';

/** The latest entries of the vault's audit trail, newest first. */
export function AuditTrail({ limit = 10 }: { limit?: number }) {
  const audit = useOperation('audit.list', { limit });

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="audit-trail-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="h4" fw={600} id="audit-trail-title">
          Latest changes
        </Title>
        <Button
          variant="subtle"
          size="xs"
          color="gray"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={audit.reload}
          loading={audit.status === 'loading' && audit.data !== null}
        >
          Refresh
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        Every change to the vault is recorded here and chained, so a later edit outside Attest can be detected.
      </Text>
      {audit.status === 'loading' && !audit.data ? <Loading label="Loading the audit trail…" /> : null}
      {audit.error ? <ErrorNotice error={audit.error} title="The audit trail could not be read" /> : null}
      {audit.data && audit.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing has been recorded yet.
        </Text>
      ) : null}
      {audit.data && audit.data.length > 0 ? (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" highlightOnHover={false} data-testid="audit-trail">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={190}>When</Table.Th>
                <Table.Th>What changed</Table.Th>
                <Table.Th w={60} ta="right">
                  No.
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audit.data.map((entry) => (
                <Table.Tr key={entry.seq}>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.summary}</Text>
                    <Text size="xs" c="dimmed">
                      {entry.operation}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    <Text size="sm" c="dimmed">
                      {entry.seq}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Paper>
  );
}
