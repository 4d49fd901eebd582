import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';
import type { EvidenceSummary } from '../../../../shared/domain/evidence';
import { formatNumber } from '../../components/format';
import { Loading } from '../../components/Loading';
import classes from './Evidence.module.css';
import { blobUrl } from './upload';

/** Larger files are downloaded rather than previewed: the whole file is read into memory to render it. */
export const PDF_PREVIEW_BYTES = 64 * 1024 * 1024;

let worker: Worker | null = null;

/**
 * PDF.js, loaded the first time a PDF is shown, with one worker bundled as a
 * .js file of the app's own origin (so script-src 'self' allows it and every
 * host serves it as JavaScript). Evaluating strings, WebAssembly and XFA
 * forms are turned off, and the scripting sandbox is never loaded: the page
 * is drawn on a canvas and nothing in the file runs.
 */
async function openPdf(bytes: ArrayBuffer): Promise<PDFDocumentProxy> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerPort ??= worker ??= new PdfWorker();
  return pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useWasm: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
  }).promise;
}

type State = { status: 'loading' } | { status: 'ready'; doc: PDFDocumentProxy } | { status: 'failed'; message: string };

/** One page at a time, drawn to fit the preview's width, with previous and next. */
export function PdfPreview({ item }: { item: Pick<EvidenceSummary, 'fileName' | 'size'> & { sha256: string } }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [page, setPage] = useState(1);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    let doc: PDFDocumentProxy | null = null;
    (async () => {
      const response = await fetch(blobUrl(item.sha256), { credentials: 'same-origin', signal: controller.signal });
      if (!response.ok) throw new Error(`The file could not be read (${response.status})`);
      doc = await openPdf(await response.arrayBuffer());
      if (controller.signal.aborted) return;
      setState({ status: 'ready', doc });
    })().catch((e: unknown) => {
      if (controller.signal.aborted) return;
      const message = e instanceof Error ? e.message : String(e);
      setState({ status: 'failed', message: `This does not look like a readable PDF: ${message}` });
    });
    return () => {
      controller.abort();
      void doc?.destroy();
    };
  }, [item.sha256]);

  useEffect(() => {
    if (state.status !== 'ready' || !canvasRef.current) return;
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    void state.doc.getPage(page).then((p) => {
      if (cancelled || !canvasRef.current) return;
      const width = Math.max(200, (frameRef.current?.clientWidth ?? 600) - 2);
      const scale = width / p.getViewport({ scale: 1 }).width;
      const ratio = window.devicePixelRatio || 1;
      const viewport = p.getViewport({ scale: scale * ratio });
      const canvas = canvasRef.current;
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
      canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
      task = p.render({ canvas, viewport });
      task.promise.then(
        () => canvas.setAttribute('data-rendered', String(page)),
        () => {},
      );
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [state, page]);

  if (item.size > PDF_PREVIEW_BYTES)
    return (
      <Alert color="gray" variant="light" title="Too large to preview">
        This PDF is over {formatNumber(PDF_PREVIEW_BYTES / 1024 / 1024)} MB. Download it to read it.
      </Alert>
    );
  if (state.status === 'failed')
    return (
      <Alert color="red" variant="light" role="alert" title="The preview could not be shown">
        {state.message}
      </Alert>
    );
  if (state.status === 'loading') return <Loading label="Opening the PDF…" />;
  const pages = state.doc.numPages;
  return (
    <Stack gap={6}>
      <div
        className={classes.previewFrame}
        ref={frameRef}
        role="region"
        aria-label="Preview"
        data-testid="evidence-preview"
      >
        <canvas
          ref={canvasRef}
          className={classes.pdfPage}
          role="img"
          aria-label={`Page ${page} of ${item.fileName}`}
          data-testid="pdf-page"
        />
      </div>
      <Group justify="space-between">
        <Text size="xs" c="dimmed" className="attest-num">
          Page {formatNumber(page)} of {formatNumber(pages)}
        </Text>
        {pages > 1 ? (
          <Group gap={4}>
            <Button
              size="compact-xs"
              variant="default"
              leftSection={<IconChevronLeft size={12} aria-hidden />}
              disabled={page <= 1}
              onClick={() => setPage((n) => n - 1)}
            >
              Previous page
            </Button>
            <Button
              size="compact-xs"
              variant="default"
              rightSection={<IconChevronRight size={12} aria-hidden />}
              disabled={page >= pages}
              onClick={() => setPage((n) => n + 1)}
            >
              Next page
            </Button>
          </Group>
        ) : null}
      </Group>
    </Stack>
  );
}
