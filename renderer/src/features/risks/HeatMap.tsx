import { Group, Paper, SegmentedControl, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useMemo } from 'react';
import { IMPACT_LABELS, LIKELIHOOD_LABELS, riskLevel, type Risk } from '../../../../shared/domain/risks';
import { countOf } from '../../components/format';
import { position } from './filter';
import classes from './Risks.module.css';
import { useRiskView, type HeatBasis } from './view';

const LEVELS = [5, 4, 3, 2, 1];
const IMPACTS = [1, 2, 3, 4, 5];

/**
 * Likelihood (rows) against impact (columns), with the number of risks in
 * each cell. A cell is a button: choosing it filters the list below to it.
 */
export function HeatMap({ risks }: { risks: readonly Risk[] }) {
  const basis = useRiskView((s) => s.basis);
  const setBasis = useRiskView((s) => s.setBasis);
  const cell = useRiskView((s) => s.cell);
  const setCell = useRiskView((s) => s.setCell);
  const { counts, unplaced } = useMemo(() => {
    const c = new Map<string, number>();
    let none = 0;
    for (const r of risks) {
      const p = position(r, basis);
      if (!p) none++;
      else c.set(`${p.likelihood}-${p.impact}`, (c.get(`${p.likelihood}-${p.impact}`) ?? 0) + 1);
    }
    return { counts: c, unplaced: none };
  }, [risks, basis]);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="heat-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} fz="h4" fw={600} id="heat-title">
            Heat map
          </Title>
          <SegmentedControl
            size="xs"
            aria-label="Scores shown"
            value={basis}
            onChange={(v) => setBasis(v as HeatBasis)}
            data={[
              { value: 'residual', label: 'Residual' },
              { value: 'inherent', label: 'Inherent' },
            ]}
          />
        </Group>
        <div
          className={classes.heat}
          role="group"
          aria-label={`${basis === 'residual' ? 'Residual' : 'Inherent'} risk heat map`}
        >
          <div className={classes.heatAxisY} aria-hidden>
            Likelihood
          </div>
          {LEVELS.map((l) => (
            <div key={l} className={classes.heatRow}>
              <div className={classes.heatRowLabel} title={LIKELIHOOD_LABELS[l - 1]}>
                {l}
              </div>
              {IMPACTS.map((i) => {
                const n = counts.get(`${l}-${i}`) ?? 0;
                const selected = cell?.basis === basis && cell.likelihood === l && cell.impact === i;
                return (
                  <UnstyledButton
                    key={i}
                    className={classes.heatCell}
                    data-level={riskLevel(l * i)}
                    data-empty={n === 0 || undefined}
                    aria-pressed={selected}
                    aria-label={`Likelihood ${l} (${LIKELIHOOD_LABELS[l - 1]}), impact ${i} (${IMPACT_LABELS[i - 1]}): ${countOf(n, 'risk')}`}
                    data-testid={`heat-${l}-${i}`}
                    onClick={() => setCell(selected ? null : { basis, likelihood: l, impact: i })}
                  >
                    {n > 0 ? n : ''}
                  </UnstyledButton>
                );
              })}
            </div>
          ))}
          <div className={classes.heatRow} aria-hidden>
            <div className={classes.heatRowLabel} />
            {IMPACTS.map((i) => (
              <div key={i} className={classes.heatColLabel} title={IMPACT_LABELS[i - 1]}>
                {i}
              </div>
            ))}
          </div>
          <div className={classes.heatAxisX} aria-hidden>
            Impact
          </div>
        </div>
        <Text size="xs" c="dimmed">
          Colours follow the score bands: low 1–4, medium 5–9, high 10–14, critical 15–25. Choose a cell to list its
          risks.
          {basis === 'residual' && unplaced > 0
            ? ` ${countOf(unplaced, 'risk')} without a residual score not shown.`
            : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
