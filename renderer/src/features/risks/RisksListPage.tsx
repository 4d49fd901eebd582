import { Button, EmptyState, Grid, Group, Paper, Select, Stack, Switch, Text } from '@mantine/core';
import { IconPlus, IconScale } from '@tabler/icons-react';
import { useMemo } from 'react';
import {
  RISK_CATEGORIES,
  RISK_CATEGORY_LABELS,
  RISK_LEVEL_LABELS,
  TREATMENTS,
  TREATMENT_LABELS,
  type RiskCategory,
  type RiskLevel,
  type Treatment,
} from '../../../../shared/domain/risks';
import { STARTER_RISKS } from '../../../../shared/domain/risk-starters';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf, formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { AssessmentPanel } from './AssessmentPanel';
import { currentLevel, inCell, matchesSearch } from './filter';
import { HeatMap } from './HeatMap';
import { RiskTable } from './RiskTable';
import { AddStartersButton, StarterReminder, useStarters } from './StarterOffer';
import { useRiskView } from './view';
import { SearchFilter } from '../../components/SearchFilter';

const LEVELS: RiskLevel[] = ['critical', 'high', 'medium', 'low'];

/** The risk register: assessment date, heat map, and the list with its filters. */
export function RisksListPage() {
  const list = useOperation('risks.list', {});
  const assessments = useOperation('risks.assessments', {});
  const navigate = useAppStore((s) => s.navigate);
  const view = useRiskView();
  const all = useMemo(() => list.data ?? [], [list.data]);
  const missing = useStarters(all);
  const reload = () => {
    list.reload();
    assessments.reload();
  };

  const shown = useMemo(
    () =>
      all.filter(
        (r) =>
          matchesSearch(r, view.search.trim()) &&
          (!view.category || r.category === view.category) &&
          (!view.treatment || (view.treatment === 'none' ? r.treatment === null : r.treatment === view.treatment)) &&
          (!view.level || currentLevel(r) === view.level) &&
          (!view.attentionOnly || r.attention.length > 0) &&
          (!view.cell || inCell(r, view.cell)),
      ),
    [all, view.search, view.category, view.treatment, view.level, view.attentionOnly, view.cell],
  );
  const needing = all.filter((r) => r.attention.length > 0).length;
  const filtered =
    view.search.trim() !== '' || view.category || view.treatment || view.level || view.attentionOnly || view.cell;

  const addButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => navigate('risks', 'new')}>
      Add risk
    </Button>
  );

  return (
    <div data-testid="risks-page">
      <PageHeader
        title="Risks"
        description="What could go wrong for your clients and your systems, how likely and how serious it is before and after your controls, and what you decided to do about it."
        actions={all.length ? addButton : null}
      />
      <Stack gap="md">
        {list.error ? <ErrorNotice error={list.error} title="The risk register could not be read" /> : null}
        {list.status === 'loading' && !list.data ? (
          <Loading label="Loading the risk register…" />
        ) : list.data && all.length === 0 ? (
          <Paper withBorder radius="md" p="xl">
            <EmptyState
              align="left"
              size="sm"
              variant="light"
              icon={<IconScale aria-hidden stroke={1.5} />}
              title="The risk register is empty"
              description={
                <Text component="span" display="block" size="sm" c="var(--mantine-color-text)">
                  Auditors expect a register that covers the risks of AI work as well as the usual security risks. Start
                  from {STARTER_RISKS.length} starter risks written for AI agencies (model tampering, data poisoning,
                  prompt injection, client data leaking through training or prompts, AI provider failure, key-person
                  dependency and more), each with a suggested score and the library controls that reduce it. You then
                  score each one for your agency and choose its treatment.
                </Text>
              }
            />
            <Group mt="md">
              <AddStartersButton missing={missing.length} onAdded={reload} />
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => navigate('risks', 'new')}
              >
                Add a risk of your own
              </Button>
            </Group>
          </Paper>
        ) : list.data ? (
          <>
            <StarterReminder missing={missing.length} onAdded={reload} />
            <Grid gap="md" align="stretch">
              <Grid.Col span={{ base: 12, md: 6 }}>
                <HeatMap risks={all} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <AssessmentPanel last={assessments.data?.[0] ?? null} riskCount={all.length} onRecorded={reload} />
              </Grid.Col>
            </Grid>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <SearchFilter placeholder="Title, owner, control" value={view.search} onChange={view.setSearch} />
              <Select
                label="Category"
                placeholder="All categories"
                clearable
                data={RISK_CATEGORIES.map((c) => ({ value: c, label: RISK_CATEGORY_LABELS[c] }))}
                value={view.category}
                onChange={(v) => view.setCategory(v as RiskCategory | null)}
                w={190}
              />
              <Select
                label="Treatment"
                placeholder="Any"
                clearable
                data={[
                  ...TREATMENTS.map((t) => ({ value: t, label: TREATMENT_LABELS[t] })),
                  { value: 'none', label: 'Not decided' },
                ]}
                value={view.treatment}
                onChange={(v) => view.setTreatment(v as Treatment | 'none' | null)}
                w={150}
              />
              <Select
                label="Level"
                description="Residual, else inherent"
                placeholder="Any"
                clearable
                data={LEVELS.map((l) => ({ value: l, label: RISK_LEVEL_LABELS[l] }))}
                value={view.level}
                onChange={(v) => view.setLevel(v as RiskLevel | null)}
                w={150}
              />
              <Switch
                label={`Needs attention (${formatNumber(needing)})`}
                checked={view.attentionOnly}
                onChange={(e) => view.setAttentionOnly(e.currentTarget.checked)}
                mb={8}
              />
            </Group>
            <Group gap="xs" mih={28}>
              <Text size="sm" c="dimmed" role="status" data-testid="risks-count">
                {filtered
                  ? `${formatNumber(shown.length)} of ${countOf(all.length, 'risk')} shown${
                      view.cell
                        ? ` (${view.cell.basis} likelihood ${view.cell.likelihood}, impact ${view.cell.impact})`
                        : ''
                    }`
                  : `${countOf(all.length, 'risk')}, ${formatNumber(needing)} needing attention`}
              </Text>
              {filtered ? (
                <Button variant="subtle" size="compact-sm" onClick={view.clear}>
                  Clear filters
                </Button>
              ) : null}
            </Group>
            {shown.length ? (
              <RiskTable risks={shown} onOpen={(id) => navigate('risks', String(id))} />
            ) : (
              <Paper withBorder radius="md" p="lg">
                <Text size="sm">
                  No risk matches these filters.{' '}
                  <Button variant="subtle" size="compact-sm" onClick={view.clear}>
                    Clear filters
                  </Button>
                </Text>
              </Paper>
            )}
          </>
        ) : null}
      </Stack>
    </div>
  );
}
