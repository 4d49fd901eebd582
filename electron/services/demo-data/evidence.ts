import { createHash } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Control } from '../../../shared/domain/controls';
import { addDaysToDate } from '../../../shared/domain/dates';
import { EVIDENCE_TYPE_LABELS, EVIDENCE_TYPES, type EvidenceType } from '../../../shared/domain/evidence';
import { periodBuckets, type Bucket } from '../../../shared/domain/period-coverage';
import * as q from '../../vault/queries/evidence';
import type { Vault } from '../../vault/vault';
import { listControls } from '../controls';
import { DEMO_OWNERS, type DemoSize } from './fernhill';
import { getEngagementOrFail } from '../engagement';
import { removeEvidence } from '../evidence';
import { attachBytes } from '../evidence-ingest';
import { csv, json, pdf, settingsPng, text } from './evidence-files';

/** How many active evidence items the benchmark-scale demo holds. */
export const LARGE_EVIDENCE_ITEMS = 50_000;

interface DemoFile {
  controls: string[];
  title: string;
  type: EvidenceType;
  file: string;
  bytes: Buffer;
  effective: string;
  coversFrom?: string;
  coversTo?: string;
  source?: string;
  description?: string;
}

const earlier = (a: string, b: string) => (a < b ? a : b);

/** A day inside a bucket: `day` days after its start, or its last day. */
const dayIn = (b: Bucket, day: number) => earlier(addDaysToDate(b.from, day), b.to);

const monthKey = (b: Bucket) => b.from.slice(0, 7);

/**
 * What a compliance owner a few months into a Type II period has collected:
 * monthly scans with one month missing, an access review that missed the
 * first quarter, a backup control whose last month was never exported,
 * screenshots that went stale, one vendor report attached twice.
 */
