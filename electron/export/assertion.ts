import type { AssertionText, DescriptionPreview } from '../../shared/domain/description';

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Management's assertion in words, from the engagement; our own wording throughout. */
export function assertionText(p: Omit<DescriptionPreview, 'draftReasons' | 'gaps' | 'assertion'>): AssertionText {
  const type2 = p.reportType === 'type2';
  const when = p.periodLabel.replace(/^for the period /, 'throughout the period ');
  const system = p.systemName;
  const org = p.orgName;
  const categories = joinNames(p.categories);
  const carved = p.dc7Subservice.rows.filter((s) => s.treatment === 'carve-out');
  const carveOut = carved.map((s) => s.name);
  // The assertion names what is expected of each carved-out organization, not only that DC7 lists it.
  const expected = carved
    .filter((s) => s.csocs.length > 0)
    .map(
      (s) => `Of ${s.name}, ${org} expects the following: ${s.csocs.map((c) => c.replace(/[.;]\s*$/, '')).join('; ')}.`,
    )
    .join(' ');
  const inclusive = p.dc7Subservice.rows.filter((s) => s.treatment === 'inclusive').map((s) => s.name);
  const paragraphs = [
    `The management of ${org} is responsible for the accompanying description of the ${system} (the description) ${when}. ` +
      `We prepared the description using the description criteria in DC section 200 (2018 description criteria, applied with the 2022 implementation guidance). ` +
      `It is meant to give the people who use this report information about the system that helps them understand it, in particular the controls that address the trust services criteria for ${categories} (the applicable trust services criteria).`,
  ];
  if (carveOut.length) {
    paragraphs.push(
      `${org} relies on ${carveOut.length === 1 ? 'a subservice organization' : 'subservice organizations'}, ${joinNames(carveOut)}, for parts of the system. ` +
        `The description (section DC7) names the controls that ${org} expects ${carveOut.length === 1 ? 'it' : 'them'} to operate, but it does not describe or cover the subservice organizations' own controls (the carve-out method). ` +
        (expected ? `${expected} ` : '') +
        `Some applicable trust services criteria can be met only if those complementary subservice organization controls operate as ${org} expects, together with ${org}'s own controls.`,
    );
  }
  if (inclusive.length) {
    paragraphs.push(
      `The description includes the relevant controls of ${joinNames(inclusive)} (the inclusive method); statements about the system below cover those controls too.`,
    );
  }
  if (!carveOut.length && !inclusive.length) {
    paragraphs.push(`${org} does not rely on any subservice organization for the system described.`);
  }
  paragraphs.push(
    p.dc6Cuecs.rows.length
      ? `The description also lists controls that ${org} expects its customers (user entities) to operate. ` +
          `Some applicable trust services criteria can be met only if those complementary user entity controls operate as ${org} assumed when designing its own controls.`
      : `The description identifies no complementary user entity controls: ${org}'s controls do not depend on customers operating controls of their own to meet the applicable trust services criteria.`,
  );
  const complements =
    carveOut.length || p.dc6Cuecs.rows.length ? ', together with the complementary controls described' : '';
  const statements = [
    `the description presents the ${system} fairly, as it was designed and implemented ${when}, in accordance with the description criteria;`,
    `the controls stated in the description were suitably designed ${when} to provide reasonable assurance that ${org}'s service commitments and system requirements would be achieved based on the applicable trust services criteria, if those controls operated as described${complements};`,
  ];
  if (type2) {
    statements.push(
      `the controls stated in the description operated effectively ${when} to provide reasonable assurance that ${org}'s service commitments and system requirements were achieved based on the applicable trust services criteria${complements ? ', with the complementary controls operating as assumed' : ''}.`,
    );
  } else {
    statements[1] = statements[1]!.replace(/;$/, '.');
  }
  return {
    heading: `Assertion of the management of ${org}`,
    paragraphs,
    confirmation: `We confirm, to the best of our knowledge and belief, that:`,
    statements,
  };
}
