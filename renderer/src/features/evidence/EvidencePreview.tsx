import { Alert, Button, Group, Stack, Text, Typography } from '@mantine/core';
import { IconDownload, IconExternalLink } from '@tabler/icons-react';
import { bridge } from '../../client';
import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import type { EvidenceItem } from '../../../../shared/domain/evidence';
import { opensWithItsProgram } from '../../../../shared/domain/evidence-open';
import { formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import { renderPolicyMarkdown } from '../policies/editor/markdown';
import classes from './Evidence.module.css';
import { PdfPreview } from './PdfPreview';
import { CSV_ROWS, fetchText, parseCsv, previewKind, type PreviewKind } from './preview';
import { blobUrl } from './upload';

export function DownloadButton({ item, size }: { item: EvidenceItem; size?: 'xs' | 'sm' }) {
  return (
    <Button
      component="a"
      size={size}
      href={blobUrl(item.sha256)}
      download={item.fileName}
      variant="default"
      leftSection={<IconDownload size={size === 'xs' ? 14 : 16} aria-hidden />}
    >
      Download
    </Button>
  );
}

function stopLinks(event: MouseEvent<HTMLElement>) {
  if ((event.target as Element).closest('a')) event.preventDefault();
}

function CsvTable({ text }: { text: string }) {
  const rows = useMemo(() => parseCsv(text), [text]);
  if (!rows.length)
    return (
      <Text size="sm" p="md">
        The file is empty.
      </Text>
    );
  const [head, ...body] = rows;
  const shown = body.slice(0, CSV_ROWS - 1);
  return (
    <>
      <table className={classes.csv} aria-label="CSV preview">
        <thead>
          <tr>
            {head!.map((cell, i) => (
              <th key={i} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} title={cell.length > 40 ? cell : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {body.length > shown.length ? (
        <Text size="xs" c="dimmed" p="xs">
          Showing the first {formatNumber(CSV_ROWS)} rows. Download the file to see all of it.
        </Text>
      ) : null}
    </>
  );
}

function TextPreview({ kind, item }: { kind: Exclude<PreviewKind, 'image' | 'pdf' | 'none'>; item: EvidenceItem }) {
  const [state, setState] = useState<
    | { status: 'loading' }
    | { status: 'ready'; text: string; truncated: boolean }
    | { status: 'failed'; message: string }
  >({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetchText(blobUrl(item.sha256), controller.signal).then(
      (r) => setState({ status: 'ready', ...r }),
      (e: unknown) => {
        if (!controller.signal.aborted)
          setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => controller.abort();
  }, [item.sha256]);

  const body = useMemo(() => {
    if (state.status !== 'ready') return null;
    if (kind === 'csv') return <CsvTable text={state.text} />;
    if (kind === 'markdown')
      return (
        <Typography className={classes.previewMarkdown} onClick={stopLinks} onAuxClick={stopLinks}>
          <div dangerouslySetInnerHTML={{ __html: renderPolicyMarkdown(state.text).html }} />
        </Typography>
      );
    let text = state.text;
    if (kind === 'json' && !state.truncated) {
      try {
        text = JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        // Not valid JSON: shown as it is.
      }
    }
    return <pre className={classes.previewText}>{text}</pre>;
  }, [state, kind]);

  if (state.status === 'loading') return <Loading label="Reading the file…" />;
  if (state.status === 'failed')
    return (
      <Alert color="red" variant="light" role="alert" title="The preview could not be shown">
        {state.message}
      </Alert>
    );
  return (
    <Stack gap={4}>
      <div
        className={classes.previewFrame}
        tabIndex={0}
        role="region"
        aria-label="Preview"
        data-testid="evidence-preview"
      >
        {body}
      </div>
      {state.truncated ? (
        <Text size="xs" c="dimmed">
          Only the start of the file is shown. Download it to see all of it.
        </Text>
      ) : null}
    </Stack>
  );
}

function ImagePreview({ item }: { item: EvidenceItem }) {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [broken, setBroken] = useState(false);
  if (broken)
    return (
      <Alert color="gray" variant="light" title="The image could not be shown">
        The browser could not decode this file as an image. Download it to open it in its own program.
      </Alert>
    );
  return (
    <Stack gap={4}>
      <div className={classes.previewFrame} role="region" aria-label="Preview" data-testid="evidence-preview">
        <img
          className={classes.previewImage}
          src={blobUrl(item.sha256)}
          alt={`Preview of ${item.fileName}`}
          onLoad={(event) =>
            setSize({ width: event.currentTarget.naturalWidth, height: event.currentTarget.naturalHeight })
          }
          onError={() => setBroken(true)}
        />
      </div>
      {size ? (
        <Text size="xs" c="dimmed" className="attest-num">
          {formatNumber(size.width)} × {formatNumber(size.height)} pixels
          {size.width < 64 && size.height < 64 ? ', shown at actual size' : ''}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * Anything else: downloaded; in Electron a document kind on the allow list
 * (shared/domain/evidence-open.ts, the main process's own) may also be opened
 * with the system's program for it. Programs, scripts, web pages and unknown
 * kinds are only ever offered as a download.
 */
function NoPreview({ item }: { item: EvidenceItem }) {
  const shell = bridge();
  const opens = opensWithItsProgram(item.fileName);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Alert color="gray" variant="light" title="No preview for this kind of file" data-testid="evidence-no-preview">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          Attest shows images, PDF, text, CSV, JSON and Markdown.{' '}
          {!opens
            ? 'Programs, scripts, web pages and files of unknown kinds are only downloaded, never opened from Attest.'
            : shell
              ? 'Open this file in its own program, or download it.'
              : 'Download the file to open it in its own program.'}
        </Text>
        <Group gap="xs">
          {shell && opens ? (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconExternalLink size={14} aria-hidden />}
              onClick={() =>
                void shell.openEvidenceFile(item.sha256, item.fileName).then(
                  () => setProblem(null),
                  (e: unknown) => setProblem(e instanceof Error ? e.message : String(e)),
                )
              }
            >
              Open in its program
            </Button>
          ) : null}
          <DownloadButton item={item} size="xs" />
        </Group>
        {problem ? (
          <Text size="sm" c="red.8" role="alert">
            {problem}
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** The file shown as it is, never run: images, PDF, text, CSV, JSON and Markdown; anything else is downloaded. */
export function EvidencePreview({ item }: { item: EvidenceItem }) {
  const kind = previewKind(item);
  if (kind === 'image') return <ImagePreview key={item.sha256} item={item} />;
  if (kind === 'pdf') return <PdfPreview key={item.sha256} item={item} />;
  if (kind === 'none') return <NoPreview item={item} />;
  return <TextPreview key={item.sha256} kind={kind} item={item} />;
}
