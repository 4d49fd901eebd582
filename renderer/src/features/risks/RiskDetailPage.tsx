import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { RISK_CATEGORY_LABELS, type Risk } from '../../../../shared/domain/risks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { AREA_TITLE_ID } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { BackLink } from './BackLink';
import { AttentionLabels, ScoreLabel, TreatmentLabel } from './labels';
import { RemoveModal } from './RemoveRiskModal';
import { RiskForm } from './RiskForm';

/** One risk: what an auditor would question about it, and its details to edit. */
export function RiskDetailPage({ id }: { id: number }) {
  const loaded = useOperation('risks.get', { id });
  const navigate = useAppStore((s) => s.navigate);
  const [latest, setLatest] = useState<Risk | null>(null);
  const [removing, setRemoving] = useState(false);
  const risk = latest ?? loaded.data;

  return (
    <Stack gap="md">
      <BackLink area="risks" label="All risks" />
      {loaded.error && !risk ? (
        <ErrorNotice
          error={loaded.error}
          title={loaded.error.code === 'not_found' ? 'No such risk' : 'The risk could not be read'}
        />
      ) : null}
      {!risk ? (
        loaded.status === 'loading' ? (
          <Loading label="Loading the risk…" />
        ) : null
      ) : (
        <>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={6}>
              <Title order={1} fz="h2" fw={600} id={AREA_TITLE_ID} tabIndex={-1} className="attest-area-title">
                <Text span inherit c="dimmed" ff="monospace" fz="h3" mr="xs">
                  {risk.ref}
                </Text>
                {risk.title}
              </Title>
              <Group gap="xs" data-testid="risk-labels">
                <Text size="sm" c="dimmed">
                  {RISK_CATEGORY_LABELS[risk.category]}
                </Text>
                <ScoreLabel score={risk.inherentScore} prefix="Inherent" />
                <ScoreLabel score={risk.residualScore} prefix="Residual" />
                <TreatmentLabel treatment={risk.treatment} />
              </Group>
              <Group gap="xs" data-testid="risk-attention">
                <AttentionLabels attention={risk.attention} />
              </Group>
            </Stack>
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setRemoving(true)}
            >
              Remove
            </Button>
          </Group>
          <RiskForm key={risk.id} risk={risk} onSaved={setLatest} />
          {removing ? (
            <RemoveModal
              operation="risks.remove"
              id={risk.id}
              title={risk.title}
              what="risk"
              onClose={() => setRemoving(false)}
              onRemoved={() => navigate('risks')}
            />
          ) : null}
        </>
      )}
    </Stack>
  );
}
