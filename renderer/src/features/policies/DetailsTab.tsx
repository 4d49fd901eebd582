import { SaveStatus } from '../../components/SaveStatus';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Anchor,
  Button,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { policyMetaSchema, type PolicyDetail } from '../../../../shared/domain/policies';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { compareIds, countOf } from '../../components/format';
import { Loading } from '../../components/Loading';
import { useOperation } from '../../hooks/useOperation';
import { controlHref } from '../../store/hash';
import { useDrafts } from '../../store/drafts';
import { useAppStore } from '../../store/app';

type MetaValues = z.input<typeof policyMetaSchema>;
type MetaOutput = z.output<typeof policyMetaSchema>;
const META_FIELDS = ['title', 'owner', 'reviewCadenceMonths'] as const;

function metaValues(p: PolicyDetail): MetaValues {
  return { id: p.id, title: p.title, owner: p.owner, reviewCadenceMonths: p.reviewCadenceMonths };
}

function sameMeta(a: MetaValues, b: Partial<MetaValues> | undefined): boolean {
  return META_FIELDS.every((k) => a[k] === b?.[k]);
}

/** Title, owner and review cadence, checked as the person types; unsaved edits survive leaving the page. */
function MetaForm({ policy, onSaved }: { policy: PolicyDetail; onSaved: (p: PolicyDetail) => void }) {
  const draftKey = `policy-meta:${policy.id}`;
  const [serverError, setServerError] = useState<ErrorShape | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const form = useForm<MetaValues, unknown, MetaOutput>({
    resolver: zodResolver(policyMetaSchema),
    mode: 'onChange',
    defaultValues: metaValues(policy),
  });
  const { register, control, handleSubmit, reset, setError, getValues, trigger, formState } = form;

  useEffect(() => {
    const draft = useDrafts.getState().drafts[draftKey] as MetaValues | undefined;
    if (draft && !sameMeta(draft, form.formState.defaultValues)) {
      reset(draft, { keepDefaultValues: true });
      void trigger();
    }
    return () => {
      const values = getValues();
      if (sameMeta(values, form.formState.defaultValues)) useDrafts.getState().discard(draftKey);
      else useDrafts.getState().keep(draftKey, values);
    };
    // Only on mount and unmount: the kept draft is read once, then the form owns the values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    setJustSaved(false);
    const result = await call('policies.update', values);
    if (result.ok) {
      reset(metaValues(result.value));
      useDrafts.getState().discard(draftKey);
      setJustSaved(true);
      onSaved(result.value);
      return;
    }
    let placed = 0;
    for (const issue of inputIssues(result.error)) {
      const field = META_FIELDS.find((f) => f === issue.path.split('.')[0]);
      if (field) {
        setError(field, { type: 'server', message: issue.message }, { shouldFocus: placed === 0 });
        placed++;
      }
    }
    if (placed === 0) setServerError(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Policy details">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Title order={2} fz="h4" fw={600}>
            Details
          </Title>
          <TextInput label="Title" withAsterisk error={formState.errors.title?.message} {...register('title')} />
          <TextInput
            label="Owner"
            description="The person who keeps this policy current and brings it for review."
            error={formState.errors.owner?.message}
            {...register('owner')}
          />
          <Controller
            control={control}
            name="reviewCadenceMonths"
            render={({ field, fieldState }) => (
              <NumberInput
                label="Review every (months)"
                description="Auditors expect each policy to be reviewed and approved again at least once a year."
                withAsterisk
                min={1}
                max={36}
                step={1}
                allowDecimal={false}
                allowNegative={false}
                styles={{ wrapper: { maxWidth: 160 } }}
                name={field.name}
                ref={field.ref}
                value={field.value}
                onBlur={field.onBlur}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
                error={fieldState.error?.message}
              />
            )}
          />
          {serverError ? (
            <ErrorNotice error={serverError} title="The details were not saved" onClose={() => setServerError(null)} />
          ) : null}
          <Group gap="md">
            <Button type="submit" loading={formState.isSubmitting}>
              Save details
            </Button>
            <SaveStatus saved={justSaved} dirty={formState.isDirty} />
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}

/** The controls this policy supports: listed with links, chosen from every control in the vault. */
function LinkedControls({ policy, onSaved }: { policy: PolicyDetail; onSaved: (p: PolicyDetail) => void }) {
  const controls = useOperation('controls.list', {});
  const navigate = useAppStore((s) => s.navigate);
  const [value, setValue] = useState<string[]>(() => [...policy.controls].sort(compareIds));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  const titleId = useId();
  const byId = useMemo(() => new Map((controls.data ?? []).map((c) => [c.id, c])), [controls.data]);
  const data = useMemo(
    () =>
      [...(controls.data ?? [])]
        .sort((a, b) => compareIds(a.id, b.id))
        .map((c) => ({ value: c.id, label: `${c.id} ${c.name}` })),
    [controls.data],
  );
  const original = [...policy.controls].sort(compareIds);
  const dirty = original.join(',') !== value.join(',');

  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(false);
    const result = await call('policies.setControls', { id: policy.id, controls: value });
    setBusy(false);
    if (result.ok) {
      setSaved(true);
      onSaved(result.value);
    } else setError(result.error);
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <div>
          <Title order={2} fz="h4" fw={600} id={titleId}>
            Linked controls
          </Title>
          <Text size="sm" c="dimmed">
            The controls this policy states the rules for. The auditor reads the policy when testing them.
          </Text>
        </div>
        {controls.error ? <ErrorNotice error={controls.error} title="The controls could not be read" /> : null}
        {!controls.data && controls.status === 'loading' ? <Loading label="Loading the controls…" /> : null}
        {value.length === 0 ? (
          <Text size="sm" c="dimmed">
            No controls linked yet. Pick the controls this policy supports below.
          </Text>
        ) : (
          <Stack
            gap={4}
            component="ul"
            aria-label="Linked controls"
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
          >
            {value.map((id) => (
              <Group component="li" key={id} gap="xs" wrap="nowrap" justify="space-between">
                <Group gap="xs" wrap="nowrap" miw={0}>
                  <Anchor
                    href={controlHref(id)}
                    size="sm"
                    ff="monospace"
                    fw={600}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate('controls', id);
                    }}
                  >
                    {id}
                  </Anchor>
                  <Text size="sm" truncate="end">
                    {byId.get(id)?.name ?? ''}
                  </Text>
                </Group>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={`Unlink ${id}`}
                  onClick={() => {
                    setSaved(false);
                    setValue(value.filter((v) => v !== id));
                  }}
                >
                  <IconX size={14} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        )}
        <MultiSelect
          label="Link or unlink controls"
          placeholder="Search by ID or name, e.g. AC-05 or access review"
          data={data}
          value={value}
          onChange={(next) => {
            setSaved(false);
            setValue([...next].sort(compareIds));
          }}
          renderPill={() => null}
          onKeyDown={(event) => {
            // The list above shows what is linked; Backspace in an empty search must not unlink one unseen.
            if (event.key === 'Backspace' && event.currentTarget.value === '') event.preventDefault();
          }}
          searchable
          nothingFoundMessage="No control matches. Try its ID, or a word from its name."
          maxDropdownHeight={320}
          comboboxProps={{ withinPortal: true }}
          disabled={!controls.data}
        />
        {error ? <ErrorNotice error={error} title="The links were not saved" onClose={() => setError(null)} /> : null}
        <Group gap="md">
          <Button onClick={() => void save()} loading={busy} disabled={!dirty}>
            Save linked controls
          </Button>
          <div role="status" aria-live="polite">
            {dirty ? (
              <Text size="sm" c="dimmed">
                Unsaved changes
              </Text>
            ) : saved ? (
              <Group gap={6} c="teal">
                <IconCheck size={16} aria-hidden />
                <Text size="sm" fw={500} inherit>
                  Saved: {countOf(value.length, 'control')} linked
                </Text>
              </Group>
            ) : null}
          </div>
        </Group>
      </Stack>
    </Paper>
  );
}

export function DetailsTab({ policy, onSaved }: { policy: PolicyDetail; onSaved: (p: PolicyDetail) => void }) {
  return (
    <Grid gap="lg" align="flex-start">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <MetaForm key={policy.id} policy={policy} onSaved={onSaved} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <LinkedControls key={policy.id} policy={policy} onSaved={onSaved} />
      </Grid.Col>
    </Grid>
  );
}
