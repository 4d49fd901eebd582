import { link } from '../links';
import { lookback } from '../period';
import { finding, skipped, type Rule } from '../rule';

/** Every production change needs an approver who is not its author (segregation of duties, CC8.1). */
export const changeApproval: Rule = {
  id: 'change-approval',
  title: 'Production changes are approved by someone other than the author',
  severity: 'blocker',
  area: 'changes',
  criteria: ['CC8.1'],
  fix: 'Record who approved the change; if the author approved it, have a second person review it and record them.',
  run(ctx) {
    const changes = ctx.snapshot.changes;
    if (!changes) return skipped('This vault keeps no change records');
    const window = lookback(ctx);
    const deployed = changes.filter(
      (c) => c.deployedOn !== null && c.deployedOn >= window.start && c.deployedOn <= window.end,
    );
    const findings = [];
    for (const c of deployed) {
      const approver = c.approver.trim();
      const problem = !approver
        ? 'has no approver'
        : approver.toLowerCase() === c.author.trim().toLowerCase()
          ? `was approved by its own author, ${c.author}`
          : null;
      if (problem)
        findings.push(
          finding(
            this,
            c.id,
            `Change "${c.title}" deployed on ${c.deployedOn} ${problem}.`,
            link.record('changes', c.id, `Change "${c.title}"`),
          ),
        );
    }
    return { checked: deployed.length, findings };
  },
};
