import { Stack } from '@mantine/core';
import { useState } from 'react';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { VaultInfo } from '../../../../shared/domain/vault';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { CuecsCard } from '../cuecs/CuecsCard';
import { CategoriesForm } from './CategoriesForm';
import { EngagementForm } from './EngagementForm';

/** Scope: the engagement basics and the categories every other area is measured against. */
export function ScopePage({ vault }: { vault: VaultInfo }) {
  const engagement = useOperation('engagement.get', {});
  const orgRenamed = useAppStore((s) => s.orgRenamed);
  // Advice from the latest engagement the host returned (loaded or saved).
  const [latest, setLatest] = useState<Engagement | null>(null);
  const warnings = (latest ?? engagement.data)?.warnings ?? [];

  return (
    <>
      <PageHeader
        title="Scope"
        description="Who is being examined, which system, which kind of report, the dates it covers and the categories it includes. Set these first; every other area is measured against them."
      />
      {engagement.error ? <ErrorNotice error={engagement.error} title="The engagement could not be read" /> : null}
      {engagement.data ? (
        <Stack gap="lg">
          <EngagementForm
            vaultId={vault.id}
            engagement={engagement.data}
            warnings={warnings}
            onSaved={(saved) => {
              setLatest(saved);
              orgRenamed(saved.orgName);
            }}
          />
          <CategoriesForm engagement={engagement.data} onSaved={setLatest} />
          <CuecsCard systemName={(latest ?? engagement.data).systemName} />
        </Stack>
      ) : engagement.status === 'loading' ? (
        <Loading label="Loading the engagement…" />
      ) : null}
    </>
  );
}
