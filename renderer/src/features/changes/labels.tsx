import { Group } from '@mantine/core';
import type { ChangeSummary } from '../../../../shared/domain/changes';
import { Label } from '../../components/labels';

/** The flags an auditor looks at first, in words: self-approved, unapproved, emergency, significant, untested. */
export function ChangeFlags({ change }: { change: ChangeSummary }) {
  return (
    <Group gap={4}>
      {change.approverIsAuthor ? (
        <Label color="red" title="The author approved their own change">
          Self-approved
        </Label>
      ) : null}
      {change.deployedOn && !change.approver ? (
        <Label color="red" title="Deployed with no approver on record">
          No approver
        </Label>
      ) : null}
      {change.emergency ? (
        <Label color="orange" title="Deployed as an emergency change">
          Emergency
        </Label>
      ) : null}
      {change.significant ? (
        <Label color="indigo" title="Disclosed as a significant change in the system description">
          Significant
        </Label>
      ) : null}
      {change.deployedOn && !change.tested ? (
        <Label color="yellow" title="No test evidence recorded">
          Untested
        </Label>
      ) : null}
      {change.deployedOn ? null : (
        <Label color="gray" variant="outline">
          Not deployed
        </Label>
      )}
    </Group>
  );
}
