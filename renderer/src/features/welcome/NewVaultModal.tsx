import { Modal } from '@mantine/core';
import { useAppStore } from '../../store/app';
import { CreateVaultForm } from './CreateVaultForm';

/** File → New in the desktop app while a vault is open: the create form over the current vault. */
export function NewVaultModal() {
  const path = useAppStore((s) => s.newVaultPath);
  const requestNewVault = useAppStore((s) => s.requestNewVault);
  const close = () => requestNewVault(null);
  return (
    <Modal opened={path !== null} onClose={close} title="Create a vault" size="lg" centered>
      <CreateVaultForm key={path ?? 'none'} initialPath={path} onCancel={close} />
    </Modal>
  );
}
