import type { ErrorShape } from '../../../../shared/contract/errors';

/**
 * Field-level problems in any error the host returns: invalid input, and also
 * a conflict or unknown link that the service pinned to a field.
 */
export function fieldIssues(error: ErrorShape, prefix = 'fields.'): { field: string; message: string }[] {
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues
    .filter(
      (i): i is { path: string; message: string } =>
        typeof i === 'object' && i !== null && typeof i.path === 'string' && typeof i.message === 'string',
    )
    .map((i) => ({
      field: i.path.startsWith(prefix) ? i.path.slice(prefix.length).split('.')[0]! : i.path,
      message: i.message,
    }));
}
