import type { OperationName } from '../../../../shared/contract';
import { call } from '../../client';
import { ReasonModal } from '../../components/ReasonModal';

/** Removal with a reason the audit trail keeps; shared by the risk and vendor pages. */
export function RemoveModal({
  operation,
  id,
  title,
  what,
  onClose,
  onRemoved,
}: {
  operation: Extract<OperationName, 'risks.remove' | 'vendors.remove'>;
  id: number;
  title: string;
  what: string;
  onClose: () => void;
  onRemoved: () => void;
}) {
  return (
    <ReasonModal
      title={`Remove “${title}”`}
      explanation="The reason is kept in the audit trail, so the auditor can see why it went."
      missing={`A reason for removing the ${what} is required`}
      confirm={`Remove ${what}`}
      submit={(reason) => call(operation, { id, reason })}
      onDone={onRemoved}
      onClose={onClose}
    />
  );
}
