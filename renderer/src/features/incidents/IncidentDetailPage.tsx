import { Alert, Button, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconProgressCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { INCIDENT_CATEGORY_LABELS, durationBetween, type IncidentDetail } from '../../../../shared/domain/incidents';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatInstant } from '../../components/format';
import { Loading } from '../../components/Loading';
import { AREA_TITLE_ID } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { ActionsCard } from './ActionsCard';
import { BackToIncidents } from './BackLink';
import { IncidentStatusLabel, SeverityLabel, SignificantLabel } from './labels';
import { PostmortemCard } from './PostmortemCard';
import { RecordForm } from './RecordForm';
import { StatusModal } from './StatusModal';
import { TimelineCard } from './TimelineCard';

/** One incident: its record, timeline, corrective actions and post-mortem. */
export function IncidentDetailPage({ id }: { id: number }) {
  const loaded = useOperation('incidents.get', { id });
  const [latest, setLatest] = useState<IncidentDetail | null>(null);
  const [changingStatus, setChangingStatus] = useState(false);
  const incident = latest ?? loaded.data;

  return (
    <Stack gap="md">
      <BackToIncidents />
      {loaded.error && !incident ? (
        <ErrorNotice
          error={loaded.error}
          title={loaded.error.code === 'not_found' ? 'No such incident' : 'The incident could not be read'}
        />
      ) : null}
      {!incident ? (
        loaded.status === 'loading' ? (
          <Loading label="Loading the incident…" />
        ) : null
      ) : (
        <>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Text size="sm" c="dimmed" ff="monospace">
                {incident.ref}
              </Text>
              <Title order={1} fz="h2" fw={600} id={AREA_TITLE_ID} tabIndex={-1} className="attest-area-title">
                {incident.title}
              </Title>
              <Group gap="xs" data-testid="incident-labels">
                <IncidentStatusLabel status={incident.status} />
                <SeverityLabel severity={incident.severity} />
                {incident.significant ? <SignificantLabel reason={incident.significantReason} /> : null}
                <Text size="sm" c="dimmed">
                  {INCIDENT_CATEGORY_LABELS[incident.category]} · began {formatInstant(incident.occurredAt)} · detected
                  after {durationBetween(incident.occurredAt, incident.detectedAt)}
                  {incident.resolvedAt
                    ? ` · resolved after ${durationBetween(incident.occurredAt, incident.resolvedAt)}`
                    : ''}
                </Text>
              </Group>
            </Stack>
            <Button
              leftSection={<IconProgressCheck size={16} aria-hidden />}
              onClick={() => setChangingStatus(true)}
              style={{ flexShrink: 0 }}
            >
              Change status
            </Button>
          </Group>
          {incident.gaps.length ? (
            <Alert
              color="orange"
              variant="light"
              icon={<IconAlertTriangle size={18} aria-hidden />}
              title="What an auditor would ask about"
            >
              <List size="sm">
                {incident.gaps.map((g) => (
                  <List.Item key={g}>{g}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="lg">
                <RecordForm
                  key={`${incident.id}:${incident.status}:${incident.resolvedAt}`}
                  incident={incident}
                  onSaved={setLatest}
                />
                <PostmortemCard key={incident.id} incident={incident} onChange={setLatest} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Stack gap="lg">
                <TimelineCard incident={incident} onChange={setLatest} />
                <ActionsCard incident={incident} onChange={setLatest} />
              </Stack>
            </Grid.Col>
          </Grid>
          {changingStatus ? (
            <StatusModal incident={incident} onClose={() => setChangingStatus(false)} onChange={setLatest} />
          ) : null}
        </>
      )}
    </Stack>
  );
}
