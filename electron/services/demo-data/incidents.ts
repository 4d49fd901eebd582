import { addDaysToDate } from '../../../shared/domain/dates';
import { incidentFieldsSchema, type IncidentFieldsInput } from '../../../shared/domain/incidents';
import { reviewWindows, type Decision, type ReviewFrequency } from '../../../shared/domain/access-reviews';
import { getEngagement } from '../../vault/queries/engagement';
import type { Vault } from '../../vault/vault';
import {
  addAccounts,
  addAddendum,
  completeReview,
  createReview,
  createSystem,
  decide,
  listReviews,
  remediate,
  snapshotHash,
} from '../access-reviews';
import { listControls } from '../controls';
import type { DemoSize } from './fernhill';
import { DEMO_OWNERS } from './fernhill';
import { addAction, addTimelineEntry, createIncident, setIncidentStatus } from '../incidents';
import * as rq from '../../vault/queries/access-reviews';

/** The demo's incidents and access reviews: a realistic mix, with the gaps a real agency has; `large` at benchmark scale. */
export function demoIncidents(vault: Vault, size: DemoSize): void {
  const e = getEngagement(vault.db);
  const today = vault.today();
  const start = e?.periodStart ?? addDaysToDate(today, -183);
  const end = e?.periodEnd ?? addDaysToDate(today, -1);
  demoIncidentLog(vault, start, today);
  demoAccessReviews(vault, start, end, today);
  if (size === 'large') largeScale(vault, start, end);
}

/** The demo person in a role. */
const who = (role: string): string => DEMO_OWNERS[role] ?? 'Grace Whitfield';

const at = (date: string, time: string) => `${date}T${time}:00Z`;

/** The first control mapped to a criterion, so corrective actions point at something real. */
function controlFor(vault: Vault, criterion: string): string | null {
  return listControls(vault).find((c) => c.criteria.includes(criterion))?.id ?? null;
}

function log(vault: Vault, fields: IncidentFieldsInput) {
  return createIncident(vault, incidentFieldsSchema.parse(fields));
}

