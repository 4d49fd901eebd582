import { addDaysToDate, addMonthsToDate } from '../../../shared/domain/dates';
import * as changesQ from '../../vault/queries/changes';
import * as peopleQ from '../../vault/queries/people';
import type { Vault } from '../../vault/vault';
import { addExperiment, createChange } from '../changes';
import { listControls } from '../controls';
import { DEMO_OWNERS, type DemoSize } from './fernhill';
import { getEngagementOrFail } from '../engagement';
import { acknowledgePolicy, addTraining, createPerson, updatePerson } from '../people';

/** A fixed pseudo-random sequence, so every demo vault is the same. */
function sequence(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** `date` moved into the window from `earliest` to `latest`, both included; null when the window is empty. */
function within(date: string, earliest: string, latest: string): string | null {
  if (earliest > latest) return null;
  return date < earliest ? earliest : date > latest ? latest : date;
}

const later = (a: string, b: string) => (a > b ? a : b);

/** The date each approved policy version was approved on, by version id. */
function approvalDates(vault: Vault): Map<number, string> {
  const rows = vault.db
    .prepare("SELECT id, approved_on AS approvedOn FROM policy_version WHERE status = 'approved'")
    .all() as { id: number; approvedOn: string }[];
  return new Map(rows.map((r) => [r.id, r.approvedOn]));
}

function emailOf(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return `${plain.replace(/[^a-z]+/g, '.')}@fernhill.example`;
}

/** Invented colleagues beside the owners: engineers, ML people, delivery and operations. */
const STAFF: readonly [string, string][] = [
  ['Priya Natarajan', 'ML engineer'],
  ['Lukas Brandt', 'Software engineer'],
  ['Chloé Martin', 'Data engineer'],
  ['Kwame Mensah', 'Platform engineer'],
  ['Hana Sato', 'ML engineer'],
  ['Oliver Grant', 'Software engineer'],
  ['Zainab Bello', 'Delivery manager'],
  ['Mateo Ruiz', 'Data scientist'],
  ['Elena Petrova', 'Applied researcher'],
  ['Samir Haddad', 'Platform engineer'],
  ['Ingrid Olsen', 'Client partner'],
  ['Noah Fischer', 'Software engineer'],
  ['Amara Obi', 'Data annotator lead'],
  ['Ravi Menon', 'ML engineer'],
  ['Julia Costa', 'Office and finance'],
  ['Felix Wong', 'Security engineer'],
  ['Leah Cohen', 'Data scientist'],
  ['Marco Bianchi', 'Software engineer'],
];

const ENGINEERS = ['Tomás Novak', 'Aisha Rahman', 'Priya Natarajan', 'Lukas Brandt', 'Kwame Mensah', 'Samir Haddad'];

const CHANGE_TITLES = [
  'Upgrade the retrieval service to the v3 embedding model',
  'Add rate limiting to the client inference API',
  'Rotate the model-provider API keys into the secrets manager',
  'Tighten IAM roles for the training cluster',
  'Pin base images and enable image scanning in CI',
  'Add PII redaction before prompts leave the platform',
  'Move nightly evaluation jobs to the new scheduler',
  'Patch the web framework for a published vulnerability',
  'Enable encryption at rest for the feature store',
  'Add per-client isolation to the vector index',
  'Ship prompt template v12 for the contract-review model',
  'Raise log retention for inference requests to 400 days',
  'Introduce canary deployments for model releases',
  'Replace the reranker with a distilled model',
  'Add alerting on model latency and error budgets',
  'Migrate client uploads to signed URLs',
  'Remove the legacy batch export endpoint',
  'Upgrade the database engine minor version',
  'Add output filtering for the summarisation model',
  'Restrict production console access to the on-call group',
  'Add a second region for the inference API',
  'Schedule weekly restore tests of the client database',
  'Update the base model for the contract-review pipeline',
  'Add audit logging to the admin console',
  'Move model serving to managed inference',
  'Tune autoscaling limits for batch embedding jobs',
  'Add checksum verification to dataset ingestion',
  'Remove unused service accounts from the training project',
  'Add a kill switch for model-generated outbound email',
  'Upgrade the TLS configuration of the public endpoints',
  'Split client evaluation sets into per-client buckets',
  'Ship prompt template v13 with stricter citations',
  'Rotate the database credentials into short-lived tokens',
  'Add drift alerts on retrieval quality',
  'Move secrets for CI into the secrets manager',
  'Add input size limits to the document parser',
  'Patch the PDF parsing library',
  'Add per-client rate limits to the upload API',
  'Retire the v1 summarisation model',
  'Add a rollback runbook step to model releases',
];

const TEST_NOTES = [
  'Unit and integration suites passed in CI; evaluation set scores within tolerance',
  'CI green; manual check in staging by the reviewer',
  'Regression suite passed; load test at 2x peak traffic',
  'Evaluation against the golden set: no regression beyond 0.5 points',
];

/**
 * The demo's people, training and change records: a realistic mix, with the gaps a real agency has
 * (two leavers, a hire without a background check, a few people whose training lapsed, a change approved
 * by its author); `large` at benchmark scale.
 */
export function demoPeopleChanges(vault: Vault, size: DemoSize): void {
  const engagement = getEngagementOrFail(vault);
  const start = engagement.periodStart ?? addMonthsToDate(vault.today(), -6);
  const end = engagement.periodEnd ?? vault.today();
  demoPeople(vault, start);
  demoChanges(vault, start, end);
  if (size === 'large') {
    bulkPeopleChanges(vault, 500, 3000);
    bulkExperiments(vault, 2000);
  }
}

/** Someone on the small demo's roster; `endDate` is set for the two who leave during the period. */
interface Member {
  name: string;
  role: string;
  startDate: string;
  check: string | null;
  endDate: string | null;
}

/**
 * `date` kept within the member's time at the agency (from `from`, by default their start, to their last
 * day): a session or an acknowledgement after someone left is dated on their last day, or left out (null)
 * when they had already gone by `from`.
 */
function whileThere(p: Member, date: string, from = p.startDate): string | null {
  return within(date, from, p.endDate ?? later(date, from));
}

/** The members' ids grouped by the date each did something (see whileThere), leaving out those with none. */
function byDay(members: readonly Member[], dateOf: (p: Member) => string | null, ids: Map<string, number>) {
  const days = new Map<string, number[]>();
  for (const p of members) {
    const on = dateOf(p);
    if (on) days.set(on, [...(days.get(on) ?? []), ids.get(p.name)!]);
  }
  return days;
}

function demoPeople(vault: Vault, start: string): void {
  const random = sequence(11);
  const roster: Member[] = [
    ...Object.entries(DEMO_OWNERS).map(([role, name], i) => ({
      name,
      role,
      startDate: addMonthsToDate(start, -(40 - i * 3)),
      check: addMonthsToDate(start, -(40 - i * 3) - 1),
      endDate: null,
    })),
    ...STAFF.map(([name, role], i) => {
      const startDate = addMonthsToDate(start, -(26 - i));
      return { name, role, startDate, check: addDaysToDate(startDate, -10), endDate: null };
    }),
  ];
  // Three hires during the period; the latest one has no background check on record yet.
  const hires = roster.slice(-3);
  hires.forEach((h, i) => {
    h.startDate = addDaysToDate(start, 35 + i * 40);
    h.check = i === 2 ? null : addDaysToDate(h.startDate, -12);
  });
  const ids = new Map<string, number>();
  for (const p of roster) {
    const created = createPerson(vault, {
      name: p.name,
      email: emailOf(p.name),
      role: p.role,
      startDate: p.startDate,
      endDate: null,
      backgroundCheckDate: p.check,
      notes: '',
    });
    ids.set(p.name, created.id);
  }
  // Two leavers during the period.
  for (const [name, days] of [
    ['Oliver Grant', 50],
    ['Julia Costa', 120],
  ] as const) {
    const p = roster.find((r) => r.name === name)!;
    p.endDate = addDaysToDate(start, days);
    updatePerson(vault, {
      id: ids.get(name)!,
      name,
      email: emailOf(name),
      role: p.role,
      startDate: p.startDate,
      endDate: p.endDate,
      backgroundCheckDate: p.check,
      notes: 'Access removal is recorded in the access reviews.',
    });
  }

  // Nothing is dated after a person's last day: a session held after someone left is recorded on that day.
  const train = (members: readonly Member[], course: string, dateOf: (p: Member) => string) => {
    for (const [completedOn, personIds] of byDay(members, (p) => whileThere(p, dateOf(p)), ids)) {
      addTraining(vault, { personIds, course, completedOn });
    }
  };
  // Annual security awareness training: most people this year, a few still on last year's session.
  const lapsed = new Set(['Zainab Bello', 'Ingrid Olsen', 'Noah Fischer']);
  const hireNames = new Set(hires.map((h) => h.name));
  const lastYear = addMonthsToDate(start, -9);
  train(
    roster.filter((p) => !hireNames.has(p.name)),
    'Security awareness (annual)',
    () => lastYear,
  );
  train(
    roster.filter((p) => !lapsed.has(p.name) && !hireNames.has(p.name)),
    'Security awareness (annual)',
    () => addMonthsToDate(lastYear, 12),
  );
  for (const h of hires.slice(0, 2)) {
    train([h], 'Onboarding: security and acceptable use', (p) => addDaysToDate(p.startDate, 3));
  }
  // Early in the period for those already there; a hire who joins later takes it in their first week.
  const mlDay = addDaysToDate(start, 20);
  train(
    roster.filter((p) => /ML|research|Data/.test(p.role)),
    'Handling client data in model training',
    (p) => (p.startDate <= mlDay ? mlDay : addDaysToDate(p.startDate, 5)),
  );

  // Acknowledgements of the approved policies: everyone but two recent hires and one person who never got round to it.
  const pending = new Set([...hires.slice(1).map((h) => h.name), 'Kwame Mensah']);
  // A few days after the version's approval, or, for someone who joined after it, a few days after they started;
  // by a leaver's last day, and not at all by someone who left before the version was approved.
  const acknowledging = roster.filter((p) => !pending.has(p.name));
  const approved = approvalDates(vault);
  for (const policy of peopleQ.livePolicies(vault.db)) {
    const approvedOn = approved.get(policy.versionId)!;
    const byDate = byDay(
      acknowledging.filter(() => random() > 0.01),
      (p) => {
        const from = later(approvedOn, p.startDate);
        return whileThere(p, addDaysToDate(from, 3), from);
      },
      ids,
    );
    for (const [acknowledgedOn, personIds] of byDate) {
      acknowledgePolicy(vault, { personIds, policyId: policy.policyId, acknowledgedOn });
    }
  }
}

function changeControls(vault: Vault): string[] {
  return listControls(vault)
    .filter((c) => c.criteria.includes('CC8.1'))
    .map((c) => c.id)
    .slice(0, 3);
}

function demoChanges(vault: Vault, start: string, end: string): void {
  const random = sequence(23);
  const controls = changeControls(vault);
  const days = Math.max(1, Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000));
  for (let i = 0; i < 40; i++) {
    const author = pick(random, ENGINEERS);
    const reviewer = pick(
      random,
      ENGINEERS.filter((e) => e !== author),
    );
    // One change in forty was approved by its own author: the gap the self-check should catch.
    const approver =
      i === 17 ? author : author === 'Tomás Novak' ? 'Daniel Reyes' : pick(random, ['Daniel Reyes', 'Tomás Novak']);
    const deployedOn = i >= 38 ? null : addDaysToDate(start, Math.floor((i / 38) * days));
    const significant = i === 24;
    createChange(vault, {
      title: CHANGE_TITLES[i % CHANGE_TITLES.length]!,
      description: 'Requested in the engineering tracker; risk and rollback noted in the ticket.',
      ticketRef: `FMD-${120 + i * 3}`,
      author,
      reviewer,
      approver,
      testEvidence: i % 13 === 5 ? '' : pick(random, TEST_NOTES),
      evidenceIds: [],
      deployedOn,
      emergency: i === 7,
      significant,
      significantDescription: significant
        ? 'Model serving moved from self-managed GPU hosts to the cloud provider’s managed inference service; access, monitoring and backups were re-established there.'
        : '',
      controls: i % 4 === 0 ? controls.slice(0, 1) : [],
    });
  }
  const experiments = [
    ['Smaller reranker on the legal corpus', 'Aisha Rahman', 'MLflow run 1187'],
    ['Prompt variant with stricter citation format', 'Priya Natarajan', 'Notebook prompts/citations.ipynb'],
    ['Quantised embedding model for cost', 'Ravi Menon', 'MLflow run 1203'],
    ['Chunk size 512 vs 1024 for retrieval', 'Hana Sato', 'Branch exp/chunking'],
    ['Open-weights model as fallback provider', 'Aisha Rahman', 'Tracker FMD-EXP-9'],
    ['Synthetic data for rare contract clauses', 'Elena Petrova', 'MLflow run 1240'],
    ['Temperature sweep for the summariser', 'Priya Natarajan', 'Notebook summariser/temp.ipynb'],
    ['Hybrid keyword and vector search', 'Hana Sato', 'Branch exp/hybrid-search'],
    ['Guardrail model for prompt injection', 'Felix Wong', 'Tracker FMD-EXP-14'],
    ['Longer context window on client Q&A', 'Ravi Menon', ''],
  ] as const;
  experiments.forEach(([what, who, trackedIn], i) =>
    addExperiment(vault, { what, who, trackedIn, occurredOn: addDaysToDate(start, 9 + i * 16) }),
  );
}

