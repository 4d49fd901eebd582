import { Button, Stack, TextInput } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { bridge, call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useVaultAction } from './useVaultAction';

/** Opens an existing vault: a file dialog in the desktop app, a path field in the browser. */
export function OpenVaultForm() {
  const shell = bridge();
  const { run, pending, error, fail } = useVaultAction();
  const [path, setPath] = useState('');
  const [missing, setMissing] = useState(false);

  const openPath = (target: string) => run(() => call('vault.open', { path: target }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const target = path.trim();
    setMissing(target === '');
    if (target) void openPath(target);
  };

  const onChoose = async () => {
    try {
      const chosen = await shell?.chooseVaultToOpen();
      if (chosen) await openPath(chosen);
    } catch (problem) {
      fail(problem);
    }
  };

  if (shell) {
    return (
      <Stack gap="md">
        <Button
          variant="default"
          leftSection={<IconFolderOpen size={16} aria-hidden />}
          loading={pending}
          onClick={() => void onChoose()}
          style={{ alignSelf: 'flex-start' }}
        >
          Choose a vault file…
        </Button>
        {error ? <ErrorNotice error={error} title="The vault was not opened" /> : null}
      </Stack>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Open a vault">
      <Stack gap="md">
        <TextInput
          label="Vault file path"
          description="The full path of an existing .attest file on this computer."
          placeholder="/path/to/acme.attest"
          spellCheck={false}
          autoComplete="off"
          value={path}
          onChange={(event) => {
            setPath(event.currentTarget.value);
            if (missing && event.currentTarget.value.trim()) setMissing(false);
          }}
          error={missing ? 'Enter the path of the vault file to open' : undefined}
        />
        {error ? <ErrorNotice error={error} title="The vault was not opened" /> : null}
        <Button type="submit" variant="default" loading={pending} style={{ alignSelf: 'flex-start' }}>
          Open vault
        </Button>
      </Stack>
    </form>
  );
}
