import { useFileDrop } from '../../hooks/useFileDrop';
import { Button, EmptyState, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconPaperclip, IconUpload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import {
  EVIDENCE_TYPES,
  EVIDENCE_TYPE_LABELS,
  FRESHNESS_LABELS,
  type EvidenceSummary,
  type EvidenceType,
  type Freshness,
} from '../../../../shared/domain/evidence';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf, compareIds, formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { EvidenceTable } from './EvidenceTable';
import { EvidenceTabs } from './EvidenceTabs';
import { IntegrityPanel } from './IntegrityPanel';
import { UploadModal } from './UploadModal';
import { useEvidenceView } from './view';
import { SearchFilter } from '../../components/SearchFilter';

const FRESHNESS: Freshness[] = ['current', 'expiring', 'expired'];

function matches(e: EvidenceSummary, search: string): boolean {
  if (!search) return true;
  const q = search.toLowerCase();
  return [e.title, e.fileName, e.owner, e.source, EVIDENCE_TYPE_LABELS[e.type], ...e.controls].some((v) =>
    v.toLowerCase().includes(q),
  );
}

/** Evidence: every file proving a control, how fresh it is, and the vault's integrity. */
export function EvidenceListPage() {
  const list = useOperation('evidence.list', {});
  const navigate = useAppStore((s) => s.navigate);
  const view = useEvidenceView();
  const [upload, setUpload] = useState<{ files: File[]; key: number } | null>(null);

  const all = useMemo(() => list.data ?? [], [list.data]);
  const shown = useMemo(
    () =>
      all.filter(
        (e) =>
          matches(e, view.search.trim()) &&
          (!view.type || e.type === view.type) &&
          (!view.freshness || e.freshness === view.freshness) &&
          (!view.control || e.controls.includes(view.control)),
      ),
    [all, view.search, view.type, view.freshness, view.control],
  );
  const controlIds = useMemo(() => [...new Set(all.flatMap((e) => e.controls))].sort(compareIds), [all]);
  const counts = useMemo(() => {
    const c: Record<Freshness, number> = { current: 0, expiring: 0, expired: 0 };
    for (const e of all) c[e.freshness]++;
    return c;
  }, [all]);
  const filtered = view.search.trim() !== '' || view.type || view.freshness || view.control;

  const openUpload = (files: File[] = []) => setUpload({ files, key: Date.now() });
  const uploadButton = (
    <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={() => openUpload()}>
      Upload evidence
    </Button>
  );

  const { dragging, handlers: dropHandlers } = useFileDrop({ onFiles: openUpload, enabled: !upload });

  return (
    <div {...dropHandlers} style={{ position: 'relative' }} data-testid="evidence-page">
      <PageHeader
        title="Evidence"
        description="Files that prove your controls ran: each stored in the vault with its SHA-256 fingerprint. Drop files on this page to attach them."
        actions={all.length ? uploadButton : null}
      />
      <EvidenceTabs current="list" />
      {dragging ? (
        <Text size="sm" fw={500} c="blue.8" mb="sm" role="status">
          Drop the files to attach them as evidence.
        </Text>
      ) : null}
      <Stack gap="md">
        {list.error ? <ErrorNotice error={list.error} title="The evidence could not be read" /> : null}
        {list.status === 'loading' && !list.data ? (
          <Loading label="Loading evidence…" />
        ) : list.data && all.length === 0 ? (
          <Paper withBorder radius="md" p="xl">
            <EmptyState
              align="left"
              size="sm"
              variant="light"
              icon={<IconPaperclip aria-hidden stroke={1.5} />}
              title="No evidence yet"
              description={
                <>
                  <Text component="span" display="block" size="sm" c="var(--mantine-color-text)" mb="xs">
                    Evidence is the proof that a control ran: a screenshot of a setting, an export of user accounts, a
                    ticket, a scan report. Attest stores each file in the vault with its fingerprint, so the auditor can
                    trust it was not changed.
                  </Text>
                  <Text component="span" display="block" size="sm" c="var(--mantine-color-text)" mb="md">
                    Upload a file, link it to the controls it proves and note the date it shows. Attest then tells you
                    when it goes stale.
                  </Text>
                </>
              }
            />
            <Group mt="md">{uploadButton}</Group>
          </Paper>
        ) : list.data ? (
          <>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <SearchFilter
                placeholder="Title, file, owner, control"
                value={view.search}
                onChange={view.setSearch}
                w={260}
              />
              <Select
                label="Type"
                placeholder="All types"
                clearable
                data={EVIDENCE_TYPES.map((t) => ({ value: t, label: EVIDENCE_TYPE_LABELS[t] }))}
                value={view.type}
                onChange={(v) => view.setType(v as EvidenceType | null)}
                w={220}
              />
              <Select
                label="Freshness"
                placeholder="Any"
                clearable
                data={FRESHNESS.map((f) => ({
                  value: f,
                  label: `${FRESHNESS_LABELS[f]} (${formatNumber(counts[f])})`,
                }))}
                value={view.freshness}
                onChange={(v) => view.setFreshness(v as Freshness | null)}
                w={170}
              />
              <Select
                label="Control"
                placeholder="Any control"
                clearable
                searchable
                data={controlIds}
                value={view.control}
                onChange={view.setControl}
                w={150}
              />
            </Group>
            <Group gap="xs" mih={28}>
              <Text size="sm" c="dimmed" role="status" data-testid="evidence-count">
                {filtered
                  ? `${formatNumber(shown.length)} of ${countOf(all.length, 'item')} shown`
                  : `${countOf(all.length, 'item')}: ${formatNumber(counts.current)} current, ${formatNumber(counts.expiring)} expiring, ${formatNumber(counts.expired)} expired`}
              </Text>
              {filtered ? (
                <Button variant="subtle" size="compact-sm" onClick={view.clear}>
                  Clear filters
                </Button>
              ) : null}
            </Group>
            {shown.length ? (
              <EvidenceTable items={shown} onOpen={(id) => navigate('evidence', String(id))} />
            ) : (
              <Paper withBorder radius="md" p="lg">
                <Text size="sm">
                  No evidence matches these filters.{' '}
                  <Button variant="subtle" size="compact-sm" onClick={view.clear}>
                    Clear filters
                  </Button>
                </Text>
              </Paper>
            )}
          </>
        ) : null}
        <IntegrityPanel />
      </Stack>
      {upload ? (
        <UploadModal
          key={upload.key}
          opened
          initialFiles={upload.files}
          onClose={() => setUpload(null)}
          onAttached={list.reload}
        />
      ) : null}
    </div>
  );
}
