import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Anchor,
  Button,
  CopyButton,
  Divider,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowLeft, IconCheck, IconCopy, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ErrorShape } from '../../../../shared/contract/errors';
import { EVIDENCE_TYPE_LABELS, type EvidenceItem } from '../../../../shared/domain/evidence';
import { call, inputIssues } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ReasonModal } from '../../components/ReasonModal';
import { formatDate, formatInstant, formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { AREA_TITLE_ID } from '../../components/PageHeader';
import { useOperation } from '../../hooks/useOperation';
import { useAppStore } from '../../store/app';
import { hashForArea } from '../../store/hash';
import classes from './Evidence.module.css';
import { DownloadButton, EvidencePreview } from './EvidencePreview';
import { FreshnessLabel } from './labels';
import { MetaFields } from './MetaFields';
import { metaFormSchema, metaValuesOf, type MetaFormOutput, type MetaFormValues } from './schema';
import { formatSize } from './upload';

function BackLink() {
  const setArea = useAppStore((s) => s.setArea);
  return (
    <Anchor
      href={hashForArea('evidence')}
      size="sm"
      onClick={(event) => {
        event.preventDefault();
        setArea('evidence');
      }}
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        All evidence
      </Group>
    </Anchor>
  );
}

const META_FIELDS = [
  'title',
  'description',
  'type',
  'effectiveDate',
  'coversFrom',
  'coversTo',
  'owner',
  'validUntil',
  'controls',
] as const;

function MetaForm({ item, onSaved }: { item: EvidenceItem; onSaved: (item: EvidenceItem) => void }) {
  const controls = useOperation('controls.list', {});
  const [serverError, setServerError] = useState<ErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<MetaFormValues, unknown, MetaFormOutput>({
    resolver: zodResolver(metaFormSchema),
    mode: 'onChange',
    defaultValues: metaValuesOf(item),
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setServerError(null);
    setSaved(false);
    const result = await call('evidence.update', { id: item.id, meta: values });
    if (result.ok) {
      form.reset(metaValuesOf(result.value));
      setSaved(true);
      onSaved(result.value);
      return;
    }
    let placed = 0;
    for (const issue of inputIssues(result.error)) {
      const head = issue.path.replace(/^meta\./, '').split('.')[0] ?? '';
      if ((META_FIELDS as readonly string[]).includes(head)) {
        form.setError(head as (typeof META_FIELDS)[number], { type: 'server', message: issue.message });
        placed++;
      }
    }
    if (placed === 0) setServerError(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Evidence details">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Title order={2} fz="h4" fw={600}>
            Details
          </Title>
          <MetaFields control={form.control} controls={controls.data ?? []} withValidUntil />
          {serverError ? (
            <ErrorNotice error={serverError} title="The changes were not saved" onClose={() => setServerError(null)} />
          ) : null}
          <Divider />
          <Group gap="md">
            <Button type="submit" loading={form.formState.isSubmitting}>
              Save
            </Button>
            <Text size="sm" c="dimmed" role="status">
              {form.formState.isDirty ? 'Unsaved changes' : saved ? 'Saved' : ''}
            </Text>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}

function RemoveModal({ item, onClose }: { item: EvidenceItem; onClose: () => void }) {
  const navigate = useAppStore((s) => s.navigate);
  return (
    <ReasonModal
      title={`Remove “${item.title}”`}
      explanation="The item leaves the evidence list and its controls. The reason is kept in the audit trail, so the auditor can see why it went."
      missing="A reason for removing the evidence is required"
      confirm="Remove evidence"
      submit={(reason) => call('evidence.remove', { id: item.id, reason })}
      onDone={() => navigate('evidence')}
      onClose={onClose}
    />
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} mb={6}>
        {children}
      </Text>
    </>
  );
}

/** One evidence item: its details, the file itself, its fingerprint, and removal with a reason. */
export function EvidenceDetailPage({ id }: { id: number }) {
  const loaded = useOperation('evidence.get', { id });
  const [latest, setLatest] = useState<EvidenceItem | null>(null);
  const [removing, setRemoving] = useState(false);
  const item = latest ?? loaded.data;

  return (
    <Stack gap="md">
      <BackLink />
      {loaded.error && !item ? (
        <ErrorNotice
          error={loaded.error}
          title={loaded.error.code === 'not_found' ? `No evidence item ${id}` : 'The evidence could not be read'}
        />
      ) : null}
      {!item ? (
        loaded.status === 'loading' ? (
          <Loading label="Loading evidence…" />
        ) : null
      ) : (
        <>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Title order={1} fz="h2" fw={600} id={AREA_TITLE_ID} tabIndex={-1} className="attest-area-title">
                {item.title}
              </Title>
              <Group gap="xs" data-testid="evidence-labels">
                <FreshnessLabel freshness={item.freshness} />
                <Text size="sm" c="dimmed">
                  {EVIDENCE_TYPE_LABELS[item.type]} · shows {formatDate(item.effectiveDate)} · valid until{' '}
                  {formatDate(item.validUntil)}
                </Text>
              </Group>
            </Stack>
            <Group gap="xs" wrap="nowrap">
              <DownloadButton item={item} />
              <Button
                variant="default"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => setRemoving(true)}
              >
                Remove
              </Button>
            </Group>
          </Group>
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="lg">
                <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="preview-title">
                  <Stack gap="sm">
                    <Title order={2} fz="h4" fw={600} id="preview-title">
                      {item.fileName}
                    </Title>
                    <EvidencePreview item={item} />
                  </Stack>
                </Paper>
                <MetaForm key={item.id} item={item} onSaved={setLatest} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="file-title">
                <Title order={2} fz="h4" fw={600} id="file-title" mb="sm">
                  The file
                </Title>
                <dl style={{ margin: 0 }}>
                  <Fact label="File name">{item.fileName}</Fact>
                  <Fact label="Media type">{item.mediaType}</Fact>
                  <Fact label="Size">
                    <span className="attest-num">
                      {item.size < 1024
                        ? formatSize(item.size)
                        : `${formatSize(item.size)} (${formatNumber(item.size)} bytes)`}
                    </span>
                  </Fact>
                  <Fact label="Collected">{formatInstant(item.collectedAt)}</Fact>
                  <Fact label="Source">{item.source || '—'}</Fact>
                  <Fact label="SHA-256 fingerprint">
                    <Group gap={4} wrap="nowrap" align="flex-start">
                      <span className={classes.sha} data-testid="evidence-sha">
                        {item.sha256}
                      </span>
                      <CopyButton value={item.sha256}>
                        {({ copied, copy }) => (
                          <Tooltip label={copied ? 'Copied' : 'Copy the fingerprint'} withArrow>
                            <ActionIcon
                              variant="subtle"
                              color={copied ? 'teal' : 'gray'}
                              onClick={copy}
                              aria-label={copied ? 'Fingerprint copied' : 'Copy the SHA-256 fingerprint'}
                            >
                              {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </CopyButton>
                    </Group>
                  </Fact>
                </dl>
                <Text size="xs" c="dimmed">
                  The fingerprint was taken when the file was attached. “Verify now” in the Evidence area re-hashes
                  every file and reports any that changed.
                </Text>
              </Paper>
            </Grid.Col>
          </Grid>
          {removing ? <RemoveModal item={item} onClose={() => setRemoving(false)} /> : null}
        </>
      )}
    </Stack>
  );
}
