import {
  COMPONENT_KINDS,
  emptyDescription,
  type DescriptionItem,
  type DescriptionUpdate,
  type SystemDescription,
} from '../../../shared/domain/description';
import type { Db } from '../database';

type Section = 'commitment' | (typeof COMPONENT_KINDS)[number];

interface DescriptionRow {
  servicesProvided: string;
  notApplicableNotes: string;
  signatoryName: string;
  signatoryTitle: string;
  signedOn: string | null;
  updatedAt: string;
}

export function readDescription(db: Db): SystemDescription {
  const row = db
    .prepare(
      `SELECT services_provided AS servicesProvided, not_applicable_notes AS notApplicableNotes,
        signatory_name AS signatoryName, signatory_title AS signatoryTitle, signed_on AS signedOn,
        updated_at AS updatedAt
       FROM description WHERE id = 1`,
    )
    .get() as DescriptionRow | undefined;
  const d = emptyDescription();
  if (!row) return d;
  const items = db.prepare('SELECT section, title, detail FROM description_item ORDER BY section, position').all() as ({
    section: Section;
  } & DescriptionItem)[];
  for (const { section, title, detail } of items) {
    const list = section === 'commitment' ? d.commitments : d.components[section];
    list.push({ title, detail });
  }
  return {
    ...d,
    servicesProvided: row.servicesProvided,
    notApplicableNotes: row.notApplicableNotes,
    signatory: { name: row.signatoryName, title: row.signatoryTitle, date: row.signedOn ?? '' },
    updatedAt: row.updatedAt,
  };
}

/** Replaces the whole description: the form always saves every part together. */
export function writeDescription(db: Db, d: DescriptionUpdate, at: string): void {
  db.prepare(
    `INSERT INTO description (id, services_provided, not_applicable_notes, signatory_name, signatory_title, signed_on, updated_at)
     VALUES (1, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET services_provided = excluded.services_provided,
       not_applicable_notes = excluded.not_applicable_notes, signatory_name = excluded.signatory_name,
       signatory_title = excluded.signatory_title, signed_on = excluded.signed_on, updated_at = excluded.updated_at`,
  ).run(d.servicesProvided, d.notApplicableNotes, d.signatory.name, d.signatory.title, d.signatory.date || null, at);
  db.prepare('DELETE FROM description_item').run();
  const insert = db.prepare('INSERT INTO description_item (section, position, title, detail) VALUES (?, ?, ?, ?)');
  const lists: [Section, DescriptionItem[]][] = [
    ['commitment', d.commitments],
    ...COMPONENT_KINDS.map((k): [Section, DescriptionItem[]] => [k, d.components[k]]),
  ];
  for (const [section, list] of lists) list.forEach((item, i) => insert.run(section, i, item.title, item.detail));
}
