import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ErrorShape } from '../../../shared/contract/errors';

const TITLES: Record<ErrorShape['code'], string> = {
  invalid_input: 'Please check what was entered',
  not_found: 'Not found',
  conflict: 'This clashes with something already there',
  no_vault: 'No vault is open',
  vault_error: 'The vault could not be used',
  unauthorized: 'Not allowed',
  internal: 'Something went wrong',
};

interface ErrorNoticeProps {
  error: ErrorShape;
  title?: string;
  onClose?: () => void;
}

/** An error from the host, shown with its own message; announced to screen readers. */
export function ErrorNotice({ error, title, onClose }: ErrorNoticeProps) {
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={title ?? TITLES[error.code]}
      withCloseButton={Boolean(onClose)}
      closeButtonLabel="Dismiss"
      onClose={onClose}
    >
      {error.message}
    </Alert>
  );
}
