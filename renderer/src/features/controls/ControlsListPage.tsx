import { Button, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFilterOff, IconPlus, IconShieldCheck, IconX } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { compareIds, formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { AddControlModal } from './AddControlModal';
import { ControlsTable } from './ControlsTable';
import { ControlsToolbar } from './ControlsToolbar';
import { filterControls } from './filter';
import { hasFilters, useControlsView } from './view';

/** Controls: every control in the vault, searchable and filterable, with a way to add one. */
export function ControlsListPage() {
  const controls = useOperation('controls.list', {});
  const engagement = useOperation('engagement.get', {});
  const navigate = useAppStore((s) => s.navigate);
  const filters = useControlsView((s) => s.filters);
  const clearFilters = useControlsView((s) => s.clearFilters);
  const deferredFilters = useDeferredValue(filters);
  const [adding, setAdding] = useState(false);

  const all = useMemo(() => [...(controls.data ?? [])].sort((a, b) => compareIds(a.id, b.id)), [controls.data]);
  const shown = useMemo(() => filterControls(all, deferredFilters), [all, deferredFilters]);
  const open = (id: string) => navigate('controls', id);

  return (
    <>
      <PageHeader
        title="Controls"
        description="What your agency does to meet the criteria. Open a control to word it your way, name its owner and map it to criteria."
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            Add control
          </Button>
        }
      />
      {controls.error ? <ErrorNotice error={controls.error} title="The controls could not be read" /> : null}
      {controls.status === 'loading' && !controls.data ? <Loading label="Loading the controls…" /> : null}
      {controls.data ? (
        <Stack gap="sm">
          <ControlsToolbar controls={all} />
          <Group gap="sm" mih={28}>
            <Text size="sm" c="dimmed" role="status" aria-live="polite" className="attest-num">
              {shown.length === all.length
                ? `${formatNumber(all.length)} ${all.length === 1 ? 'control' : 'controls'}`
                : `Showing ${formatNumber(shown.length)} of ${formatNumber(all.length)} controls`}
            </Text>
            {hasFilters(filters) ? (
              <Button
                variant="subtle"
                color="gray"
                size="compact-sm"
                leftSection={<IconX size={14} aria-hidden />}
                onClick={clearFilters}
              >
                Clear filters
              </Button>
            ) : null}
          </Group>
          {shown.length > 0 ? (
            <ControlsTable controls={shown} onOpen={open} />
          ) : (
            <Paper withBorder radius="md" p="xl">
              {all.length === 0 ? (
                <EmptyState
                  align="left"
                  size="sm"
                  variant="light"
                  icon={<IconShieldCheck aria-hidden stroke={1.5} />}
                  title="No controls yet"
                  description="Add categories in Scope to copy controls from the library, or add your own control."
                >
                  <Button mt="md" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
                    Add control
                  </Button>
                </EmptyState>
              ) : (
                <EmptyState
                  align="left"
                  size="sm"
                  variant="light"
                  icon={<IconFilterOff aria-hidden stroke={1.5} />}
                  title="No control matches these filters"
                  description="Try fewer words in the search, or clear the filters to see every control. If what you need does not exist yet, add it."
                >
                  <Group mt="md" gap="sm">
                    {hasFilters(filters) ? (
                      <Button variant="default" onClick={clearFilters}>
                        Clear filters
                      </Button>
                    ) : null}
                    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
                      Add control
                    </Button>
                  </Group>
                </EmptyState>
              )}
            </Paper>
          )}
        </Stack>
      ) : null}
      <AddControlModal
        opened={adding}
        onClose={() => setAdding(false)}
        inScope={engagement.data?.categories ?? ['security']}
        onCreated={(control) => {
          setAdding(false);
          open(control.id);
        }}
      />
    </>
  );
}
