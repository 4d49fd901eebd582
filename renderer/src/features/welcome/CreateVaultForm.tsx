import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { requiredText } from '../../../../shared/contract/primitives';
import { bridge, call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useVaultAction } from './useVaultAction';

const schema = z.object({
  orgName: requiredText('Organisation name', 120),
  path: z.string().trim().min(1, 'Say where the vault file should be saved').max(4096, 'Vault path is too long'),
});
type CreateVaultValues = z.input<typeof schema>;
type CreateVaultParsed = z.output<typeof schema>;

interface CreateVaultFormProps {
  /** A path chosen elsewhere (the shell's File → New), used to prefill the form. */
  initialPath?: string | null;
  onCancel?: () => void;
}

/** Organisation name and where to save the file; creates the vault and opens it. */
export function CreateVaultForm({ initialPath, onCancel }: CreateVaultFormProps) {
  const shell = bridge();
  const { run, pending, error, fail } = useVaultAction();
  const form = useForm<CreateVaultValues, unknown, CreateVaultParsed>({
    resolver: zodResolver(schema),
    mode: 'onChange',
    defaultValues: { orgName: '', path: initialPath ?? '' },
  });
  const { register, handleSubmit, setValue, setError, formState } = form;

  useEffect(() => {
    if (initialPath) setValue('path', initialPath, { shouldValidate: true, shouldDirty: true });
  }, [initialPath, setValue]);

  const choosePath = async () => {
    try {
      const chosen = await shell?.chooseNewVaultPath();
      if (chosen) setValue('path', chosen, { shouldValidate: true, shouldDirty: true });
    } catch (problem) {
      fail(problem);
    }
  };

  const onSubmit = handleSubmit(async ({ orgName, path }) => {
    const result = await run(() => call('vault.create', { path, orgName }));
    if (!result.ok) {
      for (const issue of inputIssues(result.error)) {
        if (issue.path === 'orgName' || issue.path === 'path') setError(issue.path, { message: issue.message });
      }
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create a vault">
      <Stack gap="md">
        <TextInput
          label="Organisation name"
          description="The company the SOC 2 report is about."
          placeholder="Acme AI Ltd"
          autoComplete="organization"
          withAsterisk
          error={formState.errors.orgName?.message}
          {...register('orgName')}
        />
        {shell ? (
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label="Vault file"
              description="One file holds everything: keep it somewhere that is backed up."
              placeholder="No location chosen yet"
              readOnly
              withAsterisk
              error={formState.errors.path?.message}
              {...register('path')}
            />
            <Button
              variant="default"
              leftSection={<IconFolderOpen size={16} aria-hidden />}
              onClick={() => void choosePath()}
            >
              Choose…
            </Button>
          </Group>
        ) : (
          <TextInput
            label="Vault file path"
            description="Where to save the new file, e.g. /Users/you/acme.attest"
            placeholder="/path/to/acme.attest"
            spellCheck={false}
            autoComplete="off"
            withAsterisk
            error={formState.errors.path?.message}
            {...register('path')}
          />
        )}
        {error && inputIssues(error).length === 0 ? (
          <ErrorNotice error={error} title="The vault was not created" />
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={pending} disabled={pending}>
            Create vault
          </Button>
          {onCancel ? (
            <Button variant="subtle" color="gray" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
