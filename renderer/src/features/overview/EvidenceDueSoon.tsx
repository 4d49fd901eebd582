import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { DUE_LABELS, type DueState } from '../../../../shared/domain/evidence';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../components/format';
import { Label } from '../../components/labels';
import { useOperation } from '../../hooks/useOperation';
import { controlHref, hashForArea } from '../../store/hash';

const SHOWN = 6;
const COLORS: Record<DueState, string> = {
  overdue: 'red',
  missing: 'gray',
  'due-this-week': 'orange',
  'due-this-month': 'yellow',
};

/** Controls whose evidence is overdue or due soon; controls with no evidence at all are left to the self-check. */
export function EvidenceDueSoon() {
  const due = useOperation('evidence.due', {});
  const items = (due.data ?? []).filter((d) => d.state !== 'missing');
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="evidence-due-title">
      <Title order={2} fz="h5" fw={600} id="evidence-due-title" mb="sm">
        Evidence due soon
      </Title>
      {due.error ? <ErrorNotice error={due.error} title="The evidence due list could not be read" /> : null}
      {due.data && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No evidence is overdue or due in the next 30 days.
        </Text>
      ) : null}
      <Stack gap="xs" data-testid="evidence-due">
        {items.slice(0, SHOWN).map((d) => (
          <Group key={d.controlId} justify="space-between" wrap="nowrap" gap="sm">
            <Anchor href={controlHref(d.controlId)} size="sm" lineClamp={1}>
              {d.controlId} {d.name}
            </Anchor>
            <Group gap={6} wrap="nowrap">
              {d.dueDate ? (
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(d.dueDate)}
                </Text>
              ) : null}
              <Label color={COLORS[d.state]}>{DUE_LABELS[d.state]}</Label>
            </Group>
          </Group>
        ))}
      </Stack>
      {items.length > SHOWN ? (
        <Anchor href={hashForArea('evidence')} size="sm" mt="sm" display="inline-block">
          {items.length - SHOWN} more on the Evidence page
        </Anchor>
      ) : null}
    </Paper>
  );
}
