import { link } from '../links';
import { finding, skipped, type Rule } from '../rule';

/** A closed incident without its root cause and post-mortem shows no learning; auditors test CC7.4 and CC7.5 on it. */
export const incidentClosure: Rule = {
  id: 'incident-closure',
  title: 'Closed incidents have a root cause and a post-mortem',
  severity: 'warning',
  area: 'incidents',
  criteria: ['CC7.4', 'CC7.5'],
  fix: 'Open the incident and record what caused it and the post-mortem: what was learned and what changes as a result.',
  run(ctx) {
    const incidents = ctx.snapshot.incidents;
    if (!incidents) return skipped('This vault keeps no incident log');
    const closed = incidents.filter((i) => i.status === 'closed');
    const findings = [];
    for (const i of closed) {
      const missing = [i.rootCause.trim() ? '' : 'root cause', i.postmortem.trim() ? '' : 'post-mortem'].filter(
        Boolean,
      );
      if (missing.length)
        findings.push(
          finding(
            this,
            i.id,
            `Incident "${i.title}" is closed without a ${missing.join(' or a ')}.`,
            link.record('incidents', i.id, `Incident "${i.title}"`),
          ),
        );
    }
    return { checked: closed.length, findings };
  },
};
