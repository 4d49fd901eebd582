import { Code, DataList, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { VaultInfo } from '../../../../shared/domain/vault';
import { formatDate, formatInstant, REPORT_TYPE_LABELS } from '../../components/format';

function reportDates(engagement: Engagement): { label: string; value: string } {
  if (engagement.reportType === 'type1') {
    return { label: 'As of', value: engagement.asOfDate ? formatDate(engagement.asOfDate) : 'Not set yet' };
  }
  const { periodStart, periodEnd } = engagement;
  if (!periodStart || !periodEnd) return { label: 'Period', value: 'Not set yet' };
  return { label: 'Period', value: `${formatDate(periodStart)} – ${formatDate(periodEnd)}` };
}

interface VaultSummaryProps {
  vault: VaultInfo;
  engagement: Engagement | null;
}

/** What this vault is: the engagement at a glance, then the file's own facts. */
export function VaultSummary({ vault, engagement }: VaultSummaryProps) {
  const dates = engagement ? reportDates(engagement) : null;
  const rows: { label: string; value: ReactNode }[] = [
    { label: 'Organisation', value: engagement?.orgName ?? vault.orgName },
    { label: 'System', value: engagement?.systemName ?? '…' },
    { label: 'Report', value: engagement ? REPORT_TYPE_LABELS[engagement.reportType] : '…' },
    ...(dates ? [dates] : []),
    { label: 'Vault ID', value: <Code>{vault.id}</Code> },
    { label: 'Format version', value: String(vault.formatVersion) },
    { label: 'Created', value: formatInstant(vault.createdAt) },
    {
      label: 'File',
      value: (
        <Text component="span" inherit style={{ wordBreak: 'break-all' }}>
          {vault.path}
        </Text>
      ),
    },
  ];

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="vault-summary-title">
      <Title order={2} fz="h4" fw={600} id="vault-summary-title" mb="md">
        This vault
      </Title>
      <DataList labelWidth="9rem" gap="sm" withDivider>
        {rows.map((row) => (
          <DataList.Item key={row.label}>
            <DataList.ItemLabel>{row.label}</DataList.ItemLabel>
            <DataList.ItemValue>{row.value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Paper>
  );
}