function demoIncidentLog(vault: Vault, start: string, today: string): void {
  const d = (days: number) => addDaysToDate(start, days);
  const incidentControl = controlFor(vault, 'CC7.4');
  const changeControl = controlFor(vault, 'CC8.1');
  const monitorControl = controlFor(vault, 'CC7.2');

  // The significant one: an AI-specific confidentiality incident, handled well and written up.
  const leak = log(vault, {
    title: 'Support assistant quoted another client’s ticket in an answer',
    severity: 'SEV2',
    category: 'ai-data-leakage',
    status: 'closed',
    occurredAt: at(d(38), '07:50'),
    detectedAt: at(d(38), '09:12'),
    resolvedAt: at(d(38), '13:30'),
    owner: who('ML Lead'),
    affectedSystems: ['Support assistant', 'Retrieval index'],
    affectedClients: ['Northwind Logistics', 'Brightwater Health'],
    description:
      'A Northwind user asked the support assistant about a delivery delay. The answer included two sentences from a Brightwater support ticket, retrieved from the shared search index.',
    rootCause:
      'A configuration change merged the per-client retrieval indexes into one to save cost; the tenant filter was applied to the prompt but not to the retrieval query.',
    postmortem:
      '# Post-mortem: cross-client snippet in a support answer\n\n## What happened\nOne answer to Northwind contained text from a Brightwater ticket.\n\n## Why\nThe retrieval step did not filter by client after the indexes were merged.\n\n## What we changed\n- Per-client indexes restored.\n- A release test now asks each client’s assistant about another client’s data and fails on any match.\n\n## What went well\nThe client reported it within 90 minutes and the index was switched off within the hour.\n',
    notificationRequired: true,
    notifiedAt: at(d(39), '10:00'),
    notifiedTo: 'Brightwater Health (data protection officer); Northwind Logistics (account lead)',
    significant: true,
    significantReason:
      'Confidential client data reached another client; both clients were notified under their contracts.',
  });
  addTimelineEntry(vault, {
    incidentId: leak.id,
    at: at(d(38), '09:12'),
    entry: 'Northwind reported an answer mentioning a clinic they do not work with.',
    author: who('Head of Operations'),
  });
  addTimelineEntry(vault, {
    incidentId: leak.id,
    at: at(d(38), '10:05'),
    entry: 'Shared retrieval index switched off; assistant answers from the FAQ only.',
    author: who('ML Lead'),
  });
  addTimelineEntry(vault, {
    incidentId: leak.id,
    at: at(d(38), '13:30'),
    entry: 'Per-client indexes rebuilt and switched back on after a cross-client test.',
    author: who('Engineering Lead'),
  });
  addAction(vault, {
    incidentId: leak.id,
    description: 'Add a cross-client retrieval test to every release of the support assistant',
    owner: who('Engineering Lead'),
    dueDate: d(52),
    controlId: changeControl,
    completedOn: d(49),
  });
  addAction(vault, {
    incidentId: leak.id,
    description: 'Alert when one retrieval query returns documents from more than one client',
    owner: who('ML Lead'),
    dueDate: d(70),
    controlId: monitorControl,
    completedOn: d(66),
  });

  // Closed without a post-mortem: the gap an auditor will ask about.
  const outage = log(vault, {
    title: 'Client dashboard unavailable after a failed deployment',
    severity: 'SEV2',
    category: 'availability',
    status: 'closed',
    occurredAt: at(d(71), '16:05'),
    detectedAt: at(d(71), '16:20'),
    resolvedAt: at(d(71), '19:10'),
    owner: who('Engineering Lead'),
    affectedSystems: ['Client dashboard'],
    affectedClients: ['All clients'],
    description: 'A database migration locked the reports table; the dashboard timed out for three hours.',
    rootCause:
      'The migration ran in the deploy step without a lock timeout and was not tested on a production-sized copy.',
  });
  addTimelineEntry(vault, {
    incidentId: outage.id,
    at: at(d(71), '16:20'),
    entry: 'Uptime monitor paged the on-call engineer.',
    author: who('Engineering Lead'),
  });
  addAction(vault, {
    incidentId: outage.id,
    description: 'Run migrations with a lock timeout and rehearse them on a copy of production',
    owner: who('Engineering Lead'),
    dueDate: d(90),
    controlId: changeControl,
    completedOn: d(85),
  });

  // Open for a long time: contained months ago, the fix still not done and its action overdue.
  const drift = log(vault, {
    title: 'Churn model accuracy dropped after a client renamed CRM fields',
    severity: 'SEV3',
    category: 'ai-data-drift',
    status: 'contained',
    occurredAt: at(d(45), '00:00'),
    detectedAt: at(d(52), '08:40'),
    owner: who('ML Lead'),
    affectedSystems: ['Churn scoring pipeline'],
    affectedClients: ['Copperline Telecom'],
    description:
      'Scores for Copperline flattened for a week: two input fields arrived empty after their CRM was reconfigured.',
  });
  addTimelineEntry(vault, {
    incidentId: drift.id,
    at: at(d(52), '08:40'),
    entry: 'Weekly model report showed precision down from 0.81 to 0.55 for one client.',
    author: who('ML Lead'),
  });
  addTimelineEntry(vault, {
    incidentId: drift.id,
    at: at(d(53), '11:00'),
    entry: 'Scores for Copperline paused; client told to use last month’s list.',
    author: who('Head of Operations'),
  });
  addAction(vault, {
    incidentId: drift.id,
    description: 'Check input completeness per client before scoring and stop the run when a field goes empty',
    owner: who('ML Lead'),
    dueDate: d(80),
    controlId: monitorControl,
    completedOn: null,
  });
  setIncidentStatus(vault, { id: drift.id, status: 'contained', note: 'Scoring paused for the affected client' });

  const provider = log(vault, {
    title: 'Model provider outage delayed the nightly scoring run',
    severity: 'SEV3',
    category: 'ai-provider-outage',
    status: 'resolved',
    occurredAt: at(d(102), '01:10'),
    detectedAt: at(d(102), '01:25'),
    resolvedAt: at(d(102), '05:40'),
    owner: who('Engineering Lead'),
    affectedSystems: ['Nightly scoring'],
    description: 'The hosted model API returned errors for four hours; the run finished late but complete.',
    rootCause: 'Outage at the model provider; our retry logic worked but had no fallback model.',
  });
  addAction(vault, {
    incidentId: provider.id,
    description: 'Document the fallback to the secondary model provider in the continuity plan',
    owner: who('Head of Operations'),
    dueDate: addDaysToDate(today, 20),
    controlId: incidentControl,
    completedOn: null,
  });

  log(vault, {
    title: 'Uploaded brief tried to override the summariser’s instructions',
    severity: 'SEV3',
    category: 'ai-prompt-injection',
    status: 'closed',
    occurredAt: at(d(130), '14:22'),
    detectedAt: at(d(130), '14:22'),
    resolvedAt: at(d(130), '15:00'),
    owner: who('ML Lead'),
    affectedSystems: ['Brief summariser'],
    description:
      'A brief contained hidden text asking the model to reveal its system prompt. The output filter blocked it.',
    rootCause: 'Untrusted document text reaches the model; the filter worked as designed.',
  });

  log(vault, {
    title: 'Phishing email imitating the payroll provider',
    severity: 'SEV4',
    category: 'security',
    status: 'closed',
    occurredAt: at(d(150), '08:00'),
    detectedAt: at(d(150), '08:14'),
    resolvedAt: at(d(150), '09:00'),
    owner: who('Compliance Owner'),
    description: 'Three staff reported the email; nobody clicked. The sender was blocked.',
    rootCause: 'External phishing campaign; no weakness of ours.',
  });
}

