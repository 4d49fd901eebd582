import {
  IconAlertTriangle,
  IconBuildingStore,
  IconFileText,
  IconGitPullRequest,
  IconLayoutDashboard,
  IconListDetails,
  IconPackageExport,
  IconPaperclip,
  IconScale,
  IconShieldCheck,
  IconStethoscope,
  IconTarget,
  IconUserCheck,
  IconUsers,
  type TablerIcon,
} from '@tabler/icons-react';

export const AREA_IDS = [
  'overview',
  'scope',
  'criteria',
  'controls',
  'policies',
  'evidence',
  'incidents',
  'access-reviews',
  'risks',
  'vendors',
  'people',
  'changes',
  'self-check',
  'export',
] as const;

export type AreaId = (typeof AREA_IDS)[number];

export interface Area {
  id: AreaId;
  label: string;
  icon: TablerIcon;
  /** What lives in this area, in a sentence or two. */
  holds: string;
  /** What the compliance owner does here. */
  work: string;
}

/** The areas of the left navigation, in the order an engagement is usually worked through. */
export const AREAS: readonly Area[] = [
  {
    id: 'overview',
    label: 'Overview',
    icon: IconLayoutDashboard,
    holds: 'A summary of this vault and the latest changes recorded in its audit trail.',
    work: 'Check where the engagement stands before you pick up the next piece of work.',
  },
  {
    id: 'scope',
    label: 'Scope',
    icon: IconTarget,
    holds: 'The engagement: who is being examined, which system, Type I or Type II, and the dates the report covers.',
    work: 'Set these first; every other area measures itself against them.',
  },
  {
    id: 'criteria',
    label: 'Criteria',
    icon: IconListDetails,
    holds:
      'The Trust Services criteria your report is measured against: the common criteria for Security, plus any categories you add to scope.',
    work: 'Read what each criterion asks for and see which of your controls answer it, and which are still uncovered.',
  },
  {
    id: 'controls',
    label: 'Controls',
    icon: IconShieldCheck,
    holds:
      'The things your agency actually does to meet the criteria, such as reviewing access every quarter or encrypting client data at rest.',
    work: 'Adopt controls from the library, word them the way your team works, name an owner, and map each one to the criteria it supports.',
  },
  {
    id: 'policies',
    label: 'Policies',
    icon: IconFileText,
    holds: 'Your written policies, each with its version history and the date it was approved.',
    work: 'Start from a template or import your own documents, then record who approved each version and when.',
  },
  {
    id: 'evidence',
    label: 'Evidence',
    icon: IconPaperclip,
    holds:
      'Screenshots, exports and reports that prove each control works, stored inside the vault with a fingerprint so the auditor can trust they were not changed.',
    work: 'Attach files to the controls they support, note the date each one shows, and see which controls still lack proof for the period.',
  },
  {
    id: 'incidents',
    label: 'Incidents',
    icon: IconAlertTriangle,
    holds:
      'A log of security and availability incidents: what happened, who handled it, and what was done so it does not happen again.',
    work: 'Record each incident as it is handled. An empty log is fine, as long as it is an honest one.',
  },
  {
    id: 'access-reviews',
    label: 'Access reviews',
    icon: IconUserCheck,
    holds: 'The periodic reviews of who can reach your systems and client data, and the access removed as a result.',
    work: 'Record each review as it happens: who reviewed which system, what was found, and what was changed.',
  },
  {
    id: 'risks',
    label: 'Risks',
    icon: IconScale,
    holds:
      'Your risk register: what could go wrong for your clients and your systems, how likely and how serious it is, and what you do about it.',
    work: 'Add risks, score them, link the controls that reduce them, and revisit the register at least once a year.',
  },
  {
    id: 'vendors',
    label: 'Vendors',
    icon: IconBuildingStore,
    holds:
      'The outside services your system depends on, such as cloud hosting and model providers, and which of them run part of the system as subservice organisations.',
    work: 'List each vendor, note the assurance reports you have from them, and record when you last reviewed them.',
  },
  {
    id: 'people',
    label: 'People',
    icon: IconUsers,
    holds:
      'Everyone who works on the system, with their role, start and end dates, and the training they have completed.',
    work: 'Keep the list current as people join and leave, and record security training as it is done.',
  },
  {
    id: 'changes',
    label: 'Changes',
    icon: IconGitPullRequest,
    holds: 'Changes to the system during the audit period: what changed, who approved it, and how it was tested.',
    work: 'Record significant changes, or bring them in from your tracker, so the change-management controls have their trail.',
  },
  {
    id: 'self-check',
    label: 'Self-check',
    icon: IconStethoscope,
    holds:
      'A pre-audit review of the whole vault that lists what an auditor would question: gaps, stale evidence and missing approvals.',
    work: 'Run it whenever you like; fix the blockers first, then the warnings, before the auditor starts.',
  },
  {
    id: 'export',
    label: 'Export',
    icon: IconPackageExport,
    holds:
      "The package your CPA firm receives: management's system description and assertion, the controls matrix, and the evidence with a manifest anyone can verify.",
    work: 'Export a draft to review it yourself, then the final package when the self-check is clear.',
  },
];

export function isAreaId(value: string): value is AreaId {
  return (AREA_IDS as readonly string[]).includes(value);
}

export function findArea(id: AreaId): Area {
  return AREAS.find((a) => a.id === id) ?? AREAS[0]!;
}
