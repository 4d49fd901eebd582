import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../shared/check/engine';
import { RULES } from '../../../shared/check/rules';
import { control, snapshot } from './fixtures';

describe('self-check engine', () => {
  it('rule ids are unique and every rule names a title, a fix and a severity', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.title.length).toBeGreaterThan(10);
      expect(r.fix.length).toBeGreaterThan(10);
      expect(['blocker', 'warning', 'advice']).toContain(r.severity);
    }
  });

  it('orders findings blockers first and counts them by severity', () => {
    const s = snapshot({ controls: [control({ owner: '', status: 'in-progress' })], verification: null });
    const result = runCheck(s);
    const severities = result.findings.map((f) => f.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['blocker', 'warning', 'advice'].indexOf(a) - ['blocker', 'warning', 'advice'].indexOf(b),
      ),
    );
    expect(result.counts.blocker).toBe(severities.filter((x) => x === 'blocker').length);
    expect(result.findings.map((f) => f.key)).toContain('control-owner:AC-01');
    expect(result.rules.find((r) => r.id === 'verification-clean')!.skipped).toBeTruthy();
  });

  it('scores a fixed control higher, and scores per criterion and per category', () => {
    const broken = runCheck(snapshot({ controls: [control({ status: 'in-progress', owner: '' })] }));
    const fixed = runCheck(snapshot());
    expect(fixed.score.overall).toBeGreaterThan(broken.score.overall);
    expect(fixed.score.byCriterion['CC6.1']).toBeGreaterThan(broken.score.byCriterion['CC6.1']!);
    // A criterion the one control does not touch is a gap in both: coverage rule only.
    expect(broken.score.byCriterion['CC9.2']).toBe(0);
    expect(fixed.score.byCategory).toEqual([expect.objectContaining({ category: 'security', criteria: 33 })]);
    expect(broken.score.overall).toBeGreaterThanOrEqual(0);
    expect(fixed.score.overall).toBeLessThan(100); // 32 criteria still without a control
  });

  it('gives 100 when nothing fails, and below 100 with one open blocker', () => {
    const ruleset = RULES.filter((r) => r.id !== 'criterion-coverage');
    expect(runCheck(snapshot(), ruleset).score.overall).toBe(100);
    const s = snapshot();
    s.policies[0]!.approvedOn = null;
    expect(runCheck(s, ruleset).score.overall).toBeLessThan(100);
  });
});
