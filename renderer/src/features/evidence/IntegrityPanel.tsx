import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { ErrorShape } from '../../../../shared/contract/errors';
import type { VerificationReport } from '../../../../shared/domain/evidence';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { countOf, formatInstant, formatNumber } from '../../components/format';
import { useOperation } from '../../hooks/useOperation';
import { controlHref, hashForArea } from '../../store/hash';
import { formatSize } from './upload';

/** When the vault's files were last re-hashed, a way to do it now, and a way to reclaim unused space. */
export function IntegrityPanel() {
  const last = useOperation('vault.lastVerification', {});
  const [verifying, setVerifying] = useState(false);
  const [report, setReport] = useState<VerificationReport | null>(null);
  const [compacting, setCompacting] = useState(false);
  const [reclaimed, setReclaimed] = useState<{ blobs: number; bytes: number } | null>(null);
  const [error, setError] = useState<ErrorShape | null>(null);

  const verify = async () => {
    setVerifying(true);
    setError(null);
    const result = await call('vault.verify', {});
    setVerifying(false);
    if (result.ok) setReport(result.value);
    else setError(result.error);
    last.reload();
  };

  const compact = async () => {
    setCompacting(true);
    setError(null);
    const result = await call('evidence.compact', {});
    setCompacting(false);
    if (result.ok) setReclaimed(result.value);
    else setError(result.error);
  };

  const summary = last.data
    ? `Last verified ${formatInstant(last.data.finishedAt)}: ${
        last.data.ok
          ? 'no problem'
          : last.data.mismatches
            ? countOf(last.data.mismatches, 'altered record')
            : 'the audit trail is broken'
      } (${countOf(last.data.blobsChecked, 'file')} checked)`
    : last.status === 'loading'
      ? 'Reading…'
      : 'Never verified';

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="integrity-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={2} fz="h5" fw={600} id="integrity-title">
              Integrity
            </Title>
            <Text size="sm" data-testid="last-verification">
              {summary}
            </Text>
          </Stack>
          <Group gap="xs">
            <Button
              variant="default"
              size="xs"
              onClick={() => void compact()}
              loading={compacting}
              title="Delete the bytes of removed evidence and of uploads never attached; removed items keep their record"
            >
              Reclaim space
            </Button>
            <Button
              size="xs"
              leftSection={<IconShieldCheck size={14} aria-hidden />}
              onClick={() => void verify()}
              loading={verifying}
            >
              Verify now
            </Button>
          </Group>
        </Group>
        {error ? <ErrorNotice error={error} onClose={() => setError(null)} /> : null}
        {report ? (
          <Alert
            role="status"
            color={report.ok ? 'teal' : 'red'}
            variant="light"
            title={report.ok ? 'Verified: no problem' : 'Verification found problems'}
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setReport(null)}
            data-testid="verify-report"
          >
            <Text size="sm">
              {countOf(report.blobsChecked, 'file')} ({formatSize(report.bytesChecked)}) re-hashed;{' '}
              {countOf(report.audit.entries, 'audit trail entry', 'audit trail entries')} and{' '}
              {countOf(report.reviews.checked, 'locked access review')} checked.
              {report.ok
                ? ' Every file and locked review still matches its fingerprint and the audit trail is unbroken.'
                : ''}
            </Text>
            {report.reviews.altered.length ? (
              <>
                <Text size="sm" mt={4} fw={500}>
                  Access reviews changed after they were locked:
                </Text>
                <List size="sm">
                  {report.reviews.altered.map((r) => (
                    <List.Item key={r.id}>
                      <a href={hashForArea('access-reviews', String(r.id))}>{r.label}</a>
                    </List.Item>
                  ))}
                </List>
              </>
            ) : null}
            {report.audit.brokenAt !== null ? (
              <Text size="sm" mt={4}>
                The audit trail is broken at entry {formatNumber(report.audit.brokenAt)}.
              </Text>
            ) : null}
            {report.mismatches.length ? (
              <>
                <Text size="sm" mt={4} fw={500}>
                  Altered files (their bytes no longer match the fingerprint taken when attached):
                </Text>
                <List size="sm">
                  {report.mismatches.map((m) => (
                    <List.Item key={m.sha256}>
                      <Text span size="sm" ff="monospace">
                        {m.sha256.slice(0, 16)}…
                      </Text>
                      {m.items.map((item) => (
                        <span key={item.id}>
                          {' '}
                          — <a href={hashForArea('evidence', String(item.id))}>{item.title}</a> (
                          {item.controls.map((c, i) => (
                            <span key={c}>
                              {i ? ', ' : ''}
                              <a href={controlHref(c)}>{c}</a>
                            </span>
                          ))}
                          )
                        </span>
                      ))}
                    </List.Item>
                  ))}
                </List>
              </>
            ) : null}
          </Alert>
        ) : null}
        {reclaimed ? (
          <Alert
            role="status"
            color="blue"
            variant="light"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setReclaimed(null)}
          >
            {reclaimed.blobs
              ? `Reclaimed ${formatSize(reclaimed.bytes)} from ${countOf(reclaimed.blobs, 'unused file')}.`
              : 'Nothing to reclaim: every stored file belongs to an evidence item.'}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
