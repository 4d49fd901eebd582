import { Button, EmptyState, Group, Menu, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import {
  IconCertificate,
  IconChevronDown,
  IconDownload,
  IconFileImport,
  IconSignature,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import {
  PEOPLE_IMPORT_FIELDS,
  PERSON_STATUS_LABELS,
  TRAINING_STATE_LABELS,
  type PersonStatus,
  type PersonSummary,
  type TrainingState,
} from '../../../../shared/domain/people';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf, formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { CsvImportModal } from './import/CsvImportModal';
import { PeopleTable } from './PeopleTable';
import { PersonForm } from './PersonForm';
import { PopulationModal } from './PopulationModal';
import { AcknowledgeModal, TrainingModal } from './RecordModals';
import { usePeopleView, type PeopleGap } from './view';
import { SearchFilter } from '../../components/SearchFilter';

const STATUSES: PersonStatus[] = ['active', 'starting', 'left'];
const TRAININGS: TrainingState[] = ['current', 'expired', 'never'];
const GAPS: { value: PeopleGap; label: string }[] = [
  { value: 'no-background-check', label: 'No background check' },
  { value: 'unacknowledged', label: 'Policies to acknowledge' },
];

function matches(p: PersonSummary, q: string): boolean {
  return (
    !q || p.name.toLowerCase().includes(q) || p.email.toLowerCase().includes(q) || p.role.toLowerCase().includes(q)
  );
}

function hasGap(p: PersonSummary, gap: PeopleGap): boolean {
  if (p.status === 'left') return false;
  return gap === 'no-background-check' ? p.backgroundCheckDate === null : p.acknowledged < p.policiesLive;
}

type Dialog = 'add' | 'import' | 'population' | 'training' | 'acknowledge' | null;

/** People: everyone who works on the system, their training and policy acknowledgements. */
export function PeopleListPage() {
  const list = useOperation('people.list', {});
  const navigate = useAppStore((s) => s.navigate);
  const view = usePeopleView();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const all = useMemo(() => list.data ?? [], [list.data]);
  const search = view.search.trim().toLowerCase();
  const shown = useMemo(
    () =>
      all.filter(
        (p) =>
          matches(p, search) &&
          (!view.status || p.status === view.status) &&
          (!view.training || p.training === view.training) &&
          (!view.gap || hasGap(p, view.gap)),
      ),
    [all, search, view.status, view.training, view.gap],
  );
  const counts = useMemo(() => {
    const c = { active: 0, starting: 0, left: 0, lapsed: 0 };
    for (const p of all) {
      c[p.status]++;
      if (p.training === 'expired' || p.training === 'never') c.lapsed++;
    }
    return c;
  }, [all]);
  const filtered = search !== '' || view.status || view.training || view.gap;

  const close = (message?: string) => {
    setDialog(null);
    if (message) setNotice(message);
    list.reload();
  };

  const addButton = (
    <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setDialog('add')}>
      Add person
    </Button>
  );
  const importButton = (
    <Button
      variant="default"
      leftSection={<IconFileImport size={16} aria-hidden />}
      onClick={() => setDialog('import')}
    >
      Import CSV
    </Button>
  );

  return (
    <div data-testid="people-page">
      <PageHeader
        title="People"
        description="Everyone who works on the system: when they joined and left, their background check, security training and the policies they acknowledged."
        actions={
          all.length ? (
            <>
              {importButton}
              {addButton}
            </>
          ) : null
        }
      />
      <Stack gap="md">
        {list.error ? <ErrorNotice error={list.error} title="The people could not be read" /> : null}
        {notice ? (
          <Text size="sm" c="teal" role="status" data-testid="people-notice">
            {notice}
          </Text>
        ) : null}
        {list.status === 'loading' && !list.data ? (
          <Loading label="Loading people…" />
        ) : list.data && all.length === 0 ? (
          <Paper withBorder radius="md" p="xl">
            <EmptyState
              align="left"
              size="sm"
              variant="light"
              icon={<IconUsers aria-hidden stroke={1.5} />}
              title="No people yet"
              description={
                <Text component="span" display="block" size="sm" c="var(--mantine-color-text)">
                  An auditor samples new joiners (background check, training, policy acknowledgement) and leavers
                  (access removed on time). Import the list from your HR system as CSV, or add people one by one.
                </Text>
              }
            />
            <Group mt="md">
              {importButton}
              {addButton}
            </Group>
          </Paper>
        ) : list.data ? (
          <>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <SearchFilter placeholder="Name, email or role" value={view.search} onChange={view.setSearch} />
              <Select
                label="Status"
                placeholder="Anyone"
                clearable
                data={STATUSES.map((s) => ({
                  value: s,
                  label: `${PERSON_STATUS_LABELS[s]} (${formatNumber(counts[s])})`,
                }))}
                value={view.status}
                onChange={(v) => view.setStatus(v as PersonStatus | null)}
                w={160}
              />
              <Select
                label="Training"
                placeholder="Any"
                clearable
                data={TRAININGS.map((t) => ({ value: t, label: TRAINING_STATE_LABELS[t] }))}
                value={view.training}
                onChange={(v) => view.setTraining(v as TrainingState | null)}
                w={170}
              />
              <Select
                label="Gaps"
                placeholder="Any"
                clearable
                data={GAPS}
                value={view.gap}
                onChange={(v) => view.setGap(v as PeopleGap | null)}
                w={210}
              />
            </Group>
            <Group gap="xs" mih={28}>
              <Text size="sm" c="dimmed" role="status" data-testid="people-count">
                {filtered
                  ? `${formatNumber(shown.length)} of ${countOf(all.length, 'person', 'people')} shown`
                  : `${countOf(all.length, 'person', 'people')}: ${STATUSES.filter((st) => counts[st] > 0)
                      .map((st) => `${formatNumber(counts[st])} ${PERSON_STATUS_LABELS[st].toLowerCase()}`)
                      .join(', ')}; ${formatNumber(counts.lapsed)} need security training`}
              </Text>
              {filtered ? (
                <Button variant="subtle" size="compact-sm" onClick={view.clear}>
                  Clear filters
                </Button>
              ) : null}
              <Group gap="xs" ml="auto">
                <Menu position="bottom-end">
                  <Menu.Target>
                    <Button variant="default" rightSection={<IconChevronDown size={14} aria-hidden />}>
                      Record
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconCertificate size={16} aria-hidden />}
                      onClick={() => setDialog('training')}
                    >
                      Training completed
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconSignature size={16} aria-hidden />}
                      onClick={() => setDialog('acknowledge')}
                    >
                      Policy acknowledged
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
                <Button
                  variant="default"
                  leftSection={<IconDownload size={16} aria-hidden />}
                  onClick={() => setDialog('population')}
                >
                  Hires and leavers
                </Button>
              </Group>
            </Group>
            {shown.length ? (
              <PeopleTable people={shown} onOpen={(id) => navigate('people', String(id))} />
            ) : (
              <Paper withBorder radius="md" p="lg">
                <Text size="sm">
                  No one matches these filters.{' '}
                  <Button variant="subtle" size="compact-sm" onClick={view.clear}>
                    Clear filters
                  </Button>
                </Text>
              </Paper>
            )}
          </>
        ) : null}
      </Stack>
      {dialog === 'add' ? (
        <Modal opened onClose={() => setDialog(null)} title="Add a person" size="lg">
          <PersonForm
            person={null}
            onSaved={(p) => navigate('people', String(p.id))}
            onCancel={() => setDialog(null)}
          />
        </Modal>
      ) : null}
      {dialog === 'import' ? (
        <CsvImportModal
          title="Import people from CSV"
          what={{ one: 'person', many: 'people' }}
          fields={PEOPLE_IMPORT_FIELDS}
          option={{
            label: 'Update people already on record',
            description: 'Matched by email; otherwise they are reported as duplicates',
          }}
          run={({ option, ...rest }) => call('people.import', { ...rest, updateExisting: option })}
          onClose={() => close()}
          onImported={() => list.reload()}
        />
      ) : null}
      {dialog === 'population' ? (
        <PopulationModal
          title="Hires and leavers for the auditor"
          intro="The people who joined, or left, during a period, as a CSV file: the populations an auditor samples onboarding and offboarding from."
          choices={[
            { value: 'hires', label: 'Hires' },
            { value: 'terminations', label: 'Leavers' },
          ]}
          noun={(c) => (c === 'hires' ? { one: 'hire', many: 'hires' } : { one: 'leaver', many: 'leavers' })}
          run={(period, choice) =>
            call('people.population', { population: choice as 'hires' | 'terminations', ...period })
          }
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'training' ? (
        <TrainingModal
          people={all}
          onClose={() => setDialog(null)}
          onSaved={(n) => close(`Training recorded for ${countOf(n, 'person', 'people')}.`)}
        />
      ) : null}
      {dialog === 'acknowledge' ? (
        <AcknowledgeModal
          people={all}
          onClose={() => setDialog(null)}
          onSaved={(n) => close(`Acknowledgement recorded for ${countOf(n, 'person', 'people')}.`)}
        />
      ) : null}
    </div>
  );
}
