import { Button, SimpleGrid, Stack } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { VaultInfo } from '../../../../shared/domain/vault';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { AuditTrail } from './AuditTrail';
import { EvidenceDueSoon } from './EvidenceDueSoon';
import { OverdueReviews } from './OverdueReviews';
import { Readiness } from './Readiness';
import { TopBlockers } from './TopBlockers';
import { VaultSummary } from './VaultSummary';

/** The first page of an open vault: how ready it is, what needs doing next, what it is and what happened last. */
export function OverviewPage({ vault }: { vault: VaultInfo }) {
  const engagement = useOperation('engagement.get', {});
  const setArea = useAppStore((s) => s.setArea);
  const latest = useOperation('check.latest', {});
  const history = useOperation('check.history', { limit: 30 });

  return (
    <>
      <PageHeader
        title="Overview"
        description="How ready this engagement is for the auditor, what needs doing next, and the latest changes."
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
        <Readiness
          run={latest.data}
          history={history.data ?? []}
          onRan={() => {
            latest.reload();
            history.reload();
          }}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <TopBlockers run={latest.data} />
          <Stack gap="lg">
            <EvidenceDueSoon />
            <OverdueReviews />
          </Stack>
        </SimpleGrid>
        <VaultSummary vault={vault} engagement={engagement.data} />
        <AuditTrail />
      </Stack>
    </>
  );
}
