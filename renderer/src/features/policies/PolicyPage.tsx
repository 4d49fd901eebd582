import { Stack, Tabs } from '@mantine/core';
import { IconFileText, IconHistory, IconListDetails, IconRoute } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useState } from 'react';
import type { PolicyDetail } from '../../../../shared/domain/policies';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useOperation } from '../../hooks/useOperation';
import { DetailsTab } from './DetailsTab';
import { useAutosave } from './editor/useAutosave';
import { ExportModal, type ExportRequest } from './ExportModal';
import { HistoryTab } from './HistoryTab';
import { BackToPolicies, PolicyHeader } from './PolicyHeader';
import { usePolicyAction } from './usePolicyAction';
import { liveVersion, openVersion, shownVersion } from './versions';
import { usePoliciesView, type PolicyTab } from './view';
import { WorkflowTab } from './WorkflowTab';

// CodeMirror, marked and DOMPurify load with the first policy opened, not with the app.
const EditorTab = lazy(() => import('./EditorTab').then((m) => ({ default: m.EditorTab })));

interface WorkspaceProps {
  policy: PolicyDetail;
  onChange: (policy: PolicyDetail) => void;
}

/**
 * The tabs of one policy. Made afresh whenever the open version changes
 * (a draft started, submitted, returned or approved), so the editor always
 * edits the version the vault has open.
 */
function PolicyWorkspace({ policy, onChange }: WorkspaceProps) {
  const open = openVersion(policy);
  const live = liveVersion(policy);
  const shown = shownVersion(policy);
  const draft = open?.status === 'draft' ? open : undefined;
  const autosave = useAutosave({
    policyId: policy.id,
    versionId: draft?.id ?? null,
    savedBody: shown?.body ?? '',
    onSaved: onChange,
  });
  const action = usePolicyAction(onChange);
  const tab = usePoliciesView((s) => s.tabs[policy.id] ?? 'text');
  const setTab = usePoliciesView((s) => s.setTab);

  const id = policy.id;
  const startDraft = (major: boolean) =>
    void action.run(major ? 'startMajor' : 'startMinor', async () => {
      const result = await call('policies.startDraft', { id, major });
      if (result.ok) setTab(id, 'text');
      return result;
    });
  const returnToDraft = () => void action.run('return', () => call('policies.returnToDraft', { id }));
  const submit = () =>
    void action.run('submit', async () => {
      // The text typed last must be what goes for review.
      if (!(await autosave.flush()))
        return {
          ok: false,
          error: {
            code: 'conflict',
            message: 'The latest text could not be saved, so it was not submitted. Check the Editor tab and try again.',
          },
        };
      return call('policies.submitForReview', { id });
    });

  if (!shown) return <ErrorNotice error={{ code: 'not_found', message: 'This policy has no version.' }} />;

  return (
    <Tabs value={tab} onChange={(value) => value && setTab(id, value as PolicyTab)} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="text" leftSection={<IconFileText size={16} aria-hidden />}>
          Editor
        </Tabs.Tab>
        <Tabs.Tab value="workflow" leftSection={<IconRoute size={16} aria-hidden />}>
          Workflow
        </Tabs.Tab>
        <Tabs.Tab value="details" leftSection={<IconListDetails size={16} aria-hidden />}>
          Details
        </Tabs.Tab>
        <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
          History
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="text" pt="md">
        <Suspense fallback={<Loading label="Opening the editor…" />}>
          <EditorTab
            policy={policy}
            version={shown}
            autosave={autosave}
            action={action}
            onStartDraft={() => startDraft(false)}
            onReturnToDraft={returnToDraft}
          />
        </Suspense>
      </Tabs.Panel>
      <Tabs.Panel value="workflow" pt="md">
        <WorkflowTab
          policy={policy}
          open={open}
          live={live}
          autosave={autosave}
          action={action}
          onSubmit={submit}
          onReturnToDraft={returnToDraft}
          onStartDraft={startDraft}
          onApproved={onChange}
        />
      </Tabs.Panel>
      <Tabs.Panel value="details" pt="md">
        <DetailsTab policy={policy} onSaved={onChange} />
      </Tabs.Panel>
      <Tabs.Panel value="history" pt="md">
        <HistoryTab policy={policy} />
      </Tabs.Panel>
    </Tabs>
  );
}

function exportNote(policy: PolicyDetail): string {
  if (policy.live) {
    const draft = policy.open
      ? ` The ${policy.open.status === 'draft' ? 'draft' : 'version in review'} ${policy.open.version} is not included.`
      : '';
    return `Writes version ${policy.live.version}, the approved version in force, with its approval and history.${draft}`;
  }
  const latest = policy.versions[0];
  return `No version is approved yet: writes ${latest ? `version ${latest.version}` : 'the text'}, marked as a draft.`;
}

/** One policy: its text, where it stands in review and approval, its details, and its history. */
export function PolicyPage({ id }: { id: string }) {
  const loaded = useOperation('policies.get', { id });
  // The latest state returned by a change; newer than what was loaded.
  const [latest, setLatest] = useState<PolicyDetail | null>(null);
  const [exportRequest, setExportRequest] = useState<ExportRequest | null>(null);
  const policy = latest ?? loaded.data;
  const onChange = useCallback((next: PolicyDetail) => setLatest(next), []);
  const open = policy ? openVersion(policy) : undefined;

  return (
    <Stack gap="md">
      <BackToPolicies />
      {loaded.error && !policy ? (
        <ErrorNotice
          error={loaded.error}
          title={loaded.error.code === 'not_found' ? 'No such policy' : 'The policy could not be read'}
        />
      ) : null}
      {!policy ? (
        loaded.status === 'loading' ? (
          <Loading label="Loading the policy…" />
        ) : null
      ) : (
        <>
          <PolicyHeader
            policy={policy}
            onExport={(format) =>
              setExportRequest({ ids: [policy.id], format, what: policy.title, note: exportNote(policy) })
            }
          />
          <PolicyWorkspace key={`${open?.id ?? 'none'}:${open?.status ?? ''}`} policy={policy} onChange={onChange} />
        </>
      )}
      <ExportModal request={exportRequest} onClose={() => setExportRequest(null)} />
    </Stack>
  );
}