/** Benchmark scale: people and production changes up to the totals, in one transaction of prepared INSERTs. */
export function bulkPeopleChanges(vault: Vault, people: number, changes: number): void {
  const engagement = getEngagementOrFail(vault);
  const start = engagement.periodStart ?? addMonthsToDate(vault.today(), -6);
  const end = engagement.periodEnd ?? vault.today();
  const random = sequence(31);
  const days = Math.max(1, Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000));
  const controls = changeControls(vault);
  // Nothing is dated after the vault's today: training and acknowledgements are recorded once they happen.
  const today = vault.today();
  vault.write('demo.large', (tx) => {
    const db = vault.db;
    const training = peopleQ.insertTraining(db);
    const ack = peopleQ.insertAcknowledgement(db);
    const approved = approvalDates(vault);
    const live = peopleQ
      .livePolicies(db)
      .map((p) => ({ versionId: p.versionId, approvedOn: approved.get(p.versionId)! }));
    const existing = db.prepare('SELECT count(*) FROM person').pluck().get() as number;
    for (let i = existing; i < people; i++) {
      const startDate = addDaysToDate(start, -Math.floor(random() * 1400));
      const left = random() < 0.08;
      const role = pick(random, ['Data annotator', 'Software engineer', 'ML engineer', 'Client delivery']);
      const endDate = left ? addDaysToDate(start, Math.floor(random() * days)) : null;
      // Everything a person does falls between their start and today (or the day they left).
      const until = endDate !== null && endDate < today ? endDate : today;
      const id = peopleQ.insertPerson(
        db,
        {
          name: `Contractor ${String(i + 1).padStart(4, '0')}`,
          email: `contractor.${i + 1}@fernhill.example`,
          role,
          startDate,
          endDate,
          backgroundCheckDate: random() < 0.95 ? addDaysToDate(startDate, -7) : null,
          notes: '',
        },
        tx.at,
      );
      // The annual session, or for someone who joined since, their onboarding session a few days in.
      const session = addDaysToDate(start, -Math.floor(random() * 500));
      const trainedOn = within(session < startDate ? addDaysToDate(startDate, 3) : session, startDate, until);
      if (trainedOn) training(id, 'Security awareness (annual)', trainedOn, tx.at);
      for (const p of live) {
        if (random() >= 0.9) continue;
        // A version is acknowledged once it is approved and the person is there to read it.
        const from = later(startDate, p.approvedOn);
        const acknowledgedOn = within(addDaysToDate(from, 2), from, until);
        if (acknowledgedOn) ack(id, p.versionId, acknowledgedOn, tx.at);
      }
    }
    const insert = changesQ.insertChange(db);
    const link = db.prepare('INSERT INTO change_control (change_id, control_id) VALUES (?, ?)');
    const have = db.prepare('SELECT count(*) FROM change_record').pluck().get() as number;
    for (let i = have; i < changes; i++) {
      const author = pick(random, ENGINEERS);
      const id = insert(
        {
          title: `${pick(random, CHANGE_TITLES)} (${i + 1})`,
          description: '',
          ticketRef: `FMD-${10_000 + i}`,
          author,
          reviewer: pick(
            random,
            ENGINEERS.filter((e) => e !== author),
          ),
          approver: random() < 0.01 ? author : 'Daniel Reyes',
          testEvidence: random() < 0.97 ? pick(random, TEST_NOTES) : '',
          deployedOn: addDaysToDate(start, Math.floor(random() * days)),
          emergency: random() < 0.02,
          significant: false,
          significantDescription: '',
        },
        tx.at,
      );
      if (controls.length && i % 5 === 0) link.run(id, controls[i % controls.length]);
    }
    tx.audit(
      'demo',
      'people-changes',
      `Added benchmark-scale people (to ${people}) and production changes (to ${changes})`,
    );
  });
}

