import { Anchor, Blockquote, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { categoryName } from '../../../../shared/catalog/categories';
import type { Criterion } from '../../../../shared/catalog/types';
import type { ErrorShape } from '../../../../shared/contract/errors';
import type { CriterionCoverage } from '../../../../shared/domain/controls';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { compareIds } from '../../components/format';
import { StatusLabel } from '../../components/labels';
import { controlHref, hashForArea } from '../../store/hash';
import { ExclusionForm } from './ExclusionForm';

interface CriterionDetailProps {
  criterion: Criterion;
  coverage: CriterionCoverage;
  onChanged: () => void;
}

/** What a criterion asks, what the auditor looks for, the controls that answer it, and whether it applies. */
export function CriterionDetail({ criterion, coverage, onChanged }: CriterionDetailProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorShape | null>(null);
  const controls = [...coverage.controls].sort((a, b) => compareIds(a.id, b.id));

  const undo = async () => {
    setBusy(true);
    setError(null);
    const result = await call('criteria.setExclusion', { criterionId: criterion.id, reason: null });
    setBusy(false);
    if (result.ok) onChanged();
    else setError(result.error);
  };

  return (
    <Stack gap="md" pb="xs">
      <Text size="sm">{criterion.summary}</Text>

      <div>
        <Title order={4} fz="sm" fw={600} mb={6}>
          What an auditor looks for
        </Title>
        <List size="sm" spacing={4}>
          {criterion.auditorLooksFor.map((note) => (
            <List.Item key={note}>{note}</List.Item>
          ))}
        </List>
      </div>

      <div>
        <Title order={4} fz="sm" fw={600} mb={6}>
          Controls that answer it
        </Title>
        {controls.length ? (
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {controls.map((c) => (
              <Group key={c.id} component="li" gap="sm" wrap="nowrap">
                <Anchor href={controlHref(c.id)} size="sm" ff="monospace" fw={600} w={64}>
                  {c.id}
                </Anchor>
                <Text size="sm" style={{ flex: 1 }}>
                  {c.name}
                </Text>
                <StatusLabel status={c.status} />
              </Group>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            No applicable control answers {criterion.id} yet. Open a control and add {criterion.id} to its criteria, or{' '}
            <Anchor href={hashForArea('controls')}>add a control</Anchor> for it.
          </Text>
        )}
      </div>

      {!coverage.inScope ? (
        <Text size="sm" c="dimmed">
          Out of scope: {categoryName(criterion.category)} is not among the categories in scope.{' '}
          <Anchor href={hashForArea('scope')}>Change the scope</Anchor> to bring it in.
        </Text>
      ) : coverage.notApplicableReason !== null ? (
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            Marked not applicable
          </Text>
          <Blockquote p="sm" color="grape" iconSize={0}>
            <Text size="sm">{coverage.notApplicableReason}</Text>
          </Blockquote>
          <Group>
            <Button variant="default" size="xs" loading={busy} onClick={() => void undo()}>
              Mark applicable again
            </Button>
          </Group>
        </Stack>
      ) : asking ? (
        <ExclusionForm
          criterionId={criterion.id}
          onCancel={() => setAsking(false)}
          onDone={() => {
            setAsking(false);
            onChanged();
          }}
        />
      ) : (
        <Group>
          <Button variant="default" size="xs" onClick={() => setAsking(true)}>
            Mark not applicable
          </Button>
        </Group>
      )}
      {error ? <ErrorNotice error={error} title="Not saved" onClose={() => setError(null)} /> : null}
    </Stack>
  );
}
