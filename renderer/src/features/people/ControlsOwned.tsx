import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { PersonDetail } from '../../../../shared/domain/people';
import { ErrorNotice } from '../../components/ErrorNotice';
import { compareIds, formatDate } from '../../components/format';
import { NotApplicableLabel, OutOfScopeLabel, StatusLabel } from '../../components/labels';
import { Loading } from '../../components/Loading';
import { useOperation } from '../../hooks/useOperation';
import { controlHref, hashForArea } from '../../store/hash';
import { controlsOwnedBy, leftBy, todayUtc } from './owners';

/**
 * The controls whose Owner names this person (matched by name, any case or spacing: a control's owner is free
 * text). Read-only: the owner is set on the control's page.
 */
export function ControlsOwned({ person }: { person: PersonDetail }) {
  const controls = useOperation('controls.list', {});
  const owned = useMemo(
    () => (controls.data ? controlsOwnedBy(controls.data, person.name).sort((a, b) => compareIds(a.id, b.id)) : []),
    [controls.data, person.name],
  );
  const left = leftBy(person, todayUtc());

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="owned-title" data-testid="controls-owned">
      <Title order={2} fz="h4" fw={600} id="owned-title" mb="sm">
        Controls owned{controls.data ? ` (${owned.length})` : ''}
      </Title>
      {controls.error ? <ErrorNotice error={controls.error} title="The controls could not be read" /> : null}
      {!controls.data ? (
        controls.status === 'loading' ? (
          <Loading label="Loading controls…" />
        ) : null
      ) : owned.length ? (
        <Stack gap="sm">
          {left ? (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} p="sm">
              <Text size="sm">
                Left on {formatDate(person.endDate)}: assign a new owner on each control&apos;s page.
              </Text>
            </Alert>
          ) : null}
          <Stack component="ul" gap={6} m={0} pl={0} style={{ listStyle: 'none' }}>
            {owned.map((c) => (
              <li key={c.id}>
                <Group gap="xs" wrap="nowrap" align="baseline">
                  <Anchor href={controlHref(c.id)} size="sm" lineClamp={1}>
                    <Text span ff="monospace" fw={600} size="sm">
                      {c.id}
                    </Text>{' '}
                    {c.name}
                  </Anchor>
                  <StatusLabel status={c.status} />
                  {c.notApplicableReason !== null ? <NotApplicableLabel /> : null}
                  {c.inScope ? null : <OutOfScopeLabel />}
                </Group>
              </li>
            ))}
          </Stack>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          Owns no control. To make {person.name} a control&apos;s owner, open the control from{' '}
          <Anchor href={hashForArea('controls')} size="sm" inherit>
            Controls
          </Anchor>{' '}
          and enter their name as its Owner on the control&apos;s page.
        </Text>
      )}
    </Paper>
  );
}
