import { Group, Paper, RingProgress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CheckRunSummary, CheckRunView } from '../../../../shared/check/plan';
import { countOf, formatDate, formatInstant } from '../../components/format';
import { CategoryBars } from './CategoryBars';
import { formatScore, scoreColor, SEVERITY_COLORS, SEVERITY_PLURALS } from './labels';
import { Trend } from './Trend';

/** The readiness score with its counts, the per-category bars and the trend. */
export function ScoreSummary({ run, history }: { run: CheckRunView; history: readonly CheckRunSummary[] }) {
  const { score, counts, asOf } = run.result;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="score-title">
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xl">
        <Group gap="lg" wrap="nowrap" align="center">
          <RingProgress
            size={116}
            thickness={11}
            roundCaps
            sections={[{ value: score.overall, color: scoreColor(score.overall) }]}
            label={
              <Text ta="center" fw={700} fz={24} className="attest-num" data-testid="readiness-score">
                {formatScore(score.overall)}
              </Text>
            }
            aria-hidden
          />
          <Stack gap={4} miw={0}>
            <Title order={2} fz="h5" fw={600} id="score-title">
              Readiness {formatScore(score.overall)} of 100
            </Title>
            <Text size="sm" c="dimmed">
              As of {formatDate(asOf)} · run {formatInstant(run.ranAt)}
            </Text>
            <Text size="sm" data-testid="finding-counts">
              {(['blocker', 'warning', 'advice'] as const).map((s, i) => (
                <Text key={s} span c={counts[s] ? `${SEVERITY_COLORS[s]}.8` : 'dimmed'} fw={counts[s] ? 600 : 400}>
                  {i > 0 ? ' · ' : ''}
                  {s === 'advice'
                    ? `${counts.advice} advice`
                    : countOf(counts[s], SEVERITY_PLURALS[s].toLowerCase().slice(0, -1))}
                </Text>
              ))}
            </Text>
          </Stack>
        </Group>
        <CategoryBars categories={score.byCategory} />
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            Trend
          </Text>
          <Trend runs={history} />
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}
