import { Button, EmptyState, Group, Paper, Select, Stack, Switch, Text } from '@mantine/core';
import { IconBuildingStore, IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import {
  CRITICALITIES,
  CRITICALITY_LABELS,
  DATA_CLASS_LABELS,
  VENDOR_KINDS,
  VENDOR_KIND_LABELS,
  type Criticality,
  type Vendor,
  type VendorKind,
} from '../../../../shared/domain/vendors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf, formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { VendorTable } from './VendorTable';
import { useVendorView, type SubserviceFilter } from './view';
import { SearchFilter } from '../../components/SearchFilter';

function matches(v: Vendor, search: string): boolean {
  if (!search) return true;
  const q = search.toLowerCase();
  return [
    v.name,
    v.service,
    v.owner,
    v.dataShared,
    VENDOR_KIND_LABELS[v.kind],
    DATA_CLASS_LABELS[v.dataClassification],
    ...v.csocs,
    ...v.controls.map((c) => c.id),
  ].some((s) => s.toLowerCase().includes(q));
}

function subserviceMatches(v: Vendor, f: SubserviceFilter): boolean {
  if (f === 'any') return true;
  if (f === 'not') return v.subserviceMethod === null;
  if (f === 'subservice') return v.subserviceMethod !== null;
  return v.subserviceMethod === f;
}

/** Vendors and subservice organizations, with what is missing for each. */
export function VendorsListPage() {
  const list = useOperation('vendors.list', {});
  const navigate = useAppStore((s) => s.navigate);
  const view = useVendorView();
  const all = useMemo(() => list.data ?? [], [list.data]);
  const shown = useMemo(
    () =>
      all.filter(
        (v) =>
          matches(v, view.search.trim()) &&
          (!view.kind || v.kind === view.kind) &&
          (!view.criticality || v.criticality === view.criticality) &&
          subserviceMatches(v, view.subservice) &&
          (!view.attentionOnly || v.attention.length > 0),
      ),
    [all, view.search, view.kind, view.criticality, view.subservice, view.attentionOnly],
  );
  const needing = all.filter((v) => v.attention.length > 0).length;
  const subservice = all.filter((v) => v.subserviceMethod !== null).length;
  const filtered =
    view.search.trim() !== '' || view.kind || view.criticality || view.subservice !== 'any' || view.attentionOnly;
  const addButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => navigate('vendors', 'new')}>
      Add vendor
    </Button>
  );

  return (
    <div data-testid="vendors-page">
      <PageHeader
        title="Vendors"
        description="The outside services your system relies on: what they do, what data they see, how critical they are, the assurance reports you hold from them, and which run part of the system as subservice organizations."
        actions={all.length ? addButton : null}
      />
      <Stack gap="md">
        {list.error ? <ErrorNotice error={list.error} title="The vendors could not be read" /> : null}
        {list.status === 'loading' && !list.data ? (
          <Loading label="Loading vendors…" />
        ) : list.data && all.length === 0 ? (
          <Paper withBorder radius="md" p="xl">
            <EmptyState
              align="left"
              size="sm"
              variant="light"
              icon={<IconBuildingStore aria-hidden stroke={1.5} />}
              title="No vendors yet"
              description={
                <Text component="span" display="block" size="sm" c="var(--mantine-color-text)">
                  List every service your system depends on: your cloud provider, the AI model APIs you call, data
                  providers, subcontractors and SaaS tools that see client data. Mark those that run part of the system
                  as subservice organizations and note the controls you expect of them; the system description lists
                  them.
                </Text>
              }
            />
            <Group mt="md">{addButton}</Group>
          </Paper>
        ) : list.data ? (
          <>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <SearchFilter placeholder="Name, service, data, control" value={view.search} onChange={view.setSearch} />
              <Select
                label="Kind"
                placeholder="All kinds"
                clearable
                data={VENDOR_KINDS.map((k) => ({ value: k, label: VENDOR_KIND_LABELS[k] }))}
                value={view.kind}
                onChange={(v) => view.setKind(v as VendorKind | null)}
                w={220}
              />
              <Select
                label="Criticality"
                placeholder="Any"
                clearable
                data={CRITICALITIES.map((c) => ({ value: c, label: CRITICALITY_LABELS[c] }))}
                value={view.criticality}
                onChange={(v) => view.setCriticality(v as Criticality | null)}
                w={140}
              />
              <Select
                label="Subservice organization"
                data={[
                  { value: 'any', label: 'Any vendor' },
                  { value: 'subservice', label: `Subservice (${formatNumber(subservice)})` },
                  { value: 'carve-out', label: 'Carve-out' },
                  { value: 'inclusive', label: 'Inclusive' },
                  { value: 'not', label: 'Not subservice' },
                ]}
                value={view.subservice}
                onChange={(v) => view.setSubservice((v ?? 'any') as SubserviceFilter)}
                allowDeselect={false}
                w={200}
              />
              <Switch
                label={`Needs attention (${formatNumber(needing)})`}
                checked={view.attentionOnly}
                onChange={(e) => view.setAttentionOnly(e.currentTarget.checked)}
                mb={8}
              />
            </Group>
            <Group gap="xs" mih={28}>
              <Text size="sm" c="dimmed" role="status" data-testid="vendors-count">
                {filtered
                  ? `${formatNumber(shown.length)} of ${countOf(all.length, 'vendor')} shown`
                  : `${countOf(all.length, 'vendor')}, ${formatNumber(subservice)} subservice, ${formatNumber(needing)} needing attention`}
              </Text>
              {filtered ? (
                <Button variant="subtle" size="compact-sm" onClick={view.clear}>
                  Clear filters
                </Button>
              ) : null}
            </Group>
            {shown.length ? (
              <VendorTable vendors={shown} onOpen={(id) => navigate('vendors', String(id))} />
            ) : (
              <Paper withBorder radius="md" p="lg">
                <Text size="sm">
                  No vendor matches these filters.{' '}
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
