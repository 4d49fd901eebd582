import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileDownload, IconMarkdown } from '@tabler/icons-react';
import type { PolicyDetail } from '../../../../shared/domain/policies';
import { formatDate } from '../../components/format';
import { AREA_TITLE_ID } from '../../components/PageHeader';
import { hashForArea } from '../../store/hash';
import { useAppStore } from '../../store/app';
import type { ExportFormat } from './ExportModal';
import { PolicyStatusLabel, ReviewStateLabel } from './labels';

export function BackToPolicies() {
  const setArea = useAppStore((s) => s.setArea);
  return (
    <Anchor
      href={hashForArea('policies')}
      size="sm"
      onClick={(event) => {
        event.preventDefault();
        setArea('policies');
      }}
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        All policies
      </Group>
    </Anchor>
  );
}

/** Live version and next review, as separate phrases that wrap between, never inside, each other. */
function summaryParts(policy: PolicyDetail): string[] {
  const { live } = policy;
  const parts = [
    live ? `Live version ${live.version}, approved on ${formatDate(live.approvedOn)}` : 'No version approved yet',
  ];
  if (policy.nextReviewDate) parts.push(`Next review by ${formatDate(policy.nextReviewDate)}`);
  return parts;
}

/** The policy's title, its versions' states in words, and its exports. */
export function PolicyHeader({ policy, onExport }: { policy: PolicyDetail; onExport: (format: ExportFormat) => void }) {
  const { live, open } = policy;
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
      <Stack gap={6} miw={0} style={{ flex: 1 }}>
        <Title order={1} fz="h2" fw={600} id={AREA_TITLE_ID} tabIndex={-1} className="attest-area-title">
          {policy.title}
        </Title>
        <Group gap={6} data-testid="policy-labels">
          {live ? <PolicyStatusLabel status="approved" version={live.version} /> : null}
          {open ? <PolicyStatusLabel status={open.status} version={open.version} /> : null}
          <ReviewStateLabel state={policy.reviewState} />
          <Text size="xs" c="dimmed" ml="xs" data-testid="policy-owner">
            {policy.owner ? `Owner: ${policy.owner}` : 'No owner named yet'}
          </Text>
        </Group>
        <Group gap={0} c="dimmed" fz="sm" className="attest-num" data-testid="policy-summary">
          {summaryParts(policy).map((part, i) => (
            <Text key={part} size="sm" inherit span style={{ whiteSpace: 'nowrap' }}>
              {i > 0 ? <span aria-hidden>&nbsp;·&nbsp;</span> : null}
              {part}
            </Text>
          ))}
        </Group>
      </Stack>
      <Group gap="xs" wrap="nowrap">
        <Button
          variant="default"
          size="sm"
          leftSection={<IconFileDownload size={16} aria-hidden />}
          onClick={() => onExport('pdf')}
        >
          Export PDF
        </Button>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconMarkdown size={16} aria-hidden />}
          onClick={() => onExport('md')}
        >
          Export Markdown
        </Button>
      </Group>
    </Group>
  );
}
