import type { ErrorShape } from '../../../../shared/contract/errors';

/**
 * Puts the host's field problems (invalid input, or a clash such as an email
 * already on record) under the fields they name; returns false when none of
 * them belongs to a field on the form, so the caller shows the error itself.
 */
export function placeIssues(
  error: ErrorShape,
  fields: readonly string[],
  setError: (field: string, message: string) => void,
): boolean {
  const issues = (error.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? [];
  let placed = false;
  for (const issue of issues) {
    const head = issue.path.split('.')[0] ?? '';
    if (fields.includes(head)) {
      setError(head, issue.message);
      placed = true;
    }
  }
  return placed;
}
