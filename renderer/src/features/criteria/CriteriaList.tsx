import { Accordion, Button, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { CATEGORIES } from '../../../../shared/catalog/categories';
import { CRITERIA, SERIES_NAMES } from '../../../../shared/catalog/criteria';
import type { Criterion } from '../../../../shared/catalog/types';
import type { CriterionCoverage } from '../../../../shared/domain/controls';
import { countOf } from '../../components/format';
import { OutOfScopeLabel } from '../../components/labels';
import classes from './Criteria.module.css';
import { CriteriaFilters } from './CriteriaFilters';
import { CriterionRow } from './CriterionRow';
import { useCriteriaView } from './view';

/** Readiness per in-scope criterion from the latest self-check run. */
export interface CriterionScores {
  byCriterion: Readonly<Record<string, number>>;
  asOf: string;
}

interface CriteriaListProps {
  coverage: readonly CriterionCoverage[];
  scores: CriterionScores | null;
  onChanged: () => void;
  /** A criterion to open and scroll to (from a link such as #/criteria/CC6.1). */
  focus: string | null;
}

/** The 61 criteria grouped by category, then series; each opens to what it asks and what answers it. */
export function CriteriaList({ coverage, onChanged, focus, scores }: CriteriaListProps) {
  const { category, coverage: state, expanded, setExpanded, reveal, setCategory, setCoverage } = useCriteriaView();
  const byId = useMemo(() => new Map(coverage.map((c) => [c.criterionId, c])), [coverage]);

  useEffect(() => {
    if (!focus) return;
    reveal(focus);
    requestAnimationFrame(() =>
      document.getElementById(`criterion-${focus}`)?.scrollIntoView({ block: 'start', behavior: 'auto' }),
    );
  }, [focus, reveal]);

  const visible = (c: Criterion) => {
    const cov = byId.get(c.id);
    if (!cov) return false;
    if (category && c.category !== category) return false;
    if (state && cov.state !== state) return false;
    return true;
  };

  const sections = CATEGORIES.map((cat) => {
    const criteria = CRITERIA.filter((c) => c.category === cat.id && visible(c));
    const series = [...new Set(criteria.map((c) => c.series))].map((s) => ({
      series: s,
      criteria: criteria.filter((c) => c.series === s),
    }));
    const inScope = CRITERIA.some((c) => c.category === cat.id && byId.get(c.id)?.inScope);
    return { category: cat, criteria, series, inScope };
  }).filter((s) => s.criteria.length > 0);

  return (
    <Stack gap="lg">
      <CriteriaFilters />
      {sections.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <EmptyState
            align="left"
            size="sm"
            variant="light"
            icon={<IconFilterOff aria-hidden stroke={1.5} />}
            title="No criterion matches these filters"
            description="Choose another category or coverage state, or clear the filters to see all 61 criteria."
          >
            <Button
              mt="md"
              variant="default"
              onClick={() => {
                setCategory(null);
                setCoverage(null);
              }}
            >
              Clear filters
            </Button>
          </EmptyState>
        </Paper>
      ) : null}
      {sections.map(({ category: cat, criteria, series, inScope }) => (
        <Paper
          key={cat.id}
          withBorder
          radius="md"
          component="section"
          aria-labelledby={`category-${cat.id}-title`}
          className={classes.section}
        >
          <Group justify="space-between" px="lg" pt="md" pb="xs" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Group gap="sm">
                <Title order={2} fz="h4" fw={600} id={`category-${cat.id}-title`}>
                  {cat.name}
                </Title>
                {inScope ? null : <OutOfScopeLabel />}
              </Group>
              <Text size="sm" c="dimmed" maw={720}>
                {cat.summary}
              </Text>
            </Stack>
            <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
              {countOf(criteria.length, 'criterion', 'criteria')}
            </Text>
          </Group>
          {series.map((s) => (
            <div key={s.series}>
              <Title
                order={3}
                fz="xs"
                fw={600}
                tt="uppercase"
                c="dimmed"
                px="lg"
                pt="sm"
                pb={4}
                className={classes.series}
              >
                {s.series} · {SERIES_NAMES[s.series] ?? s.series}
              </Title>
              <Accordion
                multiple
                value={expanded}
                onChange={setExpanded}
                chevronPosition="left"
                variant="default"
                classNames={{ item: classes.item, content: classes.content }}
              >
                {s.criteria.map((c) => (
                  <CriterionRow
                    key={c.id}
                    criterion={c}
                    coverage={byId.get(c.id)!}
                    score={
                      // A criterion marked not applicable has nothing to score (the check counts it as met).
                      byId.get(c.id)!.state === 'not-applicable' ? null : (scores?.byCriterion[c.id] ?? null)
                    }
                    onChanged={onChanged}
                  />
                ))}
              </Accordion>
            </div>
          ))}
        </Paper>
      ))}
    </Stack>
  );
}
