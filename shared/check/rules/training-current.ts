import { addDaysToDate, addMonthsToDate } from '../../domain/dates';
import { link } from '../links';
import { finding, skipped, type Rule } from '../rule';

/** A new joiner has this long to complete their first security training. */
export const TRAINING_GRACE_DAYS = 30;

/**
 * Training records carry only a course title, so a course counts as security-awareness training when its title
 * names security, awareness or phishing (any case). Other courses (model training, onboarding on tools) do not.
 */
export const SECURITY_COURSE = /security|awareness|phishing/i;

export function isSecurityTraining(course: string): boolean {
  return SECURITY_COURSE.test(course);
}

/** Everyone working on the system completes security training at least once every 12 months. */
export const trainingCurrent: Rule = {
  id: 'training-current',
  title: 'Everyone has security training within the last 12 months',
  severity: 'warning',
  area: 'people',
  criteria: ['CC1.4', 'CC2.2'],
  fix:
    'Have the person complete the security awareness training and record it on their page. ' +
    'Only a course whose title names security, awareness or phishing counts.',
  run(ctx) {
    const people = ctx.snapshot.people;
    if (!people) return skipped('This vault keeps no people register');
    const since = addMonthsToDate(ctx.asOf, -12);
    const joinedBefore = addDaysToDate(ctx.asOf, -TRAINING_GRACE_DAYS);
    const active = people.filter((p) => p.startDate <= joinedBefore && (p.endDate === null || p.endDate >= ctx.asOf));
    const findings = active
      .filter((p) => p.lastTrainingOn === null || p.lastTrainingOn <= since)
      .map((p) =>
        finding(
          this,
          p.id,
          p.lastTrainingOn
            ? `${p.name} last completed security training on ${p.lastTrainingOn}, over 12 months ago.`
            : `${p.name} has no security training on record.`,
          link.record('people', p.id, p.name),
        ),
      );
    return { checked: active.length, findings };
  },
};
