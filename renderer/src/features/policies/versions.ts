import type { PolicyDetail, PolicyVersion } from '../../../../shared/domain/policies';

/** The version being edited or reviewed, if any. */
export function openVersion(policy: PolicyDetail): PolicyVersion | undefined {
  return policy.versions.find((v) => v.status === 'draft' || v.status === 'in-review');
}

/** The approved version in force, if any. */
export function liveVersion(policy: PolicyDetail): PolicyVersion | undefined {
  return policy.versions.find((v) => v.status === 'approved');
}

/** What the page shows: the open version, else the live one, else the newest. */
export function shownVersion(policy: PolicyDetail): PolicyVersion | undefined {
  return openVersion(policy) ?? liveVersion(policy) ?? policy.versions[0];
}