/** Who runs experiments at the benchmark scale: the ML people of the small demo, so the log reads like one team's. */
const EXPERIMENTERS = [
  'Aisha Rahman',
  'Priya Natarajan',
  'Ravi Menon',
  'Hana Sato',
  'Elena Petrova',
  'Felix Wong',
  'Mateo Ruiz',
  'Leah Cohen',
];

const EXPERIMENT_TOPICS = [
  'Smaller reranker on a client corpus',
  'Prompt variant with stricter citation format',
  'Quantised embedding model for cost',
  'Chunk size sweep for retrieval',
  'Open-weights model as fallback provider',
  'Synthetic data for rare contract clauses',
  'Temperature sweep for the summariser',
  'Hybrid keyword and vector search',
  'Guardrail model for prompt injection',
  'Longer context window on client Q&A',
  'Distilled summariser on one client corpus',
  'Few-shot examples for clause extraction',
];

/**
 * Benchmark scale: the experiment log up to `total` notes, in one transaction of a prepared INSERT,
 * dated across the audit period (never after the vault's today) and spread over a handful of people.
 */
export function bulkExperiments(vault: Vault, total: number): void {
  const engagement = getEngagementOrFail(vault);
  const start = engagement.periodStart ?? addMonthsToDate(vault.today(), -6);
  const end = engagement.periodEnd ?? vault.today();
  const random = sequence(47);
  const days = Math.max(1, Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000));
  const today = vault.today();
  vault.write('demo.large', (tx) => {
    const insert = changesQ.insertExperiment(vault.db);
    const have = vault.db.prepare('SELECT count(*) FROM experiment').pluck().get() as number;
    for (let i = have; i < total; i++) {
      const day = addDaysToDate(start, Math.floor(random() * days));
      const where = random();
      insert(
        {
          what: `${pick(random, EXPERIMENT_TOPICS)} (${i + 1})`,
          who: pick(random, EXPERIMENTERS),
          trackedIn:
            where < 0.6
              ? `MLflow run ${3000 + i}`
              : where < 0.8
                ? `Branch exp/run-${i + 1}`
                : where < 0.95
                  ? `Notebook experiments/${i + 1}.ipynb`
                  : '',
          occurredOn: within(day, start, today) ?? day,
        },
        tx.at,
      );
    }
    tx.audit('demo', 'experiments', `Added benchmark-scale experiment notes (to ${total})`);
  });
}
