import { createHash } from 'node:crypto';
import type { PolicyDocument } from '../../../shared/domain/policy-document';

export const TYPOGRAPHY = 'Café Zoë — Łódź naïve façade – “quotes” ‘single’ … 1–4 hours';

export const RICH_BODY = `## Purpose

This policy sets out how Acme AI protects client data.

${TYPOGRAPHY}

Everyone must follow it: **bold duty**, *italic nuance*, ***both at once*** and \`mfa --enforce\` in code.
See [the handbook](https://handbook.example.com/security) or https://status.example.com for more.

## Scope

- Production systems and cloud accounts
- Client datasets
  - Training sets
  - Evaluation sets
- Laptops and phones

1. Request access through the ticket queue
2. Get approval from the system owner
3. Receive the grant

- [x] Quarterly review done
- [ ] Annual test pending

### Roles

| Role | Responsibility | Review |
| --- | --- | ---: |
| CTO | Owns the identity provider and MFA enforcement | Quarterly |
| Engineering Lead | Manages service accounts and the secrets manager | Monthly |
| Everyone | Uses only their own accounts | Yearly |

## Procedures

> Access is removed within one business day of a leaver's last day.
> Exceptions are recorded by the CTO.

\`\`\`
$ attest check vault.attest --json
{ "blockers": 0 }
\`\`\`

<script>alert(1)</script>

Inline markup stays literal: <b>not bold</b> &amp; entities decode: &copy; 2026.

---

## Review

This policy is reviewed every twelve months.
`;

export function samplePolicy(overrides: Partial<PolicyDocument> = {}): PolicyDocument {
  const body = overrides.body ?? RICH_BODY;
  return {
    orgName: 'Acme AI',
    title: 'Access Control Policy',
    version: '1.2',
    status: 'approved',
    owner: 'Dana Reyes',
    effectiveDate: '2026-01-15',
    nextReviewDate: '2027-01-15',
    approval: {
      approverName: 'Jordan Lee',
      approverTitle: 'CEO',
      approvedOn: '2026-01-14',
      note: 'Approved at the January leadership meeting after review by the security team.',
    },
    revisions: [
      {
        version: '1.0',
        status: 'superseded',
        date: '2025-01-10',
        author: 'Dana Reyes',
        approver: 'Jordan Lee, CEO',
        summary: 'First version.',
      },
      {
        version: '1.1',
        status: 'superseded',
        date: '2025-07-02',
        author: 'Dana Reyes',
        approver: 'Jordan Lee, CEO',
        summary: 'Added quarterly access reviews for client datasets.',
      },
      {
        version: '1.2',
        status: 'approved',
        date: '2026-01-14',
        author: 'Sam Okafor',
        approver: 'Jordan Lee, CEO',
        summary: 'Service accounts and AI provider keys brought into scope.',
      },
    ],
    ...overrides,
    body,
    bodySha256: createHash('sha256').update(body).digest('hex'),
  };
}

export function draftPolicy(overrides: Partial<PolicyDocument> = {}): PolicyDocument {
  return samplePolicy({
    title: 'Incident Response Policy',
    version: '0.3',
    status: 'draft',
    approval: null,
    nextReviewDate: null,
    revisions: [
      { version: '0.3', status: 'draft', date: '2026-02-01', author: 'Sam Okafor', approver: '', summary: 'Draft.' },
    ],
    ...overrides,
  });
}

/** A body whose table has `rows` rows, long enough to span pages. */
export function longTableBody(rows: number): string {
  const lines = ['## Asset register', '', '| Asset | Owner | Classification | Notes |', '| --- | --- | --- | --- |'];
  for (let i = 1; i <= rows; i++)
    lines.push(`| Asset ${i} | Owner ${i % 7} | ${i % 3 ? 'Confidential' : 'Internal'} | Row ${i} of the register |`);
  return `${lines.join('\n')}\n`;
}
