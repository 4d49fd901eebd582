import { Accordion, Group, Text } from '@mantine/core';
import type { Criterion } from '../../../../shared/catalog/types';
import type { CriterionCoverage } from '../../../../shared/domain/controls';
import { countOf } from '../../components/format';
import { CoverageLabel, Label } from '../../components/labels';
import { formatScore, scoreColor } from '../self-check/labels';
import classes from './Criteria.module.css';
import { CriterionDetail } from './CriterionDetail';

interface CriterionRowProps {
  criterion: Criterion;
  coverage: CriterionCoverage;
  /** Readiness out of 100 in the latest self-check; null when not scored (out of scope, or no run yet). */
  score: number | null;
  onChanged: () => void;
}

/** One criterion: ID, topic, coverage in words and the number of controls; opens to its detail. */
export function CriterionRow({ criterion, coverage, score, onChanged }: CriterionRowProps) {
  return (
    <Accordion.Item value={criterion.id} id={`criterion-${criterion.id}`} data-state={coverage.state}>
      <Accordion.Control className={classes.control}>
        <Group gap="md" wrap="nowrap">
          <Text ff="monospace" fw={600} size="sm" w={52} style={{ flexShrink: 0 }}>
            {criterion.id}
          </Text>
          <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
            {criterion.topic}
          </Text>
          <Group w={92} justify="flex-end" style={{ flexShrink: 0 }} data-testid="criterion-score">
            {score === null ? null : (
              <Label
                color={scoreColor(score)}
                variant="outline"
                title={`Readiness ${formatScore(score)} of 100 in the latest self-check`}
              >
                {`Score ${formatScore(score)}`}
              </Label>
            )}
          </Group>
          <CoverageLabel state={coverage.state} />
          <Text size="sm" c="dimmed" w={84} ta="right" className="attest-num" style={{ flexShrink: 0 }}>
            {countOf(coverage.controls.length, 'control')}
          </Text>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <CriterionDetail criterion={criterion} coverage={coverage} onChanged={onChanged} />
      </Accordion.Panel>
    </Accordion.Item>
  );
}
