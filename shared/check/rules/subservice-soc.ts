import { addMonthsToDate } from '../../domain/dates';
import { link } from '../links';
import { finding, skipped, type Rule } from '../rule';

/**
 * A subservice organization is named in the system description (DC7) with
 * the controls expected of it (CSOCs), and its own SOC report must have been
 * read: without them the carve-out cannot be described or relied on.
 */
export const subserviceSoc: Rule = {
  id: 'subservice-soc',
  title: 'Subservice organizations have CSOCs and a reviewed SOC report',
  severity: 'blocker',
  area: 'vendors',
  criteria: ['CC9.2'],
  fix: 'List the controls you expect the subservice organization to operate (CSOCs), obtain its SOC report and record when you reviewed it.',
  run(ctx) {
    const vendors = ctx.snapshot.vendors;
    if (!vendors) return skipped('This vault keeps no vendor register');
    const since = addMonthsToDate(ctx.asOf, -12);
    const subservice = vendors.filter((v) => v.subserviceMethod !== null);
    const findings = [];
    for (const v of subservice) {
      const blocking = [
        v.csocs === 0 ? 'no CSOCs are recorded' : '',
        v.socReviewedOn === null ? 'no reviewed SOC report is on file' : '',
      ].filter(Boolean);
      const stale = v.socReviewedOn !== null && v.socReviewedOn < since;
      if (!blocking.length && !stale) continue;
      findings.push(
        finding(
          this,
          v.id,
          `Subservice organization ${v.name}: ${[...blocking, stale ? `its SOC report was last reviewed on ${v.socReviewedOn}, over 12 months ago` : ''].filter(Boolean).join('; ')}.`,
          link.record('vendors', v.id, v.name),
          blocking.length ? {} : { severity: 'warning' },
        ),
      );
    }
    return { checked: subservice.length, findings };
  },
};
