import { Container, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useAppStore } from '../../store/app';
import { CreateVaultForm } from './CreateVaultForm';
import { OpenVaultForm } from './OpenVaultForm';
import { RecentVaults } from './RecentVaults';
import classes from './Welcome.module.css';

/** Shown when no vault is open: create one, open one, or pick a recent one. */
export function WelcomeScreen() {
  const newVaultPath = useAppStore((s) => s.newVaultPath);
  const version = useAppStore((s) => s.info?.version ?? '');

  return (
    <main className={classes.page}>
      <Container size={880}>
        <Stack gap="xl">
          <Stack gap={6} mt="xl">
            <Group gap="sm">
              <IconShieldCheck size={30} stroke={1.6} aria-hidden color="var(--mantine-primary-color-filled)" />
              <Title order={1} fz={28} fw={600}>
                Attest
              </Title>
            </Group>
            <Text c="dimmed" maw={620}>
              Prepare for your SOC 2 audit on this computer. A vault is one file that holds your scope, controls,
              policies and evidence; nothing leaves this machine unless you export it.
            </Text>
          </Stack>

          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="create-vault-title">
              <Title order={2} fz="h4" fw={600} id="create-vault-title" mb={4}>
                Create a vault
              </Title>
              <Text size="sm" c="dimmed" mb="md">
                Start a new engagement. You can change every detail later under Scope.
              </Text>
              {/* Remount when the shell supplies a new path so the form starts from it. */}
              <CreateVaultForm key={newVaultPath ?? 'blank'} initialPath={newVaultPath} />
            </Paper>

            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="open-vault-title">
              <Title order={2} fz="h4" fw={600} id="open-vault-title" mb={4}>
                Open a vault
              </Title>
              <Text size="sm" c="dimmed" mb="md">
                Continue with a vault you or a colleague created before.
              </Text>
              <OpenVaultForm />
            </Paper>
          </SimpleGrid>

          <RecentVaults />

          {version ? (
            <Text size="xs" c="dimmed">
              Attest {version}
            </Text>
          ) : null}
        </Stack>
      </Container>
    </main>
  );
}
