import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Anchor, Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconSparkles, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { CRITERIA, CRITERIA_BY_ID } from '../../../../shared/catalog/criteria';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { SUGGESTED_CUECS, cuecSaveSchema, type Cuec } from '../../../../shared/domain/cuecs';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf } from '../../components/format';
import { Loading } from '../../components/Loading';
import { SaveStatus } from '../../components/SaveStatus';
import { useOperation } from '../../hooks/useOperation';
import { criterionHref } from '../../store/hash';
import { FormTextarea } from '../../components/FormFields';

type Values = z.input<typeof cuecSaveSchema>;
type Output = z.output<typeof cuecSaveSchema>;

const CRITERIA_OPTIONS = CRITERIA.map((c) => ({ value: c.id, label: c.id }));

const valuesOf = (list: readonly Cuec[]): Values => ({
  cuecs: list.map((c) => ({ id: c.id, text: c.text, criteria: c.criteria })),
});

function CuecList({ cuecs }: { cuecs: readonly Cuec[] }) {
  return (
    <ol style={{ margin: 0, paddingLeft: '1.25rem' }} data-testid="cuec-list">
      {cuecs.map((c) => (
        <li key={c.id} style={{ marginBottom: 8 }}>
          <Text size="sm">{c.text}</Text>
          {c.criteria.length ? (
            <Group gap={6} mt={2}>
              {c.criteria.map((k) => (
                <Anchor
                  key={k}
                  href={criterionHref(k)}
                  size="xs"
                  ff="monospace"
                  fw={600}
                  title={CRITERIA_BY_ID.get(k)?.topic}
                >
                  {k}
                </Anchor>
              ))}
            </Group>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function CuecEditor({
  initial,
  onSaved,
  onCancel,
}: {
  initial: Values;
  onSaved: (list: Cuec[]) => void;
  onCancel: () => void;
}) {
  const [failure, setFailure] = useState<ErrorShape | null>(null);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(cuecSaveSchema),
    mode: 'onChange',
    defaultValues: initial,
  });
  const rows = useFieldArray({ control: form.control, name: 'cuecs', keyName: 'key' });
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await call('cuecs.save', values);
    if (result.ok) onSaved(result.value);
    else setFailure(result.error);
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Complementary user entity controls">
      <Stack gap="md">
        {rows.fields.length === 0 ? (
          <Text size="sm" c="dimmed">
            The list is empty. Saving it says your clients need to do nothing on their side.
          </Text>
        ) : null}
        {rows.fields.map((row, i) => (
          <Paper key={row.key} withBorder radius="sm" p="sm" data-testid="cuec-row">
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <Stack gap="xs" style={{ flex: 1 }}>
                <FormTextarea
                  control={form.control}
                  name={`cuecs.${i}.text`}
                  label={`Client control ${i + 1}`}
                  minRows={1}
                  maxRows={5}
                />
                <Controller
                  control={form.control}
                  name={`cuecs.${i}.criteria`}
                  render={({ field, fieldState }) => (
                    <MultiSelect
                      ref={field.ref}
                      label="Criteria it supports"
                      placeholder={field.value?.length ? undefined : 'Optional, e.g. CC6.2'}
                      data={CRITERIA_OPTIONS}
                      value={field.value ?? []}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      searchable
                      hidePickedOptions
                      renderOption={({ option }) => (
                        <Text size="sm">
                          <Text span ff="monospace" size="sm" mr={6}>
                            {option.value}
                          </Text>
                          {CRITERIA_BY_ID.get(option.value)?.topic}
                        </Text>
                      )}
                      maxDropdownHeight={240}
                      error={fieldState.error?.message}
                    />
                  )}
                />
              </Stack>
              <Stack gap={2} mt={24}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Move client control ${i + 1} up`}
                  disabled={i === 0}
                  onClick={() => rows.move(i, i - 1)}
                >
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Move client control ${i + 1} down`}
                  disabled={i === rows.fields.length - 1}
                  onClick={() => rows.move(i, i + 1)}
                >
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove client control ${i + 1}`}
                  onClick={() => rows.remove(i)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Stack>
            </Group>
          </Paper>
        ))}
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => rows.append({ text: '', criteria: [] })}
          >
            Add a client control
          </Button>
        </Group>
        {failure ? (
          <ErrorNotice error={failure} title="The list was not saved" onClose={() => setFailure(null)} />
        ) : null}
        <Group gap="md">
          <Button type="submit" loading={form.formState.isSubmitting}>
            Save list
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <SaveStatus saved={false} dirty={form.formState.isDirty} />
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The complementary user entity controls of the engagement's system: what
 * clients must do on their side, listed in the system description (DC6).
 */
export function CuecsCard({ systemName }: { systemName: string }) {
  const list = useOperation('cuecs.list', {});
  const [editing, setEditing] = useState<Values | null>(null);
  const [latest, setLatest] = useState<Cuec[] | null>(null);
  const [saved, setSaved] = useState(false);
  const cuecs = useMemo(() => latest ?? list.data ?? [], [latest, list.data]);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="cuecs-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} fz="h4" fw={600} id="cuecs-title">
              What clients must do (CUECs)
            </Title>
            <Text size="sm" c="dimmed" maw={640}>
              Complementary user entity controls: the things your clients have to do on their side for the controls of{' '}
              {systemName || 'the system'} to work, such as managing their own users. The system description lists them.
            </Text>
          </Stack>
          {!editing && cuecs.length ? (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => {
                setSaved(false);
                setEditing(valuesOf(cuecs));
              }}
            >
              Edit list
            </Button>
          ) : null}
        </Group>
        {list.error ? <ErrorNotice error={list.error} title="The CUECs could not be read" /> : null}
        {list.status === 'loading' && !list.data ? (
          <Loading label="Loading the CUECs…" />
        ) : editing ? (
          <CuecEditor
            initial={editing}
            onCancel={() => setEditing(null)}
            onSaved={(next) => {
              setLatest(next);
              setEditing(null);
              setSaved(true);
            }}
          />
        ) : cuecs.length ? (
          <>
            <CuecList cuecs={cuecs} />
            <Group gap="sm">
              <Text size="sm" c="dimmed">
                {countOf(cuecs.length, 'client control')}
              </Text>
              <SaveStatus saved={saved} dirty={false} />
            </Group>
          </>
        ) : list.data ? (
          <Stack gap="sm">
            <Text size="sm">
              No client controls yet. Most AI agencies rely on clients to manage their own users, protect the keys they
              are given, send data only through agreed channels and review outputs before acting on them.
            </Text>
            <Group>
              <Button
                leftSection={<IconSparkles size={16} aria-hidden />}
                onClick={() =>
                  setEditing({ cuecs: SUGGESTED_CUECS.map((c) => ({ text: c.text, criteria: [...c.criteria] })) })
                }
              >
                {`Start from ${SUGGESTED_CUECS.length} suggestions`}
              </Button>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setEditing({ cuecs: [{ text: '', criteria: [] }] })}
              >
                Write your own
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
