import { link } from '../links';
import { finding, skipped, type Rule } from '../rule';

/** The system description (DC 200) and the assertion's signatory must be written before the package goes out. */
export const descriptionSections: Rule = {
  id: 'description-sections',
  title: 'The system description is filled in',
  severity: 'blocker',
  area: 'description',
  criteria: ['CC2.3'],
  fix: 'Open Export, Description, and fill in the missing part of the system description.',
  run(ctx) {
    const gaps = ctx.snapshot.descriptionGaps;
    if (!gaps) return skipped('This vault has no system description yet');
    return {
      checked: 9,
      findings: gaps.map((gap) =>
        finding(
          this,
          gap
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, ''),
          `System description: ${gap}.`,
          link.record('export', 'description', 'System description'),
        ),
      ),
    };
  },
};
