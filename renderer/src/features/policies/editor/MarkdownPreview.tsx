import { Typography } from '@mantine/core';
import { useImperativeHandle, useRef, type MouseEvent, type Ref } from 'react';
import classes from './Editor.module.css';

export interface MarkdownPreviewHandle {
  revealHeading(index: number): void;
}

interface MarkdownPreviewProps {
  /** Already sanitised HTML (see renderPolicyMarkdown). */
  html: string;
  title: string;
  ref?: Ref<MarkdownPreviewHandle>;
}

/** Links in the preview open nothing: the text is a document being written, not a page to browse. */
function stopLinks(event: MouseEvent<HTMLElement>) {
  if ((event.target as Element).closest('a')) event.preventDefault();
}

/** The policy as it will read, rendered from the Markdown and sanitised, in its own scrolling pane. */
export function MarkdownPreview({ html, title, ref }: MarkdownPreviewProps) {
  const paneRef = useRef<HTMLElement>(null);

  useImperativeHandle(
    ref,
    () => ({
      revealHeading(index) {
        const pane = paneRef.current;
        const heading = pane?.querySelector<HTMLElement>(`[data-outline="${index}"]`);
        if (!pane || !heading) return;
        pane.scrollTo({ top: heading.offsetTop - pane.offsetTop - 8, behavior: 'smooth' });
      },
    }),
    [],
  );

  return (
    <section
      ref={paneRef}
      className={classes.preview}
      aria-label="Preview"
      tabIndex={0}
      onClick={stopLinks}
      onAuxClick={stopLinks}
      data-testid="policy-preview"
    >
      <Typography className={classes.previewBody}>
        <h1 className={classes.previewTitle}>{title}</h1>
        {html.trim() ? (
          <div dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <p className={classes.previewEmpty}>Nothing written yet. The preview shows the text as it will read.</p>
        )}
      </Typography>
    </section>
  );
}
