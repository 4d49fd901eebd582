import { Anchor, Button, Group, Paper, RingProgress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import type { CheckRunSummary, CheckRunView } from '../../../../shared/check/plan';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatInstant } from '../../components/format';
import { hashForArea } from '../../store/hash';
import { CategoryBars } from '../self-check/CategoryBars';
import { formatScore, scoreColor } from '../self-check/labels';
import { Trend } from '../self-check/Trend';

interface ReadinessProps {
  run: CheckRunView | null;
  history: readonly CheckRunSummary[];
  onRan: () => void;
}

/** The readiness score of the latest self-check, its trend, and the score per category. */
export function Readiness({ run, history, onRan }: ReadinessProps) {
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ErrorShape | null>(null);
  const runNow = async () => {
    setRunning(true);
    const result = await call('check.run', {});
    setRunning(false);
    setError(result.ok ? null : result.error);
    onRan();
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="readiness-title">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="h4" fw={600} id="readiness-title">
          Audit readiness
        </Title>
        <Button
          size="xs"
          variant={run ? 'default' : 'filled'}
          leftSection={<IconPlayerPlay size={14} aria-hidden />}
          onClick={() => void runNow()}
          loading={running}
        >
          Run self-check
        </Button>
      </Group>
      {error ? <ErrorNotice error={error} onClose={() => setError(null)} /> : null}
      {!run ? (
        <Text size="sm" c="dimmed">
          No self-check yet. Run it to get a readiness score and the list of what an auditor would flag.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xl">
          <Group gap="md" wrap="nowrap">
            <RingProgress
              size={104}
              thickness={10}
              roundCaps
              sections={[{ value: run.result.score.overall, color: scoreColor(run.result.score.overall) }]}
              label={
                <Text ta="center" fw={700} fz={22} className="attest-num" data-testid="overview-score">
                  {formatScore(run.result.score.overall)}
                </Text>
              }
              aria-hidden
            />
            <Stack gap={2}>
              <Text fw={600}>Readiness {formatScore(run.result.score.overall)} of 100</Text>
              <Text size="sm" c={run.result.counts.blocker ? 'red.8' : 'teal'} fw={500}>
                {run.result.counts.blocker
                  ? `${run.result.counts.blocker} blocker${run.result.counts.blocker === 1 ? '' : 's'} to fix`
                  : 'No blockers'}
              </Text>
              <Text size="xs" c="dimmed">
                Last run {formatInstant(run.ranAt)}
              </Text>
              <Anchor href={hashForArea('self-check')} size="sm">
                See all findings
              </Anchor>
            </Stack>
          </Group>
          <CategoryBars categories={run.result.score.byCategory} />
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Trend
            </Text>
            <Trend runs={history} />
          </Stack>
        </SimpleGrid>
      )}
    </Paper>
  );
}
