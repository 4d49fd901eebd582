import { Anchor, Grid, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import type { Control } from '../../../../shared/domain/controls';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ControlEvidence } from '../evidence/ControlEvidence';
import { Loading } from '../../components/Loading';
import { useOperation } from '../../hooks/useOperation';
import { hashForArea } from '../../store/hash';
import { useAppStore } from '../../store/app';
import { ApplicabilityCard } from './ApplicabilityCard';
import { ControlForm } from './ControlForm';
import { ControlHeader } from './ControlHeader';
import { LinkedPolicies } from './LinkedPolicies';
import { LinkedRecords } from './LinkedRecords';
import { MappingsEditor } from './MappingsEditor';
import { SuggestedEvidence } from './SuggestedEvidence';

function BackLink() {
  const setArea = useAppStore((s) => s.setArea);
  return (
    <Anchor
      href={hashForArea('controls')}
      size="sm"
      onClick={(event) => {
        event.preventDefault();
        setArea('controls');
      }}
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        All controls
      </Group>
    </Anchor>
  );
}

/** One control: its wording and owner, the criteria it answers, whether it applies, and what proves it. */
export function ControlDetailPage({ id }: { id: string }) {
  const loaded = useOperation('controls.get', { id });
  const engagement = useOperation('engagement.get', {});
  // The latest version returned by a save; newer than what was loaded.
  const [latest, setLatest] = useState<Control | null>(null);
  const control = latest ?? loaded.data;
  const inScope = engagement.data?.categories ?? null;

  return (
    <Stack gap="md">
      <BackLink />
      {loaded.error && !control ? (
        <ErrorNotice
          error={loaded.error}
          title={loaded.error.code === 'not_found' ? `No control ${id}` : 'The control could not be read'}
        />
      ) : null}
      {engagement.error ? <ErrorNotice error={engagement.error} title="The scope could not be read" /> : null}
      {!control || !inScope ? (
        loaded.status === 'loading' || engagement.status === 'loading' ? (
          <Loading label={`Loading ${id}…`} />
        ) : null
      ) : (
        <>
          <ControlHeader control={control} />
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="lg">
                <ControlForm key={control.id} control={control} onSaved={setLatest} />
                <SuggestedEvidence items={control.suggestedEvidence} />
                <LinkedPolicies policies={control.policies} />
                <LinkedRecords controlId={control.id} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Stack gap="lg">
                <ControlEvidence controlId={control.id} />
                <MappingsEditor key={control.id} control={control} inScope={inScope} onSaved={setLatest} />
                <ApplicabilityCard control={control} onChanged={setLatest} />
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
