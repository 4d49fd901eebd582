import { Button, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconArrowBackUp,
  IconCheck,
  IconChevronRight,
  IconPencil,
  IconRosetteDiscountCheck,
  IconSend,
} from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import type { PolicyDetail, PolicyVersion } from '../../../../shared/domain/policies';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate, formatInstant } from '../../components/format';
import { ApproveModal } from './ApproveModal';
import type { Autosave } from './editor/useAutosave';
import { nextVersionLabel } from './format';
import classes from './Policies.module.css';
import type { PolicyAction, PolicyActionName } from './usePolicyAction';

const STEPS = [
  { key: 'draft', label: 'Draft' },
  { key: 'in-review', label: 'In review' },
  { key: 'approved', label: 'Approved' },
] as const;

/** Draft → In review → Approved, with the open version's step marked. */
function Steps({ status }: { status: PolicyVersion['status'] }) {
  const current = STEPS.findIndex((s) => s.key === status);
  return (
    <ol className={classes.steps} aria-label="Approval steps">
      {STEPS.map((step, i) => (
        <Fragment key={step.key}>
          {i > 0 ? (
            <li aria-hidden className={classes.stepArrow}>
              <IconChevronRight size={14} />
            </li>
          ) : null}
          <li
            className={classes.step}
            aria-current={i === current ? 'step' : undefined}
            data-done={i < current || undefined}
          >
            {i < current ? <IconCheck size={14} aria-hidden /> : null}
            {step.label}
            {i < current ? <span className="attest-visually-hidden"> (done)</span> : null}
            {i === current ? <span className="attest-visually-hidden"> (current step)</span> : null}
          </li>
        </Fragment>
      ))}
    </ol>
  );
}

function ApprovalRecord({ version, policy }: { version: PolicyVersion; policy: PolicyDetail }) {
  return (
    <DataList orientation="horizontal" labelWidth={140} size="sm" gap="xs">
      <DataList.Item>
        <DataList.ItemLabel>Approved by</DataList.ItemLabel>
        <DataList.ItemValue>
          {version.approverName}
          {version.approverTitle ? `, ${version.approverTitle}` : ''}
        </DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>Approved on</DataList.ItemLabel>
        <DataList.ItemValue>{formatDate(version.approvedOn)}</DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>In force from</DataList.ItemLabel>
        <DataList.ItemValue>{formatDate(version.effectiveDate ?? version.approvedOn)}</DataList.ItemValue>
      </DataList.Item>
      {version.status === 'approved' && policy.nextReviewDate ? (
        <DataList.Item>
          <DataList.ItemLabel>Next review by</DataList.ItemLabel>
          <DataList.ItemValue>
            {formatDate(policy.nextReviewDate)} (every {policy.reviewCadenceMonths} months)
          </DataList.ItemValue>
        </DataList.Item>
      ) : null}
      {version.approvalNote ? (
        <DataList.Item>
          <DataList.ItemLabel>Note</DataList.ItemLabel>
          <DataList.ItemValue>{version.approvalNote}</DataList.ItemValue>
        </DataList.Item>
      ) : null}
    </DataList>
  );
}

interface WorkflowTabProps {
  policy: PolicyDetail;
  open: PolicyVersion | undefined;
  live: PolicyVersion | undefined;
  autosave: Autosave;
  action: PolicyAction;
  onSubmit: () => void;
  onReturnToDraft: () => void;
  onStartDraft: (major: boolean) => void;
  onApproved: (policy: PolicyDetail) => void;
}

/** Where the policy stands in Draft → In review → Approved, and the next step. */
export function WorkflowTab({
  policy,
  open,
  live,
  autosave,
  action,
  onSubmit,
  onReturnToDraft,
  onStartDraft,
  onApproved,
}: WorkflowTabProps) {
  const [approving, setApproving] = useState(false);
  const errorFor = (...names: PolicyActionName[]) =>
    action.error && names.includes(action.error.action) ? (
      <ErrorNotice error={action.error.error} onClose={action.clearError} />
    ) : null;
  const empty = open?.status === 'draft' && autosave.text.trim() === '';

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Title order={2} fz="h4" fw={600}>
            {open ? `Version ${open.version}` : live ? `Version ${live.version}` : 'No version'}
          </Title>
          <Steps status={open?.status ?? 'approved'} />
          {open?.status === 'draft' ? (
            <>
              <Text size="sm">
                Version {open.version} is a draft, last saved {formatInstant(open.updatedAt)}. When its text is ready,
                submit it for review: the text is then locked until it is approved or returned to draft.
              </Text>
              {empty ? (
                <Text size="sm" c="orange">
                  The text is empty. Write the policy in the Editor tab before submitting it.
                </Text>
              ) : null}
              {errorFor('submit')}
              <Group>
                <Button
                  leftSection={<IconSend size={16} aria-hidden />}
                  loading={action.busy === 'submit'}
                  disabled={empty}
                  onClick={onSubmit}
                >
                  Submit for review
                </Button>
              </Group>
            </>
          ) : open?.status === 'in-review' ? (
            <>
              <Text size="sm">
                Version {open.version} was submitted for review{' '}
                {open.submittedAt ? `on ${formatInstant(open.submittedAt)}` : ''}. Once management has approved it,
                record who approved it and when. To change the text first, return it to draft.
              </Text>
              {errorFor('return')}
              <Group gap="sm">
                <Button
                  color="teal"
                  leftSection={<IconRosetteDiscountCheck size={16} aria-hidden />}
                  onClick={() => setApproving(true)}
                >
                  Approve
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconArrowBackUp size={16} aria-hidden />}
                  loading={action.busy === 'return'}
                  onClick={onReturnToDraft}
                >
                  Return to draft
                </Button>
              </Group>
            </>
          ) : live ? (
            <>
              <Text size="sm">
                Version {live.version} is approved and in force. To change the policy, start a new version: the approved
                text stays as it is until the new version is approved.
              </Text>
              <ApprovalRecord version={live} policy={policy} />
              {errorFor('startMinor', 'startMajor')}
              <Group gap="sm">
                <Button
                  leftSection={<IconPencil size={16} aria-hidden />}
                  loading={action.busy === 'startMinor'}
                  onClick={() => onStartDraft(false)}
                >
                  Edit (starts version {nextVersionLabel(policy.versions)})
                </Button>
                <Button variant="default" loading={action.busy === 'startMajor'} onClick={() => onStartDraft(true)}>
                  Start version {nextVersionLabel(policy.versions, true)} (a major rewrite)
                </Button>
              </Group>
            </>
          ) : null}
        </Stack>
      </Paper>
      {open && live ? (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Title order={2} fz="h5" fw={600}>
              In force meanwhile: version {live.version}
            </Title>
            <ApprovalRecord version={live} policy={policy} />
          </Stack>
        </Paper>
      ) : null}
      {open?.status === 'in-review' ? (
        <ApproveModal
          opened={approving}
          onClose={() => setApproving(false)}
          policyId={policy.id}
          version={open.version}
          onApproved={(next) => {
            setApproving(false);
            onApproved(next);
          }}
        />
      ) : null}
    </Stack>
  );
}
