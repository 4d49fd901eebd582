import { addDaysToDate } from '../../domain/dates';
import { link } from '../links';
import { finding, type Rule } from '../rule';
import { plural } from '../../words';

/** How old the last verification may be before the check asks for a new one. */
export const VERIFICATION_MAX_AGE_DAYS = 30;

/** The evidence handed to the auditor must be shown unaltered: verify the vault shortly before. */
export const verificationRecent: Rule = {
  id: 'verification-recent',
  title: 'The vault was verified recently',
  severity: 'warning',
  area: 'integrity',
  criteria: [],
  fix: 'Run Verify now on the Evidence page (or attest verify) so every stored file is re-hashed.',
  run(ctx) {
    const v = ctx.snapshot.verification;
    const since = addDaysToDate(ctx.asOf, -VERIFICATION_MAX_AGE_DAYS);
    const message = !v
      ? 'The vault has never been verified.'
      : v.finishedAt.slice(0, 10) < since
        ? `The vault was last verified on ${v.finishedAt.slice(0, 10)}, more than ${VERIFICATION_MAX_AGE_DAYS} days ago.`
        : null;
    return { checked: 1, findings: message ? [finding(this, 'vault', message, link.evidence())] : [] };
  },
};

/** A failed verification means stored evidence or the audit trail changed outside Attest. */
export const verificationClean: Rule = {
  id: 'verification-clean',
  title: 'The last verification found no altered file',
  severity: 'blocker',
  area: 'integrity',
  criteria: [],
  fix: 'Open the Evidence page’s integrity panel, replace the altered files from their source, and verify again.',
  run(ctx) {
    const v = ctx.snapshot.verification;
    if (!v) return { checked: 0, findings: [], skipped: 'The vault has never been verified' };
    const problems = [
      v.mismatches
        ? `${plural(v.mismatches, 'stored file')} no longer ${v.mismatches === 1 ? 'matches its fingerprint' : 'match their fingerprints'}`
        : '',
      v.auditBrokenAt !== null ? `the audit trail does not hold from entry ${v.auditBrokenAt}` : '',
    ].filter(Boolean);
    return {
      checked: 1,
      findings: problems.length
        ? [
            finding(
              this,
              'vault',
              `The verification of ${v.finishedAt.slice(0, 10)} found problems: ${problems.join('; ')}.`,
              link.evidence(),
            ),
          ]
        : [],
    };
  },
};