const STAFF = [
  ['Maya Okafor', 'owner'],
  ['Daniel Reyes', 'admin'],
  ['Sofia Lindqvist', 'member'],
  ['Tomás Novak', 'admin'],
  ['Aisha Rahman', 'member'],
  ['Grace Whitfield', 'member'],
  ['Jonas Berg', 'member'],
  ['Priya Nair', 'member'],
  ['Liam O’Connor', 'member'],
  ['Chen Wei', 'member'],
  ['Elena Petrova', 'member'],
  ['Kwame Mensah', 'member'],
] as const;

const email = (name: string) =>
  `${name
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(/ /g, '.')}@fernhill.example`;

interface DemoSystem {
  name: string;
  owner: string;
  criticality: 'low' | 'medium' | 'high';
  reviewFrequency: ReviewFrequency;
  inScope: boolean;
  description: string;
  /** Windows (by index) with no review: the gap. */
  skip?: number[];
  /** Leave the revoke of the latest review without a completion date. */
  openRemediation?: boolean;
}

/** A function, not a constant: demo.ts (which owns DEMO_OWNERS) imports this module, so read the names late. */
function demoSystems(): DemoSystem[] {
  return [
    {
      name: 'Google Workspace',
      owner: who('Head of Operations'),
      criticality: 'high',
      reviewFrequency: 'quarterly',
      inScope: true,
      description: 'Email, documents and single sign-on for every other system.',
    },
    {
      name: 'GitHub',
      owner: who('Engineering Lead'),
      criticality: 'high',
      reviewFrequency: 'quarterly',
      inScope: true,
      description: 'Source code, pipelines and deployment keys.',
      skip: [1],
    },
    {
      name: 'AWS production account',
      owner: who('CTO'),
      criticality: 'high',
      reviewFrequency: 'quarterly',
      inScope: true,
      description: 'Production data stores, model serving and client data.',
      openRemediation: true,
    },
    {
      name: 'Model provider console',
      owner: who('ML Lead'),
      criticality: 'medium',
      reviewFrequency: 'quarterly',
      inScope: true,
      description: 'API keys and usage limits for the hosted language models.',
    },
    {
      name: 'HubSpot CRM',
      owner: who('CEO'),
      criticality: 'medium',
      reviewFrequency: 'semiannual',
      inScope: true,
      description: 'Client contacts and contracts.',
    },
    {
      name: 'Payroll',
      owner: who('People Lead'),
      criticality: 'low',
      reviewFrequency: 'annual',
      inScope: false,
      description: 'Salaries; holds no client data, so outside the system described.',
    },
  ];
}