function demoFiles(start: string, end: string, today: string): DemoFile[] {
  const months = periodBuckets(start, end, 'monthly')!;
  const quarters = periodBuckets(start, end, 'quarterly')!;
  const weeks = periodBuckets(start, end, 'weekly')!;
  const out: DemoFile[] = [];

  months.forEach((m, i) => {
    // The scanner's export for the fourth month was never saved.
    if (i !== 3) {
      const on = dayIn(m, 26);
      const findings = [
        ['scanned_on', 'host', 'severity', 'finding', 'status'],
        [
          on,
          'api.fernhill.internal',
          'medium',
          'TLS 1.0 still offered on the legacy endpoint',
          i < 2 ? 'open' : 'fixed',
        ],
        [on, 'train-01.fernhill.internal', 'low', 'Package index older than 30 days', 'fixed'],
        ...(i % 2
          ? [[on, 'gateway.fernhill.internal', 'high', 'Outdated OpenSSL in base image', 'fixed in 7 days']]
          : []),
      ];
      out.push({
        controls: ['OP-03'],
        title: `Vulnerability scan, ${m.label}`,
        type: 'scan-report',
        file: `vulnerability-scan-${monthKey(m)}.csv`,
        bytes: csv(findings),
        effective: on,
        source: 'nightly-scan.sh',
      });
    }
    out.push({
      controls: ['BC-08'],
      title: `Uptime report, ${m.label}`,
      type: 'system-export',
      file: `uptime-${monthKey(m)}.json`,
      bytes: json({
        service: 'Fernhill Model Delivery API',
        month: monthKey(m),
        uptimePercent: [99.97, 99.91, 99.99, 99.82, 99.95, 99.98][i % 6],
        target: 99.9,
        incidents: i === 3 ? 2 : 0,
        measuredBy: 'external uptime monitor, one probe a minute from three regions',
      }),
      effective: m.to,
      coversFrom: m.from,
      coversTo: m.to,
    });
    // The monthly evidence check was skipped twice.
    if (i !== 2 && i !== 4) {
      out.push({
        controls: ['MN-06'],
        title: `Monthly evidence check, ${m.label}`,
        type: 'meeting-minutes',
        file: `evidence-check-${monthKey(m)}.md`,
        bytes: text([
          `# Monthly evidence check: ${m.label}`,
          '',
          'Present: Grace Whitfield (Compliance Owner), Tomás Novak (Engineering Lead)',
          '',
          '## Checked',
          '',
          '- Every monthly and weekly control has its evidence for the month in the vault.',
          '- Screenshots older than three months are replaced.',
          '',
          '## Found',
          '',
          i === 3
            ? '- The vulnerability scan export for the month is missing; the scanner ran but nobody saved the report.'
            : '- Nothing missing.',
          '',
          '## Actions',
          '',
          '| Action | Owner | Due |',
          '|---|---|---|',
          `| Re-export any missing report | Tomás Novak | ${addDaysToDate(m.to, 7)} |`,
        ]),
        effective: dayIn(m, 3),
      });
    }
  });

  quarters.forEach((qb, i) => {
    // The first quarter's access review was never done.
    if (i > 0) {
      const on = dayIn(qb, 40);
      out.push({
        controls: ['AC-05'],
        title: `Access review, ${qb.label}`,
        type: 'system-export',
        file: `access-review-${qb.label.replace(' ', '-')}.csv`,
        bytes: csv([
          ['reviewed_on', 'system', 'user', 'role', 'decision', 'reviewer'],
          [on, 'Identity provider', 'maya@fernhill.ai', 'admin', 'keep', 'Daniel Reyes'],
          [
            on,
            'Identity provider',
            `contractor-${i + 6}@fernhill.ai`,
            'member',
            'remove: contract ended',
            'Daniel Reyes',
          ],
          [on, 'Cloud console', 'tomas@fernhill.ai', 'owner', 'keep', 'Daniel Reyes'],
          [on, 'Cloud console', 'aisha@fernhill.ai', 'editor', 'reduce to viewer', 'Daniel Reyes'],
          [on, 'Code hosting', 'jonas@fernhill.ai', 'write', 'remove: no longer needs it', 'Daniel Reyes'],
        ]),
        effective: on,
      });
    }
    out.push({
      controls: ['GV-02'],
      title: `Security and compliance oversight meeting, ${qb.label}`,
      type: 'meeting-minutes',
      file: `oversight-${qb.label.replace(' ', '-')}.md`,
      bytes: text([
        `# Quarterly oversight: ${qb.label}`,
        '',
        'Chair: Maya Okafor (CEO). Present: Daniel Reyes, Sofia Lindqvist, Grace Whitfield.',
        '',
        '1. Open risks reviewed; two lowered after the SSO rollout.',
        '2. Incidents of the quarter and their follow-up actions.',
        '3. Progress of the SOC 2 Type II period: evidence gaps and who closes them.',
        '',
        '**Decision:** the restore test moves to the first week of each quarter.',
      ]),
      effective: dayIn(qb, 50),
    });
  });

  // One restore test at the start of the period, none since: stale and overdue.
  out.push({
    controls: ['BC-04'],
    title: 'Database restore test',
    type: 'log-extract',
    file: 'restore-test.log',
    bytes: text([
      `${start}T06:02:11Z restore started: snapshot prod-db-nightly to restore-check instance`,
      `${start}T06:19:47Z restore finished: 41,882,113 rows, checksums match`,
      `${start}T06:21:05Z smoke tests passed (12 of 12); instance deleted`,
    ]),
    effective: dayIn(months[0]!, 2),
  });

  // Weekly processing-error reviews, with three weeks missed in the middle of the period.
  const gap = Math.floor(weeks.length / 2);
  weeks.forEach((w, i) => {
    if (i >= gap && i < gap + 3) return;
    out.push({
      controls: ['PI-04'],
      title: `Processing error review, ${w.label.toLowerCase()}`,
      type: 'log-extract',
      file: `processing-errors-${w.from}.txt`,
      bytes: text([
        `Failed jobs in the week from ${w.from} to ${w.to}, and what was done about each.`,
        `${w.from} 03:12 job=document-classifier batch=${1200 + i} status=failed reason=timeout reprocessed=yes`,
        `${w.to} 22:40 job=invoice-extractor batch=${2300 + i} status=failed reason=schema mismatch reprocessed=yes`,
      ]),
      effective: w.to,
    });
  });

  // Daily backups evidenced by one export a month; the last month was never exported.
  months.slice(0, -1).forEach((m) => {
    const rows: (string | number)[][] = [['date', 'job', 'status', 'size_gb']];
    for (let d = m.from; d <= m.to; d = addDaysToDate(d, 1)) rows.push([d, 'prod-db-nightly', 'succeeded', 41.8]);
    out.push({
      controls: ['BC-03'],
      title: `Backup job history, ${m.label}`,
      type: 'system-export',
      file: `backups-${monthKey(m)}.csv`,
      bytes: csv(rows),
      effective: addDaysToDate(m.to, 1),
      coversFrom: m.from,
      coversTo: m.to,
      source: 'backup-export.sh',
    });
  });

  const m = (i: number) => months[Math.min(i, months.length - 1)]!;
  const vendorReport = pdf('Cloud provider SOC 2 Type II report: our review', [
    'Provider: the cloud platform that runs production (a carved-out subservice organization).',
    `Report period reviewed: twelve months ending ${m(1).to}.`,
    'Opinion: unqualified. Exceptions noted: none affecting the services we use.',
    'Complementary user entity controls we rely on: MFA for console users, our own key rotation.',
    'Reviewed by Sofia Lindqvist; next review due in twelve months.',
  ]);
  out.push(
    {
      controls: ['RA-01'],
      title: 'Annual risk assessment',
      type: 'meeting-minutes',
      file: 'risk-assessment.md',
      bytes: text([
        '# Annual risk assessment',
        '',
        '| Risk | Likelihood | Impact | Treatment |',
        '|---|---|---|---|',
        '| Client data leaks through a model output | Low | High | Output filters and human review |',
        '| Loss of the model provider | Medium | Medium | Fallback provider tested twice a year |',
        '| Laptop theft | Medium | Low | Full-disk encryption, remote wipe |',
      ]),
      effective: dayIn(m(1), 10),
    },
    {
      controls: ['MN-03'],
      title: 'Penetration test summary',
      type: 'pentest-report',
      file: 'penetration-test-summary.pdf',
      bytes: pdf('Penetration test: summary of findings', [
        'Scope: the model delivery API, the client portal and the admin console.',
        'Testing window: two weeks, grey box, by an independent firm.',
        'Findings: 0 critical, 1 high (fixed and retested), 3 medium, 5 low.',
        'High: an admin endpoint accepted requests without a rate limit. Fixed in release 4.12.',
        'All medium findings have remediation tickets with owners and dates.',
      ]),
      effective: dayIn(m(2), 12),
    },
    {
      controls: ['HR-04'],
      title: 'Security awareness training completions',
      type: 'training-record',
      file: 'awareness-training.csv',
      bytes: csv([
        ['person', 'course', 'completed_on', 'score'],
        ['Maya Okafor', 'Security awareness', m(1).from, 94],
        ['Daniel Reyes', 'Security awareness', m(1).from, 100],
        ['Sofia Lindqvist', 'Security awareness', dayIn(m(1), 3), 88],
        ['Aisha Rahman', 'Security awareness', dayIn(m(1), 5), 97],
        ['Jonas Berg', 'Security awareness', dayIn(m(1), 9), 91],
      ]),
      effective: dayIn(m(1), 12),
    },
    {
      controls: ['IR-04'],
      title: 'Incident response exercise',
      type: 'meeting-minutes',
      file: 'incident-exercise.md',
      bytes: text([
        '# Incident response exercise',
        '',
        'Scenario: a client reports that a model answer quoted another client’s document.',
        '',
        '- Detection to triage: 14 minutes. Client told within the 24 hours the contract asks.',
        '- Gap: the on-call sheet still named a person who left; fixed the same day.',
      ]),
      effective: dayIn(m(3), 8),
    },
    {
      controls: ['BC-02'],
      title: 'Disaster recovery test report',
      type: 'meeting-minutes',
      file: 'recovery-test.md',
      bytes: text([
        '# Recovery test',
        '',
        'Production rebuilt in the second region from code and the latest backup.',
        'Recovery time 2 h 40 min against a 4 h objective; data loss under 1 h.',
      ]),
      effective: dayIn(m(4), 6),
    },
    {
      controls: ['GV-05'],
      title: 'Policy set approval record',
      type: 'policy-document',
      file: 'policy-approval.md',
      bytes: text([
        '# Policy approval',
        '',
        'The CEO approved the information security policy set at the leadership meeting.',
        'Each policy names its owner and is reviewed at least once a year.',
      ]),
      effective: dayIn(m(0), 20),
    },
    {
      controls: ['VM-03'],
      title: 'Cloud provider SOC 2 review',
      type: 'vendor-report',
      file: 'cloud-provider-soc2-review.pdf',
      bytes: vendorReport,
      effective: dayIn(m(2), 2),
    },
    // The same review attached again for the AI provider control: Attest links the existing item.
    {
      controls: ['VM-04'],
      title: 'Cloud provider SOC 2 review (copy)',
      type: 'vendor-report',
      file: 'cloud-provider-soc2-review.pdf',
      bytes: vendorReport,
      effective: dayIn(m(2), 2),
    },
    {
      controls: ['AC-02'],
      title: 'MFA enforcement settings',
      type: 'configuration-screenshot',
      file: 'mfa-enforcement.png',
      bytes: settingsPng([true, true, true, false]),
      effective: dayIn(m(0), 5),
      description: 'Identity provider: MFA required for every user; phishing-resistant keys for administrators.',
    },
    {
      controls: ['AC-02', 'AC-01'],
      title: 'Users with MFA status',
      type: 'system-export',
      file: 'users-mfa.csv',
      bytes: csv([
        ['email', 'role', 'mfa', 'method'],
        ['maya@fernhill.ai', 'admin', 'yes', 'security key'],
        ['daniel@fernhill.ai', 'admin', 'yes', 'security key'],
        ['sofia@fernhill.ai', 'member', 'yes', 'authenticator app'],
        ['tomas@fernhill.ai', 'member', 'yes', 'authenticator app'],
        ['aisha@fernhill.ai', 'member', 'yes', 'authenticator app'],
      ]),
      effective: earlier(addDaysToDate(today, -12), end),
    },
    {
      controls: ['OP-08'],
      title: 'Log retention settings',
      type: 'configuration-screenshot',
      file: 'log-retention.png',
      bytes: settingsPng([true, false, true]),
      effective: dayIn(m(0), 9),
    },
    {
      controls: ['OP-01'],
      title: 'Endpoint protection status',
      type: 'system-export',
      file: 'endpoint-protection.json',
      bytes: json({
        exportedFrom: 'device management',
        devices: 23,
        protected: 23,
        definitionsOlderThan7Days: 0,
        encrypted: 23,
      }),
      effective: dayIn(m(4), 15),
    },
  );
  return out;
}

