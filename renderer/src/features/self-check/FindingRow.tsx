import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconUserPlus } from '@tabler/icons-react';
import type { PlanItem } from '../../../../shared/check/plan';
import type { Finding } from '../../../../shared/check/types';
import { formatDate } from '../../components/format';
import { Label } from '../../components/labels';
import { hashForArea } from '../../store/hash';
import { AREA_LABELS, SeverityLabel } from './labels';

interface FindingRowProps {
  finding: Finding;
  item: PlanItem | undefined;
  today: string;
  onAssign: (finding: Finding) => void;
}

/** One finding: what is wrong, how to fix it, a link to the record, and who fixes it by when. */
export function FindingRow({ finding, item, today, onAssign }: FindingRowProps) {
  const overdue = item !== undefined && item.dueDate < today;
  return (
    <Group
      justify="space-between"
      align="flex-start"
      wrap="nowrap"
      gap="md"
      py="sm"
      px="md"
      data-testid="finding"
      data-key={finding.key}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Group gap={6} wrap="wrap">
          <SeverityLabel severity={finding.severity} />
          <Label color="gray" variant="outline">
            {AREA_LABELS[finding.area]}
          </Label>
          <Text size="xs" c="dimmed">
            {finding.title}
          </Text>
        </Group>
        <Text size="sm" fw={500}>
          {finding.message}
        </Text>
        <Text size="sm" c="dimmed">
          Fix: {finding.fix}
        </Text>
        <Anchor href={hashForArea(finding.link.area, finding.link.sub)} size="sm" fw={500} data-testid="finding-link">
          <Group gap={4} component="span" wrap="nowrap">
            Open {finding.link.label}
            <IconArrowRight size={14} aria-hidden />
          </Group>
        </Anchor>
      </Stack>
      <Stack gap={4} align="flex-end" style={{ flexShrink: 0, width: '12rem' }}>
        {item ? (
          <>
            <Text size="sm" fw={500} ta="right" data-testid="finding-owner">
              {item.owner}
            </Text>
            <Text size="xs" c={overdue ? 'red.8' : 'dimmed'} ta="right">
              {overdue ? 'Overdue since ' : 'Due '}
              {formatDate(item.dueDate)}
            </Text>
            <Button
              variant="subtle"
              size="compact-xs"
              onClick={() => onAssign(finding)}
              aria-label={`Change the assignment of: ${finding.message}`}
            >
              Change
            </Button>
          </>
        ) : (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconUserPlus size={14} aria-hidden />}
            onClick={() => onAssign(finding)}
            aria-label={`Assign: ${finding.message}`}
          >
            Assign
          </Button>
        )}
      </Stack>
    </Group>
  );
}
