import { addDaysToDate } from '../../domain/dates';
import { link } from '../links';
import { finding, skipped, type Rule } from '../rule';

/** How long an open incident may go without any update. */
export const STALE_DAYS = 90;

/**
 * An incident open for months with no update looks abandoned: either close it or show it is being worked. The
 * update is the latest timeline entry dated by the as-of date (see SnapshotIncident.lastUpdate), so importing or
 * editing the record does not make an untouched incident look worked on.
 */
export const incidentStale: Rule = {
  id: 'incident-stale',
  title: `No incident open for over ${STALE_DAYS} days without an update`,
  severity: 'warning',
  area: 'incidents',
  criteria: ['CC7.4'],
  fix: 'Add a timeline entry on where the incident stands, or resolve and close it.',
  run(ctx) {
    const incidents = ctx.snapshot.incidents;
    if (!incidents) return skipped('This vault keeps no incident log');
    const since = addDaysToDate(ctx.asOf, -STALE_DAYS);
    const open = incidents.filter(
      (i) => (i.status === 'open' || i.status === 'contained') && i.occurredAt.slice(0, 10) <= ctx.asOf,
    );
    const findings = open
      .filter((i) => i.occurredAt.slice(0, 10) < since && i.lastUpdate.slice(0, 10) < since)
      .map((i) => {
        const since = i.occurredAt.slice(0, 10);
        const last = i.lastUpdate.slice(0, 10);
        return finding(
          this,
          i.id,
          `Incident "${i.title}" has been ${i.status} since ${since}, ${last > since ? `last updated on ${last}` : 'with no timeline update since'}.`,
          link.record('incidents', i.id, `Incident "${i.title}"`),
        );
      });
    return { checked: open.length, findings };
  },
};
