import { Button, Group, Paper, Text } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { STARTER_RISKS } from '../../../../shared/domain/risk-starters';
import type { Risk } from '../../../../shared/domain/risks';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf } from '../../components/format';

export function useStarters(risks: readonly Risk[]) {
  const present = new Set(risks.map((r) => r.starterKey).filter(Boolean));
  return STARTER_RISKS.filter((s) => !present.has(s.key));
}

/** Adds the starter risks not yet in the register, in one audited write. */
export function AddStartersButton({
  missing,
  onAdded,
  variant = 'filled',
}: {
  missing: number;
  onAdded: () => void;
  variant?: 'filled' | 'light' | 'subtle';
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  return (
    <>
      <Button
        variant={variant}
        size={variant === 'subtle' ? 'compact-sm' : 'sm'}
        leftSection={<IconSparkles size={16} aria-hidden />}
        loading={busy}
        onClick={async () => {
          setBusy(true);
          const result = await call('risks.addStarters', {});
          setBusy(false);
          if (result.ok) onAdded();
          else setFailure(result.error);
        }}
      >
        {`Add ${countOf(missing, 'starter risk')}`}
      </Button>
      {failure ? <ErrorNotice error={failure} onClose={() => setFailure(null)} /> : null}
    </>
  );
}

/** A quiet line when some starter risks are not in the register (e.g. a vault from before they existed). */
export function StarterReminder({ missing, onAdded }: { missing: number; onAdded: () => void }) {
  if (missing === 0) return null;
  return (
    <Paper withBorder radius="md" px="md" py="xs">
      <Group gap="sm" justify="space-between">
        <Text size="sm">
          {countOf(missing, 'starter risk')} for AI agencies {missing === 1 ? 'is' : 'are'} not in your register. Add
          them to score them, or leave them out if they do not apply.
        </Text>
        <AddStartersButton missing={missing} onAdded={onAdded} variant="subtle" />
      </Group>
    </Paper>
  );
}
