import { Button, Stack } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { VaultInfo } from '../../../../shared/domain/vault';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { AuditTrail } from './AuditTrail';
import { VaultSummary } from './VaultSummary';

/** The first page of an open vault: what it is and what happened last. */
export function OverviewPage({ vault }: { vault: VaultInfo }) {
  const engagement = useOperation('engagement.get', {});
  const setArea = useAppStore((s) => s.setArea);

  return (
    <>
      <PageHeader
        title="Overview"
        description="Where this engagement stands, and the latest changes recorded in the vault."
        actions={
          <Button
            variant="default"
            rightSection={<IconArrowRight size={16} aria-hidden />}
            onClick={() => setArea('scope')}
          >
            Edit scope
          </Button>
        }
      />
      <Stack gap="lg">
        {engagement.error ? <ErrorNotice error={engagement.error} title="The engagement could not be read" /> : null}
        <VaultSummary vault={vault} engagement={engagement.data} />
        <AuditTrail />
      </Stack>
    </>
  );
}
