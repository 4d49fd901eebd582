import type { VaultInfo } from '../../../../shared/domain/vault';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { EngagementForm } from './EngagementForm';

/** Scope: the engagement basics every other area is measured against. */
export function ScopePage({ vault }: { vault: VaultInfo }) {
  const engagement = useOperation('engagement.get', {});
  const orgRenamed = useAppStore((s) => s.orgRenamed);

  return (
    <>
      <PageHeader
        title="Scope"
        description="Who is being examined, which system, which kind of report, and the dates it covers. Set these first; every other area is measured against them."
      />
      {engagement.error ? <ErrorNotice error={engagement.error} title="The engagement could not be read" /> : null}
      {engagement.data ? (
        <EngagementForm
          vaultId={vault.id}
          engagement={engagement.data}
          onSaved={(saved) => orgRenamed(saved.orgName)}
        />
      ) : engagement.status === 'loading' ? (
        <Loading label="Loading the engagement…" />
      ) : null}
    </>
  );
}
