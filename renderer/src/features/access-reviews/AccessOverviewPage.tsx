import { Button, EmptyState, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { IconPlayerPlay, IconPlus, IconUserCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { AccessSystem } from '../../../../shared/domain/access-reviews';
import { findArea } from '../../areas';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { VirtualTable } from '../../components/table/VirtualTable';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { reviewColumns, systemColumns } from './columns';
import { CoverageView } from './CoverageView';
import { StartReviewModal } from './StartReviewModal';
import { SystemModal } from './SystemModal';
import { useAccessView, type AccessTab } from './view';

/** Access reviews: the systems inventory, the period view and every review; `systemId` opens one system's period view. */
export function AccessOverviewPage({ systemId }: { systemId?: number }) {
  const systems = useOperation('accessSystems.list', {});
  const coverage = useOperation('accessReviews.coverage', {});
  const reviews = useOperation('accessReviews.list', {});
  const navigate = useAppStore((s) => s.navigate);
  const view = useAccessView();
  const [editing, setEditing] = useState<{ system: AccessSystem | null } | null>(null);
  const [starting, setStarting] = useState(false);
  const { setTab } = view;
  useEffect(() => {
    if (systemId) setTab('period');
  }, [systemId, setTab]);

  const reload = () => {
    systems.reload();
    coverage.reload();
    reviews.reload();
  };
  const allSystems = systems.data ?? [];
  const error = systems.error ?? coverage.error ?? reviews.error;

  const addSystem = (
    <Button
      variant={allSystems.length ? 'default' : 'filled'}
      leftSection={<IconPlus size={16} aria-hidden />}
      onClick={() => setEditing({ system: null })}
    >
      Add system
    </Button>
  );

  return (
    <div data-testid="access-reviews-page">
      <PageHeader
        title="Access reviews"
        description={findArea('access-reviews').holds}
        actions={
          allSystems.length ? (
            <>
              {addSystem}
              <Button leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={() => setStarting(true)}>
                Start review
              </Button>
            </>
          ) : null
        }
      />
      <Stack gap="md">
        {error ? <ErrorNotice error={error} title="The access reviews could not be read" /> : null}
        {systems.status === 'loading' && !systems.data ? (
          <Loading label="Loading access reviews…" />
        ) : systems.data && allSystems.length === 0 ? (
          <Paper withBorder radius="md" p="xl">
            <EmptyState
              align="left"
              size="sm"
              variant="light"
              icon={<IconUserCheck aria-hidden stroke={1.5} />}
              title="No systems yet"
              description={
                <Text component="span" display="block" size="sm" c="var(--mantine-color-text)">
                  Start with the systems whose accounts matter: email and sign-on, source code, the cloud account, the
                  model provider, the CRM. Each gets a review frequency (quarterly unless you choose otherwise); Attest
                  then tells you when a review is due and which quarters were missed.
                </Text>
              }
            />
            <Group mt="md">{addSystem}</Group>
          </Paper>
        ) : (
          <Tabs value={view.tab} onChange={(t) => t && view.setTab(t as AccessTab)} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="period">Audit period</Tabs.Tab>
              <Tabs.Tab value="systems">Systems ({allSystems.length})</Tabs.Tab>
              <Tabs.Tab value="reviews">Reviews ({reviews.data?.length ?? '…'})</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="period" pt="md">
              {coverage.data ? <CoverageView coverage={coverage.data} systemId={systemId} /> : <Loading />}
            </Tabs.Panel>
            <Tabs.Panel value="systems" pt="md">
              <Stack gap="xs">
                <Text size="sm" c="dimmed">
                  {countOf(allSystems.length, 'system')}; {allSystems.filter((s) => s.state === 'overdue').length}{' '}
                  overdue. Open a system to edit it.
                </Text>
                <VirtualTable
                  label="Systems"
                  testId="systems-scroller"
                  data={allSystems}
                  columns={systemColumns}
                  getRowId={(s) => String(s.id)}
                  sorting={view.systemSorting}
                  onSortingChange={view.setSystemSorting}
                  onOpen={(s) => setEditing({ system: s })}
                  isDimmed={(s) => !s.inScope}
                  minWidth="52rem"
                />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="reviews" pt="md">
              {reviews.data && reviews.data.length === 0 ? (
                <Paper withBorder radius="md" p="lg">
                  <Text size="sm">No review recorded yet. Start one for a system, then import its user list.</Text>
                </Paper>
              ) : (
                <VirtualTable
                  label="Access reviews"
                  testId="reviews-scroller"
                  data={reviews.data ?? []}
                  columns={reviewColumns}
                  getRowId={(r) => String(r.id)}
                  sorting={view.reviewSorting}
                  onSortingChange={view.setReviewSorting}
                  onOpen={(r) => navigate('access-reviews', String(r.id))}
                  minWidth="56rem"
                />
              )}
            </Tabs.Panel>
          </Tabs>
        )}
      </Stack>
      {editing ? <SystemModal system={editing.system} onClose={() => setEditing(null)} onSaved={reload} /> : null}
      {starting ? <StartReviewModal systems={allSystems} onClose={() => setStarting(false)} /> : null}
    </div>
  );
}
