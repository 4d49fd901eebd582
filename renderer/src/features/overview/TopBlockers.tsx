import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import type { CheckRunView } from '../../../../shared/check/plan';
import { hashForArea } from '../../store/hash';

const SHOWN = 6;

/** The first blockers of the latest self-check, each linking to where it is fixed. */
export function TopBlockers({ run }: { run: CheckRunView | null }) {
  const blockers = run?.result.findings.filter((f) => f.severity === 'blocker') ?? [];
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="top-blockers-title">
      <Title order={2} fz="h5" fw={600} id="top-blockers-title" mb="sm">
        Top blockers
      </Title>
      {!run ? (
        <Text size="sm" c="dimmed">
          Run the self-check to list what would stop the audit.
        </Text>
      ) : blockers.length === 0 ? (
        <Text size="sm" c="teal">
          No blockers in the latest self-check.
        </Text>
      ) : (
        <>
          <List spacing="xs" size="sm" data-testid="top-blockers">
            {blockers.slice(0, SHOWN).map((f) => (
              <List.Item key={f.key}>
                <Anchor href={hashForArea(f.link.area, f.link.sub)} size="sm">
                  {f.message}
                </Anchor>
              </List.Item>
            ))}
          </List>
          {blockers.length > SHOWN ? (
            <Anchor href={hashForArea('self-check')} size="sm" mt="sm" display="inline-block">
              and {blockers.length - SHOWN} more
            </Anchor>
          ) : null}
        </>
      )}
    </Paper>
  );
}
