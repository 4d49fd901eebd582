import type { Vault } from '../vault/vault';
import { evaluate } from './check';
import { plural } from '../../shared/words';

const NAMED = 3;

/**
 * Why a package must carry the DRAFT watermark: asked for, or the self-check
 * still finds blockers as of the report date (never later than `day`, the
 * date the package is made: the export time's date, so the same vault
 * exported with the same --at gives the same package whatever the clock says;
 * today for a preview). Empty means it may go out clean. The check is
 * evaluated, not stored: previewing must not add runs to the self-check history.
 */
export async function draftReasons(
  vault: Vault,
  reportDate: string,
  requested: boolean,
  day: string = vault.today(),
): Promise<string[]> {
  const reasons: string[] = [];
  if (requested) reasons.push('Marked as a draft when exported');
  const asOf = reportDate < day ? reportDate : day;
  const { result } = evaluate(vault, asOf);
  const blockers = result.findings.filter((f) => f.severity === 'blocker');
  if (blockers.length) {
    const named = blockers.slice(0, NAMED).map((f) => f.message.replace(/\.$/, ''));
    const more = blockers.length > NAMED ? ` and ${blockers.length - NAMED} more` : '';
    reasons.push(
      `The self-check as of ${asOf} finds ${plural(blockers.length, 'blocker')}: ${named.join('; ')}${more}`,
    );
  }
  return reasons;
}
