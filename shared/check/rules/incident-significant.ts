import { link } from '../links';
import { finding, skipped, type Rule } from '../rule';

/** Significant incidents are disclosed in the system description (DC4); the reason they are significant must be said. */
export const incidentSignificant: Rule = {
  id: 'incident-significant',
  title: 'Significant incidents say why they are significant',
  severity: 'warning',
  area: 'incidents',
  criteria: ['CC7.3', 'CC7.4'],
  fix: 'Open the incident and write why it is significant (who or what it affected, and how much).',
  run(ctx) {
    const incidents = ctx.snapshot.incidents;
    if (!incidents) return skipped('This vault keeps no incident log');
    const significant = incidents.filter((i) => i.significant);
    const findings = significant
      .filter((i) => !i.significantReason.trim())
      .map((i) =>
        finding(
          this,
          i.id,
          `Incident "${i.title}" is marked significant without a reason.`,
          link.record('incidents', i.id, `Incident "${i.title}"`),
        ),
      );
    return { checked: significant.length, findings };
  },
};
