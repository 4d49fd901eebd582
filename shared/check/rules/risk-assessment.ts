import { addMonthsToDate } from '../../domain/dates';
import { link } from '../links';
import { finding, skipped, type Rule } from '../rule';

/** CC3.1-CC3.4: the risks are assessed at least once a year. */
export const riskAssessment: Rule = {
  id: 'risk-assessment',
  title: 'A risk assessment within the last 12 months',
  severity: 'blocker',
  area: 'risks',
  criteria: ['CC3.1', 'CC3.2'],
  fix: 'Review the risk register with management and record the completed risk assessment on the Risks page.',
  run(ctx) {
    const assessments = ctx.snapshot.riskAssessments;
    if (!assessments) return skipped('This vault keeps no risk register');
    const last = assessments
      .map((a) => a.completedOn)
      .filter((d) => d <= ctx.asOf)
      .reduce((a, b) => (b > a ? b : a), '');
    const since = addMonthsToDate(ctx.asOf, -12);
    const message = !last
      ? 'No risk assessment has been recorded.'
      : last < since
        ? `The last risk assessment was completed on ${last}, over 12 months ago.`
        : null;
    return {
      checked: 1,
      findings: message ? [finding(this, 'register', message, link.area('risks', 'Risks'))] : [],
    };
  },
};