/** The person an item is filed under: the control's owner, or whoever holds its role at Fernhill. */
function ownerOf(control: Control | undefined): string {
  if (!control) return '';
  return control.owner || DEMO_OWNERS[control.ownerRole] || '';
}

function demoMix(vault: Vault, start: string, end: string): void {
  const controls = new Map(listControls(vault).map((c) => [c.id, c]));
  const usable = (id: string) => controls.has(id) && controls.get(id)!.notApplicableReason === null;
  for (const f of demoFiles(start, end, vault.today())) {
    const linked = f.controls.filter(usable);
    if (!linked.length) continue;
    attachBytes(
      vault,
      f.file,
      f.bytes,
      {
        title: f.title,
        description: f.description ?? '',
        type: f.type,
        effectiveDate: f.effective,
        coversFrom: f.coversFrom ?? null,
        coversTo: f.coversTo ?? null,
        owner: ownerOf(controls.get(linked[0]!)),
        validUntil: null,
        controls: linked,
      },
      f.source ?? 'manual',
    );
  }
  // A wrong export, attached and then removed: it stays in the audit trail with its reason.
  if (usable('OP-03')) {
    const months = periodBuckets(start, end, 'monthly')!;
    const wrong = attachBytes(
      vault,
      'vulnerability-scan-export.csv',
      csv([
        ['host', 'severity', 'finding', 'status'],
        ['staging.fernhill.internal', 'low', 'Directory listing enabled', 'open'],
      ]),
      {
        title: 'Vulnerability scan (staging)',
        description: '',
        type: 'scan-report',
        effectiveDate: dayIn(months[3]!, 20),
        owner: ownerOf(controls.get('OP-03')),
        controls: ['OP-03'],
      },
      'manual',
    );
    removeEvidence(vault, {
      id: wrong.item.id,
      reason: 'This is the staging scan, not production; the production scan for the month was never exported.',
    });
  }
}

