import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconLock, IconPencil } from '@tabler/icons-react';
import { useDeferredValue, useId, useMemo, useRef } from 'react';
import type { PolicyDetail, PolicyVersion } from '../../../../shared/domain/policies';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../components/format';
import classes from './editor/Editor.module.css';
import { renderPolicyMarkdown } from './editor/markdown';
import { MarkdownEditor, type MarkdownEditorHandle } from './editor/MarkdownEditor';
import { MarkdownPreview, type MarkdownPreviewHandle } from './editor/MarkdownPreview';
import { Outline } from './editor/Outline';
import { SaveLine } from './editor/SaveLine';
import type { Autosave } from './editor/useAutosave';
import { nextVersionLabel } from './format';
import type { PolicyAction } from './usePolicyAction';

interface EditorTabProps {
  policy: PolicyDetail;
  /** The version shown: the open one, else the live one. */
  version: PolicyVersion;
  autosave: Autosave;
  action: PolicyAction;
  onStartDraft: () => void;
  onReturnToDraft: () => void;
}

/** Why the text cannot be typed in, and the one step that makes it editable. */
function ReadOnlyNotice({
  policy,
  version,
  action,
  onStartDraft,
  onReturnToDraft,
  id,
}: Omit<EditorTabProps, 'autosave'> & { id: string }) {
  if (version.status === 'in-review') {
    return (
      <Alert
        color="orange"
        variant="light"
        icon={<IconLock aria-hidden />}
        title={`Version ${version.version} is in review`}
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm" id={id}>
            Its text is locked so that what is approved is exactly what was reviewed. Return it to draft to change the
            text; it then needs submitting for review again.
          </Text>
          <Button size="xs" variant="default" loading={action.busy === 'return'} onClick={onReturnToDraft}>
            Return to draft
          </Button>
        </Stack>
      </Alert>
    );
  }
  const next = nextVersionLabel(policy.versions);
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconLock aria-hidden />}
      title={`Version ${version.version} is approved`}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm" id={id}>
          {version.approvedOn ? `Approved on ${formatDate(version.approvedOn)}. ` : ''}An approved version never
          changes. Editing starts version {next} as a draft from this text; {version.version} stays in force until{' '}
          {next} is approved.
        </Text>
        <Button
          size="xs"
          leftSection={<IconPencil size={14} aria-hidden />}
          loading={action.busy === 'startMinor'}
          onClick={onStartDraft}
        >
          Edit (starts version {next})
        </Button>
      </Stack>
    </Alert>
  );
}

/** The text of the policy: Markdown on the left, the rendered preview on the right, headings beside them. */
export function EditorTab(props: EditorTabProps) {
  const { policy, version, autosave, action } = props;
  const editable = version.status === 'draft';
  const noticeId = useId();
  const editorRef = useRef<MarkdownEditorHandle>(null);
  const previewRef = useRef<MarkdownPreviewHandle>(null);
  const text = useDeferredValue(autosave.text);
  const rendered = useMemo(() => renderPolicyMarkdown(text), [text]);
  const actionError =
    action.error && (action.error.action === 'return' || action.error.action === 'startMinor') ? action.error : null;

  return (
    <Stack gap="sm">
      {editable ? null : <ReadOnlyNotice {...props} id={noticeId} />}
      {actionError ? <ErrorNotice error={actionError.error} onClose={action.clearError} /> : null}
      <Group justify="space-between" gap="sm" mih={26}>
        <Text size="sm" c="dimmed">
          Version {version.version} · {editable ? 'draft' : 'read only'}
        </Text>
        {editable ? <SaveLine state={autosave.state} onRetry={() => void autosave.flush()} /> : null}
      </Group>
      <div className={classes.workspace}>
        <Outline
          headings={rendered.headings}
          onSelect={(h) => {
            editorRef.current?.revealOffset(h.offset);
            previewRef.current?.revealHeading(h.index);
          }}
        />
        <div className={classes.pane}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" className={classes.paneLabel} aria-hidden>
            Markdown
          </Text>
          <MarkdownEditor
            ref={editorRef}
            initialText={autosave.text}
            readOnly={!editable}
            label={`Policy text, version ${version.version}${editable ? '' : ' (read only)'}`}
            describedBy={editable ? undefined : noticeId}
            onChange={autosave.change}
          />
        </div>
        <div className={classes.pane}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" className={classes.paneLabel} aria-hidden>
            Preview
          </Text>
          <MarkdownPreview ref={previewRef} html={rendered.html} title={policy.title} />
        </div>
      </div>
    </Stack>
  );
}
