// Exports 30 realistic policies (2-6 pages each) to PDF files, one after another,
// then does the same through a vault: import the Markdown files, export them as
// `attest policies export --format pdf` does. Goal: each export under 1.5 s.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writePolicyPdf } from '../../electron/export/policy-pdf';
import type { PolicyDocument } from '../../shared/domain/policy-document';
import { exportPolicies } from '../../electron/services/policy-export';
import { importPolicyFiles } from '../../electron/services/policy-import';
import { Workbench } from '../../electron/services/workbench';
import { report } from './report';

/** Small deterministic generator, so every run lays out the same documents. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TOPICS = [
  'Access Control',
  'Acceptable Use',
  'Asset Management',
  'Business Continuity',
  'Change Management',
  'Cryptography',
  'Data Classification',
  'Data Retention',
  'Incident Response',
  'Information Security',
  'Logging and Monitoring',
  'Model Governance',
  'Password and Authentication',
  'Physical Security',
  'Privacy',
  'Risk Management',
  'Secure Development',
  'Vendor Management',
  'Vulnerability Management',
  'Backup and Recovery',
  'Human Resources Security',
  'Remote Work',
  'Client Data Handling',
  'AI Provider Usage',
  'Network Security',
  'Endpoint Security',
  'Code Review',
  'Key Management',
  'Security Awareness Training',
  'Whistleblowing',
];

const SENTENCES = [
  'Every person with access to client data completes security training within thirty days of joining and every year after.',
  'The CTO reviews privileged access each quarter and records the result, including any access removed.',
  'Changes to production are peer reviewed, tested in staging and approved before they are deployed.',
  'Client datasets are stored only in approved regions and are encrypted at rest with keys held in the managed key service.',
  'Exceptions to this policy are approved in writing by the policy owner, recorded with an expiry date and reviewed when they expire.',
  'Logs from production systems are kept for at least one year and protected from change by anyone who administers those systems.',
  'Vendors that process client data are assessed before they are engaged and at least once a year after that.',
  'Model outputs delivered to clients are evaluated against the agreed acceptance criteria before release.',
  'Laptops use full-disk encryption, automatic screen lock after five minutes and the company’s endpoint protection.',
  'Security incidents are reported to the incident channel at once and triaged within four business hours.',
  'Backups are tested by restoring a sample every quarter; the result is kept as evidence.',
  'Secrets are never stored in source code; they live in the secrets manager and are rotated when a person with access leaves.',
  'The policy owner reviews this policy every twelve months, or sooner when the business or the law changes.',
  'Access for leavers is removed on their last working day, and the removal time is recorded in the offboarding checklist.',
  'Critical vulnerabilities are fixed within fourteen days of discovery and high ones within thirty days.',
];

const ROLES = ['CEO', 'CTO', 'Engineering Lead', 'ML Lead', 'Head of Operations', 'People Lead', 'Everyone'];

function paragraph(next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]!).join(' ');
}

function body(next: () => number, sections: number): string {
  const out: string[] = [];
  for (let s = 0; s < sections; s++) {
    out.push(
      `## ${['Purpose', 'Scope', 'Roles and responsibilities', 'Requirements', 'Procedures', 'Exceptions', 'Enforcement', 'Review'][s % 8]}${s >= 8 ? ` (part ${Math.floor(s / 8) + 1})` : ''}`,
    );
    out.push(paragraph(next, 2 + Math.floor(next() * 4)));
    if (s % 3 === 1)
      out.push(Array.from({ length: 3 + Math.floor(next() * 4) }, () => `- ${paragraph(next, 1)}`).join('\n'));
    if (s % 4 === 2)
      out.push(
        Array.from({ length: 3 + Math.floor(next() * 3) }, (_, i) => `${i + 1}. ${paragraph(next, 1)}`).join('\n'),
      );
    if (s % 5 === 2) {
      const rows = ROLES.slice(0, 3 + Math.floor(next() * 4)).map(
        (r) => `| ${r} | ${paragraph(next, 1)} | Quarterly |`,
      );
      out.push(['| Role | Responsibility | Review |', '| --- | --- | --- |', ...rows].join('\n'));
    }
    if (s % 4 === 3) {
      out.push(`### Details`);
      out.push(`${paragraph(next, 2)} Use **only** approved tools such as \`attest check\`.`);
    }
  }
  return `${out.join('\n\n')}\n`;
}

function policies(): PolicyDocument[] {
  const next = rng(42);
  return TOPICS.map((topic, i) => {
    const text = body(next, 3 + Math.floor(next() * 9));
    return {
      orgName: 'Acme AI',
      title: `${topic} Policy`,
      version: `1.${i % 4}`,
      status: 'approved',
      owner: 'Dana Reyes',
      body: text,
      effectiveDate: '2026-01-15',
      nextReviewDate: '2027-01-15',
      approval: { approverName: 'Jordan Lee', approverTitle: 'CEO', approvedOn: '2026-01-14', note: 'Annual review.' },
      revisions: Array.from({ length: 1 + (i % 4) }, (_, v) => ({
        version: `1.${v}`,
        status: v === i % 4 ? ('approved' as const) : ('superseded' as const),
        date: `202${3 + Math.min(v, 3)}-0${1 + v}-14`,
        author: 'Dana Reyes',
        approver: 'Jordan Lee, CEO',
        summary: v === 0 ? 'First version.' : 'Annual review with minor clarifications.',
      })),
      bodySha256: createHash('sha256').update(text).digest('hex'),
    };
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-bench-pdf-'));
try {
  const docs = policies();
  const times: number[] = [];
  let pages = 0;
  let bytes = 0;
  let minPages = Infinity;
  let maxPages = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const [i, doc] of docs.entries()) {
    const t = performance.now();
    const result = await writePolicyPdf(doc, fs.createWriteStream(path.join(dir, `policy-${i + 1}.pdf`)));
    times.push(performance.now() - t);
    pages += result.pages;
    bytes += result.bytes;
    minPages = Math.min(minPages, result.pages);
    maxPages = Math.max(maxPages, result.pages);
  }
  const total = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const first = times[0]!;
  const sorted = [...times].sort((a, b) => a - b);
  report('policies to PDF (30 policies, one file each)', [
    ['whole export', (total / 1000).toFixed(2), `s  (goal < 1.5 s)`],
    ['CPU time (all threads, incl. GC)', ((used.user + used.system) / 1e6).toFixed(2), 's'],
    ['pages', String(pages), `(${minPages}-${maxPages} per policy)`],
    ['bytes', (bytes / 1024 / 1024).toFixed(2), 'MiB'],
    ['median per policy', sorted[Math.floor(sorted.length / 2)]!.toFixed(1), 'ms'],
    ['first policy (includes parsing the fonts)', first.toFixed(1), 'ms'],
    ['slowest policy', sorted[sorted.length - 1]!.toFixed(1), 'ms'],
  ]);

  // The same 30 policies the way a person brings them in: Markdown files with
  // their approval in front matter, imported into a vault, then exported.
  const md = path.join(dir, 'markdown');
  fs.mkdirSync(md);
  const files = docs.map((doc, i) => {
    const front = `---\ntitle: ${JSON.stringify(doc.title)}\nowner: Dana Reyes\napprover: Jordan Lee\napprover_title: CEO\napproved: 2026-01-14\n---\n\n`;
    const name = `policy-${i + 1}.md`;
    fs.writeFileSync(path.join(md, name), front + doc.body);
    return name;
  });
  const wb = new Workbench({ recentFile: path.join(dir, 'recent.json') });
  wb.createVault(path.join(dir, 'bench.attest'), {
    orgName: 'Acme AI',
    systemName: 'Acme platform',
    reportType: 'type1',
    asOfDate: '2026-06-30',
    periodStart: null,
    periodEnd: null,
    categories: [],
  });
  const vault = wb.requireVault();
  let t = performance.now();
  const imported = await importPolicyFiles(
    vault,
    files.map((name) => ({ name, bytes: fs.readFileSync(path.join(md, name)) })),
  );
  const importMs = performance.now() - t;
  t = performance.now();
  const exported = await exportPolicies(vault, { format: 'pdf', dir: path.join(dir, 'vault-export') });
  const exportMs = performance.now() - t;
  wb.closeVault();
  report('import 30 Markdown policies into a vault, then export them all to PDF', [
    [
      'import (parse, one transaction per file)',
      importMs.toFixed(0),
      `ms  (${imported.imported.length} imported, ${imported.failed.length} failed)`,
    ],
    [
      'export of the approved policies to PDF (goal < 1.5 s)',
      (exportMs / 1000).toFixed(2),
      `s  (${exported.files.length} files, ${(exported.files.reduce((n, f) => n + f.bytes, 0) / 1024 / 1024).toFixed(2)} MiB)`,
    ],
  ]);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