const BULK_SQL = {
  blob: "INSERT INTO blob (sha256, size, chunk_size, state, created_at) VALUES (?, ?, ?, 'ready', ?)",
  chunk: 'INSERT INTO blob_chunk (blob_id, idx, data) VALUES (?, 0, ?)',
  item: `INSERT INTO evidence (blob_sha256, title, description, type, file_name, media_type, size, collected_at,
    effective_date, source, owner, created_at, updated_at) VALUES (?, ?, '', ?, ?, 'text/plain', ?, ?, ?, ?, ?, ?, ?)`,
  link: 'INSERT INTO evidence_control (evidence_id, control_id) VALUES (?, ?)',
} as const;

/**
 * Benchmark scale: tiny distinct files up to `total` active items, spread over
 * the applicable controls and the period. Written with prepared statements in
 * one transaction, in fingerprint order: with 64 KiB pages, inserting random
 * SHA-256 keys into the blob and evidence indexes costs several times more
 * than appending them.
 */
function bulk(vault: Vault, start: string, total: number): void {
  const controls = listControls(vault).filter((c) => c.inScope && c.notApplicableReason === null);
  const count = total - q.listActiveIds(vault.db).length;
  if (count <= 0 || !controls.length) return;
  const from = addDaysToDate(start, -90);
  const days = Math.max(1, Math.round((Date.parse(vault.today()) - Date.parse(from)) / 86_400_000));
  const dates = Array.from({ length: days }, (_, d) => addDaysToDate(from, d));
  const rows = Array.from({ length: count }, (_, i) => {
    const control = controls[(i * 7) % controls.length]!;
    const type = EVIDENCE_TYPES[i % EVIDENCE_TYPES.length]!;
    const n = String(i + 1).padStart(5, '0');
    const bytes = Buffer.from(
      `Fernhill Analytics ${EVIDENCE_TYPE_LABELS[type].toLowerCase()} ${n} for ${control.id}\n`,
    );
    return { i, n, control, type, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  }).sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
  const db = vault.db;
  const [blob, chunk, item, link] = [BULK_SQL.blob, BULK_SQL.chunk, BULK_SQL.item, BULK_SQL.link].map((sql) =>
    db.prepare(sql),
  ) as [Statement, Statement, Statement, Statement];
  vault.write('evidence.attach', (tx) => {
    for (const { i, n, control, type, bytes, sha256 } of rows) {
      const blobId = blob.run(sha256, bytes.length, vault.blobs.chunkSize, tx.at).lastInsertRowid;
      chunk.run(blobId, bytes);
      const id = item.run(
        sha256,
        `${control.name}: ${EVIDENCE_TYPE_LABELS[type].toLowerCase()} ${n}`,
        type,
        `${type}-${n}.txt`,
        bytes.length,
        tx.at,
        dates[(i * 13) % days]!,
        i % 3 ? 'collector.sh' : 'manual',
        ownerOf(control),
        tx.at,
        tx.at,
      ).lastInsertRowid;
      link.run(id, control.id);
      // Every fifth item also speaks for a second control.
      if (i % 5 === 0) link.run(id, controls[(i * 7 + 1) % controls.length]!.id);
    }
    tx.audit('evidence', 'demo', `Demo: added ${count} evidence items at benchmark scale`);
  });
}

/** The demo's evidence items: a realistic mix, with the gaps a real agency has; `large` at benchmark scale. */
export function demoEvidence(vault: Vault, size: DemoSize): void {
  const { periodStart, periodEnd } = getEngagementOrFail(vault);
  if (!periodStart || !periodEnd) return;
  demoMix(vault, periodStart, periodEnd);
  if (size === 'large') bulk(vault, periodStart, LARGE_EVIDENCE_ITEMS);
}
