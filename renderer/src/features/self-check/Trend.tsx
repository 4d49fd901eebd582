import { Text } from '@mantine/core';
import type { CheckRunSummary } from '../../../../shared/check/plan';
import { formatScore } from './labels';

const WIDTH = 220;
const HEIGHT = 48;

/** The readiness score of the latest runs as a small line, with its last change in words. */
export function Trend({ runs }: { runs: readonly CheckRunSummary[] }) {
  if (runs.length < 2) {
    return (
      <Text size="xs" c="dimmed">
        Run the self-check again after fixing something to see the trend.
      </Text>
    );
  }
  const step = (WIDTH - 8) / (runs.length - 1);
  // The vertical scale spans the scores shown (at least 10 points), so a rise of a few points is visible.
  const scores = runs.map((r) => r.score);
  const low = Math.max(0, Math.min(...scores) - 3);
  const high = Math.min(100, Math.max(low + 10, Math.max(...scores) + 3));
  const x = (i: number) => 4 + i * step;
  const y = (score: number) => HEIGHT - 4 - ((score - low) / Math.max(1, high - low)) * (HEIGHT - 8);
  const points = runs.map((r, i) => `${x(i).toFixed(1)},${y(r.score).toFixed(1)}`);
  const last = runs[runs.length - 1]!;
  const before = runs[runs.length - 2]!;
  const delta = Math.round((last.score - before.score) * 10) / 10;
  const words =
    delta > 0
      ? `up ${delta.toFixed(1)} since the previous run`
      : delta < 0
        ? `down ${(-delta).toFixed(1)} since the previous run`
        : 'unchanged since the previous run';
  return (
    <div data-testid="score-trend">
      <svg
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={`Score over the last ${runs.length} runs: ${runs.map((r) => formatScore(r.score)).join(', ')}`}
      >
        <polyline points={points.join(' ')} fill="none" stroke="var(--mantine-color-blue-6)" strokeWidth={2} />
        {runs.map((r, i) => (
          <circle
            key={r.id}
            cx={x(i)}
            cy={y(r.score)}
            r={i === runs.length - 1 ? 3.5 : 2}
            fill="var(--mantine-color-blue-6)"
          />
        ))}
      </svg>
      <Text size="xs" c={delta > 0 ? 'teal' : delta < 0 ? 'red.8' : 'dimmed'} data-testid="score-delta">
        Score {words}
      </Text>
    </div>
  );
}