function demoAccessReviews(vault: Vault, start: string, end: string, today: string): void {
  for (const def of demoSystems()) {
    const system = createSystem(vault, {
      name: def.name,
      owner: def.owner,
      inScope: def.inScope,
      criticality: def.criticality,
      reviewFrequency: def.reviewFrequency,
      description: def.description,
    });
    if (!def.inScope) continue;
    // One review per window, performed a few days before the window closes: it reviews the access granted from
    // the window's start up to that day (the user export is taken the day of the review), so the period reviewed
    // never ends after the review. Windows still open are left to do.
    const due = reviewWindows(start, end, def.reviewFrequency)
      .map((w, index) => ({
        ...w,
        index,
        reviewDate: addDaysToDate(w.to, -4) < w.from ? w.to : addDaysToDate(w.to, -4),
      }))
      .filter((w) => !def.skip?.includes(w.index) && w.reviewDate < today);
    due.forEach((w, i) => {
      const review = createReview(vault, {
        systemId: system.id,
        periodStart: w.from,
        periodEnd: w.reviewDate,
        reviewer: def.owner,
        reviewDate: w.reviewDate,
        notes: '',
      });
      const people = STAFF.slice(0, def.criticality === 'high' ? STAFF.length : 8);
      const accounts: { name: string; email: string; role: string; lastLogin: string | null }[] = people.map(
        ([name, role], n) => ({
          name,
          email: email(name),
          role: def.name === 'GitHub' && n > 6 ? 'write' : role,
          lastLogin: addDaysToDate(w.reviewDate, -((n * 7) % 40) - 1),
        }),
      );
      // The first review finds a contractor who left: revoked and removed the next day.
      if (i === 0) {
        accounts.push({
          name: 'Sam Porter (contractor)',
          email: 'sam.porter@contractor.example',
          role: 'admin',
          lastLogin: addDaysToDate(w.reviewDate, -75),
        });
      }
      addAccounts(vault, { reviewId: review.id, accounts });
      const rows = rq.accountsOf(vault.db, review.id);
      const byEmail = (address: string) => rows.find((a) => a.email === address)!;
      if (i === 0) {
        const contractor = byEmail('sam.porter@contractor.example');
        decide(vault, {
          reviewId: review.id,
          accountIds: [contractor.id],
          decision: 'revoke',
          reason: 'Contract ended; no login for over two months',
          newRole: '',
        });
        remediate(vault, { accountId: contractor.id, remediatedOn: addDaysToDate(w.reviewDate, 1), note: 'Removed' });
        if (def.criticality === 'high' && def.name !== 'Google Workspace') {
          const ceo = byEmail(email('Maya Okafor'));
          decide(vault, {
            reviewId: review.id,
            accountIds: [ceo.id],
            decision: 'change-role',
            reason: 'Owner rights are not needed day to day; a separate break-glass account holds them',
            newRole: 'member',
          });
          remediate(vault, { accountId: ceo.id, remediatedOn: addDaysToDate(w.reviewDate, 2), note: 'Role changed' });
        }
      }
      // The latest AWS review found a leaver still active, and nobody has removed the account yet.
      if (def.openRemediation && i === due.length - 1) {
        decide(vault, {
          reviewId: review.id,
          accountIds: [byEmail(email('Kwame Mensah')).id],
          decision: 'revoke',
          reason: 'Left the company last month; the account is still active',
          newRole: '',
        });
      }
      completeReview(vault, { id: review.id, keepUndecided: true });
      // A correction found after sign-off goes in a dated addendum; the review itself stays as signed.
      if (def.name === 'GitHub' && i === 0) {
        addAddendum(vault, {
          reviewId: review.id,
          author: def.owner,
          text: 'The export showed Sam Porter (contractor) as an organisation admin. He was admin of the client-reports repository only; the decision to revoke his access stands.',
        });
      }
    });
    if (def.name === 'Google Workspace' && due.length) demoReviewInProgress(vault, system.id, def.owner, today);
  }
}

