import { AppShell, Button, Group, ScrollArea, Text, VisuallyHidden } from '@mantine/core';
import { IconDatabase, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import type { VaultInfo } from '../../../shared/domain/vault';
import type { AreaId } from '../areas';
import { fileName } from './format';
import { Navigation } from './Navigation';
import { AREA_TITLE_ID } from './PageHeader';

interface AppLayoutProps {
  vault: VaultInfo;
  area: AreaId;
  /** Changes when the page shown changes (an area, or a detail inside it); focus then moves to its heading. */
  pageKey: string;
  /** Tables and matrices use the whole width; documents keep a readable measure. */
  wide?: boolean;
  version: string;
  onNavigate: (area: AreaId) => void;
  onCloseVault: () => void;
  children: ReactNode;
}

/** After moving to another area (not on first load), put focus on its heading so screen readers announce it. */
function useFocusTitleOnNavigate(pageKey: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(AREA_TITLE_ID)?.focus({ preventScroll: false });
  }, [pageKey]);
}

/** The frame around every area: header with the organisation and vault, navigation on the left. */
export function AppLayout({
  vault,
  area,
  pageKey,
  wide = false,
  version,
  onNavigate,
  onCloseVault,
  children,
}: AppLayoutProps) {
  useFocusTitleOnNavigate(pageKey);
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 232, breakpoint: 0 }} padding="xl">
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <IconShieldCheck size={22} stroke={1.7} aria-hidden color="var(--mantine-primary-color-filled)" />
            <Text fw={600} size="md" truncate="end" data-testid="header-org">
              {vault.orgName || 'Unnamed organisation'}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap" miw={0}>
            <Group gap={6} wrap="nowrap" miw={0} title={vault.path}>
              <IconDatabase size={16} stroke={1.6} aria-hidden color="var(--mantine-color-dimmed)" />
              <Text size="sm" c="dimmed" truncate="end" data-testid="header-vault">
                <VisuallyHidden>Vault file: </VisuallyHidden>
                {fileName(vault.path)}
              </Text>
            </Group>
            <Button variant="default" size="xs" onClick={onCloseVault}>
              Close vault
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm">
        <AppShell.Section grow component={ScrollArea} type="scroll">
          <Navigation active={area} onNavigate={onNavigate} />
        </AppShell.Section>
        <AppShell.Section pt="sm" px="xs">
          <Text size="xs" c="dimmed">
            Attest {version}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main bg="var(--mantine-color-gray-0)">
        <div className={wide ? 'attest-main attest-main-wide' : 'attest-main'}>{children}</div>
      </AppShell.Main>
    </AppShell>
  );
}
