import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fileName, formatInstant } from '../../components/format';
import { Loading } from '../../components/Loading';
import { useOperation } from '../../hooks/useOperation';
import { useVaultAction } from './useVaultAction';
import classes from './Welcome.module.css';

/** Vaults opened recently on this computer; missing files are marked and cannot be opened. */
export function RecentVaults() {
  const recent = useOperation('vault.recent', {});
  const { run, pending, error } = useVaultAction();

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="recent-vaults-title">
      <Title order={2} fz="h4" fw={600} id="recent-vaults-title" mb="sm">
        Recent vaults
      </Title>
      {recent.status === 'loading' && !recent.data ? <Loading label="Loading recent vaults…" /> : null}
      {recent.error ? <ErrorNotice error={recent.error} title="The recent list could not be read" /> : null}
      {recent.data && recent.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          Vaults you create or open on this computer will be listed here, so you can come back to them in one click.
        </Text>
      ) : null}
      {recent.data && recent.data.length > 0 ? (
        <Stack gap={0} component="ul" className={classes.recentList}>
          {recent.data.map((vault) => (
            <li key={vault.path} className={classes.recentItem}>
              <Group justify="space-between" wrap="nowrap" gap="md">
                <Stack gap={2} miw={0}>
                  <Group gap="xs" wrap="nowrap">
                    <Text fw={500} truncate="end">
                      {vault.orgName || fileName(vault.path)}
                    </Text>
                    {vault.exists ? null : (
                      <Badge color="orange" variant="light" size="sm" radius="sm">
                        File missing
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" truncate="start" title={vault.path}>
                    {vault.path}
                  </Text>
                  <Text size="xs" c="dimmed">
                    Last opened {formatInstant(vault.openedAt)}
                  </Text>
                </Stack>
                <Button
                  variant="default"
                  size="xs"
                  disabled={!vault.exists || pending}
                  aria-label={`Open ${vault.orgName || fileName(vault.path)}`}
                  onClick={() => void run(() => call('vault.open', { path: vault.path }))}
                >
                  Open
                </Button>
              </Group>
            </li>
          ))}
        </Stack>
      ) : null}
      {error ? (
        <Stack mt="sm">
          <ErrorNotice error={error} title="The vault was not opened" />
        </Stack>
      ) : null}
    </Paper>
  );
}
