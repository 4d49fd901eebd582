import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { SAMPLE_FREQUENCIES, sampleSizesSchema, type SampleSizes } from '../../../../shared/check/sample-sizes';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { FREQUENCY_LABELS } from '../../../../shared/domain/controls';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useOperation } from '../../hooks/useOperation';

/** The sample sizes the Type II rules expect, per frequency, editable for this vault. */
export function SampleSizesModal({
  opened,
  onClose,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Sample sizes for Type II" size="lg">
      {opened ? <SampleSizesLoader onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

/** Reads the settings each time the dialog opens, so it never shows what was there before a save. */
function SampleSizesLoader({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const settings = useOperation('check.settings', {});
  if (settings.error) return <ErrorNotice error={settings.error} />;
  if (!settings.data) return null;
  return (
    <SampleSizesForm
      current={settings.data.sampleSizes}
      defaults={settings.data.defaults}
      onClose={onClose}
      onSaved={onSaved}
    />
  );
}

function SampleSizesForm({
  current,
  defaults,
  onClose,
  onSaved,
}: {
  current: SampleSizes;
  defaults: SampleSizes;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [serverError, setServerError] = useState<ErrorShape | null>(null);
  const { control, handleSubmit, reset, formState } = useForm<SampleSizes>({
    resolver: zodResolver(sampleSizesSchema),
    mode: 'onChange',
    defaultValues: current,
  });
  const onSubmit = handleSubmit(async (values) => {
    const result = await call('check.setSettings', { sampleSizes: values });
    if (result.ok) onSaved();
    else setServerError(result.error);
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Sample sizes">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          How many occurrences of a recurring control your auditor samples over the period. The self-check warns when
          the vault holds fewer items than this. Ask your auditor for their table; these are common defaults. Per-event
          controls need the full list of occurrences instead.
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          {SAMPLE_FREQUENCIES.map((f) => (
            <Controller
              key={f}
              control={control}
              name={f}
              render={({ field, fieldState }) => (
                <NumberInput
                  label={FREQUENCY_LABELS[f]}
                  description={`Default ${defaults[f]}`}
                  min={1}
                  max={366}
                  allowDecimal={false}
                  value={field.value}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
          ))}
        </SimpleGrid>
        {serverError ? <ErrorNotice error={serverError} /> : null}
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => reset(defaults)}>
            Use the defaults
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={formState.isSubmitting}>
              Save
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
