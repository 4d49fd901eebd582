import { useEffect } from 'react';
import { findArea, isAreaId } from './areas';
import { bridge, call } from './client';
import { AppLayout } from './components/AppLayout';
import { Loading } from './components/Loading';
import { StartupProblem } from './components/StartupProblem';
import { AreaView } from './features/areas/AreaView';
import { useScopeDraft } from './features/scope/draft';
import { NewVaultModal } from './features/welcome/NewVaultModal';
import { WelcomeScreen } from './features/welcome/WelcomeScreen';
import { syncAreaWithHash, useAppStore } from './store/app';
import { useDrafts } from './store/drafts';

function useStartup() {
  const refresh = useAppStore((s) => s.refresh);
  useEffect(() => {
    void refresh();
    const stopHash = syncAreaWithHash();
    const stopShell = bridge()?.onShellEvent((event) => {
      const app = useAppStore.getState();
      if (event.type === 'vault-changed') void app.refresh();
      else if (event.type === 'new-vault') app.requestNewVault(event.path);
      else if (event.type === 'navigate' && isAreaId(event.area)) app.setArea(event.area);
    });
    return () => {
      stopHash();
      stopShell?.();
    };
  }, [refresh]);
}

export function App() {
  useStartup();
  const { status, info, loadError, area, sub, setArea, refresh } = useAppStore();
  const vault = info?.vault ?? null;

  // Unsaved edits belong to the vault they were typed in.
  const vaultId = vault?.id ?? null;
  useEffect(() => {
    useDrafts.getState().clear();
  }, [vaultId]);

  useEffect(() => {
    document.title = vault ? `${findArea(area).label} · ${vault.orgName || 'Attest'} · Attest` : 'Attest';
  }, [vault, area]);

  if (status === 'loading' && !info) return <Loading label="Starting Attest…" />;
  if (status === 'failed' && loadError && !info)
    return <StartupProblem error={loadError} onRetry={() => void refresh()} />;
  if (!vault) return <WelcomeScreen />;

  const closeVault = async () => {
    await call('vault.close', {});
    useScopeDraft.getState().discard();
    useDrafts.getState().clear();
    await refresh();
  };

  return (
    <>
      <AppLayout
        vault={vault}
        area={area}
        pageKey={(area === 'controls' || area === 'policies' || area === 'evidence') && sub ? `${area}/${sub}` : area}
        wide={area === 'controls' || area === 'criteria' || area === 'policies' || area === 'evidence'}
        version={info?.version ?? ''}
        onNavigate={setArea}
        onCloseVault={() => void closeVault()}
      >
        <AreaView key={vault.id} area={area} sub={sub} vault={vault} />
      </AppLayout>
      <NewVaultModal />
    </>
  );
}