/** The next Google Workspace review, begun today: the accounts are in, a few decided, the rest still to look at. */
function demoReviewInProgress(vault: Vault, systemId: number, reviewer: string, today: string): void {
  const [latest] = listReviews(vault, { systemId });
  const review = createReview(vault, {
    systemId,
    periodStart: addDaysToDate(latest!.periodEnd, 1),
    periodEnd: today,
    reviewer,
    reviewDate: today,
    notes: 'Started after the audit period closed; to finish this week.',
  });
  addAccounts(vault, {
    reviewId: review.id,
    accounts: STAFF.map(([name, role], n) => ({
      name,
      email: email(name),
      role,
      lastLogin: addDaysToDate(today, -((n * 5) % 20) - 1),
    })),
  });
  const rows = rq.accountsOf(vault.db, review.id);
  decide(vault, {
    reviewId: review.id,
    accountIds: rows.slice(0, 5).map((a) => a.id),
    decision: 'keep',
    reason: 'Still in the role that needs this access',
    newRole: '',
  });
}

/** A fixed pseudo-random sequence, so every large demo is the same. */
function sequence(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

/**
 * Benchmark scale in one transaction with prepared INSERTs: 5,000 incidents (with timelines and actions) and
 * 2,000 completed access reviews of 200 systems, ten accounts each.
 */
function largeScale(vault: Vault, start: string, end: string): void {
  const random = sequence(11);
  const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV4', 'SEV3'] as const;
  const categories = [
    'security',
    'availability',
    'confidentiality',
    'privacy',
    'processing-integrity',
    'ai-model-failure',
    'ai-data-drift',
    'ai-prompt-injection',
    'ai-provider-outage',
    'ai-data-leakage',
    'ai-data-poisoning',
  ] as const;
  const owners = Object.values(DEMO_OWNERS);
  const spanDays = Math.max(1, Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000));
  const db = vault.db;
  vault.write('demo.large.incidents', (tx) => {
    const insertIncident = db.prepare(
      `INSERT INTO incident (title, severity, category, status, occurred_at, detected_at, resolved_at, owner,
         affected_systems, affected_clients, description, root_cause, postmortem, significant, significant_reason,
         created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, '["Client platform"]', '[]', ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertTimeline = db.prepare(
      'INSERT INTO incident_timeline (incident_id, at, entry, author, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    const insertAction = db.prepare(
      `INSERT INTO incident_action (incident_id, description, owner, due_date, completed_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let n = 0; n < 5000; n++) {
      const day = addDaysToDate(start, Math.floor(random() * spanDays));
      const occurred = new Date(Date.parse(`${day}T00:00:00Z`) + Math.floor(random() * 86_400_000));
      const detected = new Date(occurred.getTime() + Math.floor(random() * 6 * 3_600_000));
      const resolved = new Date(detected.getTime() + Math.floor(random() * 48 * 3_600_000));
      const r = random();
      const status = r < 0.7 ? 'closed' : r < 0.85 ? 'resolved' : r < 0.93 ? 'contained' : 'open';
      const done = status === 'closed' || status === 'resolved';
      const severity = severities[n % severities.length]!;
      const significant = severity === 'SEV1' && n % 5 === 0;
      const owner = owners[n % owners.length]!;
      const id = Number(
        insertIncident.run(
          `Client platform incident ${n + 1}`,
          severity,
          categories[n % categories.length]!,
          status,
          occurred.toISOString(),
          detected.toISOString(),
          done ? resolved.toISOString() : null,
          owner,
          'Generated for the benchmark-scale demo.',
          done ? 'Recorded during the post-incident review.' : '',
          done && n % 3 === 0 ? '# Post-mortem\n\nSummary of what happened and what changed.\n' : '',
          significant ? 1 : 0,
          significant ? 'Client data or service was affected for several clients' : null,
          tx.at,
          tx.at,
        ).lastInsertRowid,
      );
      insertTimeline.run(id, detected.toISOString(), 'Detected and assigned', owner, tx.at);
      if (done) insertTimeline.run(id, resolved.toISOString(), 'Resolved', owner, tx.at);
      if (n % 2 === 0) {
        const due = addDaysToDate(day, 30);
        insertAction.run(
          id,
          'Corrective action agreed in the review',
          owner,
          due,
          n % 4 === 0 ? due : null,
          tx.at,
          tx.at,
        );
      }
    }
    tx.audit('incident', '*', 'Demo: 5,000 incidents at benchmark scale');
  });

  vault.write('demo.large.access-reviews', (tx) => {
    const insertSystem = db.prepare(
      `INSERT INTO access_system (name, owner, in_scope, criticality, review_frequency, description, created_at,
         updated_at) VALUES (?, ?, 1, ?, 'quarterly', '', ?, ?)`,
    );
    const insertReview = db.prepare(
      `INSERT INTO access_review (system_id, period_start, period_end, reviewer, review_date, notes, created_at,
         updated_at) VALUES (?, ?, ?, ?, ?, '', ?, ?)`,
    );
    const complete = db.prepare(
      "UPDATE access_review SET status = 'completed', completed_at = ?, snapshot_sha256 = ? WHERE id = ?",
    );
    const decisions: Decision[] = ['keep', 'keep', 'keep', 'keep', 'keep', 'keep', 'keep', 'keep', 'keep', 'revoke'];
    for (let s = 0; s < 200; s++) {
      const owner = owners[s % owners.length]!;
      const systemId = Number(
        insertSystem.run(
          `Client workspace ${String(s + 1).padStart(3, '0')}`,
          owner,
          s % 3 === 0 ? 'high' : 'medium',
          tx.at,
          tx.at,
        ).lastInsertRowid,
      );
      for (let r = 0; r < 10; r++) {
        const reviewDate = addDaysToDate(start, Math.floor(((r + random()) * spanDays) / 10));
        const reviewId = Number(
          insertReview.run(systemId, addDaysToDate(reviewDate, -90), reviewDate, owner, reviewDate, tx.at, tx.at)
            .lastInsertRowid,
        );
        rq.insertAccounts(
          db,
          reviewId,
          decisions.map((decision, a) => ({
            name: `Member ${a + 1}`,
            email: `member${a + 1}.ws${s + 1}@fernhill.example`,
            role: a === 0 ? 'admin' : 'member',
            lastLogin: addDaysToDate(reviewDate, -a * 9),
            decision,
            reason: decision === 'revoke' ? 'No longer on the client team' : '',
          })),
        );
        // The same snapshot the service takes, of the row as stored, so `attest verify` finds every one intact.
        complete.run(tx.at, snapshotHash(rq.getReviewRow(db, reviewId)!, rq.accountsOf(db, reviewId)), reviewId);
      }
    }
    tx.audit('access_review', '*', 'Demo: 200 systems and 2,000 completed access reviews at benchmark scale');
  });
}
