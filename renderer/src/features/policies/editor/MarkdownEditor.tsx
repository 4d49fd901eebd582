import { markdown } from '@codemirror/lang-markdown';
import { EditorSelection, EditorState } from '@codemirror/state';
import { EditorView, placeholder } from '@codemirror/view';
import { minimalSetup } from 'codemirror';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import classes from './Editor.module.css';

export interface MarkdownEditorHandle {
  /** Moves the cursor to an offset of the text and scrolls it to the top of the editor. */
  revealOffset(offset: number): void;
  focus(): void;
}

interface MarkdownEditorProps {
  /** The text when the editor opens; afterwards the editor owns it and reports changes. */
  initialText: string;
  readOnly: boolean;
  /** The accessible name of the text box. */
  label: string;
  /** An element that describes the text box (e.g. why it is read-only). */
  describedBy?: string;
  onChange?: (text: string) => void;
  ref?: Ref<MarkdownEditorHandle>;
}

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '14px', backgroundColor: 'var(--mantine-color-body)' },
  '&.cm-focused': { outline: 'none' },
  // Policies are mostly prose: the text font reads better than a monospace one at this width.
  '.cm-scroller': {
    fontFamily: 'var(--mantine-font-family)',
    lineHeight: '1.6',
    overflow: 'auto',
  },
  '.cm-content': { padding: '14px 0', caretColor: 'var(--mantine-color-text)' },
  '.cm-line': { padding: '0 16px' },
  '.cm-placeholder': { color: 'var(--mantine-color-dimmed)' },
});

/**
 * A CodeMirror 6 Markdown editor with line wrapping. Tab is left to move focus
 * (no indent-with-Tab), so the editor never traps the keyboard.
 */
export function MarkdownEditor({ initialText, readOnly, label, describedBy, onChange, ref }: MarkdownEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  // The editor is made once per mount with the text it opens with; the parent keys it by version.
  const initialRef = useRef({ initialText, readOnly, label, describedBy });

  useEffect(() => {
    const { initialText: doc, readOnly: ro, label: name, describedBy: described } = initialRef.current;
    // An explicit tabindex: checkers (and some browsers) do not count contenteditable alone as focusable,
    // and the scrolling area must hold something the keyboard can reach.
    const attributes: Record<string, string> = { 'aria-label': name, 'aria-multiline': 'true', tabindex: '0' };
    if (ro) attributes['aria-readonly'] = 'true';
    if (described) attributes['aria-describedby'] = described;
    const view = new EditorView({
      parent: hostRef.current!,
      state: EditorState.create({
        doc,
        extensions: [
          minimalSetup,
          markdown(),
          EditorView.lineWrapping,
          EditorState.readOnly.of(ro),
          EditorView.contentAttributes.of(attributes),
          placeholder(ro ? '' : 'Write the policy in Markdown: ## for a heading, - for a list item.'),
          theme,
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current?.(update.state.doc.toString());
          }),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      revealOffset(offset) {
        const view = viewRef.current;
        if (!view) return;
        const pos = Math.min(offset, view.state.doc.length);
        view.dispatch({
          selection: EditorSelection.cursor(pos),
          effects: EditorView.scrollIntoView(pos, { y: 'start', yMargin: 8 }),
        });
        view.focus();
      },
      focus() {
        viewRef.current?.focus();
      },
    }),
    [],
  );

  return (
    <div ref={hostRef} className={classes.editor} data-readonly={readOnly || undefined} data-testid="policy-editor" />
  );
}
