import type { PolicyTemplate } from '../types';

export const BUSINESS_CONTINUITY_POLICY: PolicyTemplate = {
  id: 'business-continuity-and-disaster-recovery',
  title: 'Business Continuity and Disaster Recovery Policy',
  summary:
    'Sets recovery targets, backup and restore rules, model provider fallbacks and yearly testing so that client services can be restored after a disruption.',
  controls: [
    'BC-01',
    'BC-02',
    'BC-03',
    'BC-04',
    'BC-05',
    'BC-06',
    'BC-07',
    'BC-08',
    'BC-09',
    'BC-10',
    'ML-14',
    'PI-07',
  ],
  privacyOnly: false,
  reviewCadenceMonths: 12,
  body: `## Purpose

This policy makes sure {{orgName}} can keep serving clients, or get back to serving them quickly, when something serious goes wrong: a cloud region fails, data is destroyed, a model provider goes down or changes its terms, or a key person is suddenly unavailable. It sets recovery targets, the measures that make those targets achievable, and the testing that proves they are.

This policy takes effect on {{effectiveDate}}.

## Scope

This policy covers:

- the client-facing services of {{systemName}}, including model-serving endpoints and data pipelines;
- the data, models, prompts, configurations and evaluation sets needed to rebuild them;
- the internal tools and people needed to operate and support them;
- dependencies on cloud providers, AI model providers and other critical vendors.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this policy. |
| Head of Operations | Owns the business continuity and disaster recovery plan, keeps contact lists current, reviews the plan every year and reports uptime to clients. |
| CTO | Decides when to invoke the plan, owns the recovery architecture, runs the yearly recovery test and the quarterly capacity review. |
| Engineering Lead | Owns backups, restore tests and capacity alerting. |
| ML Lead | Owns model artefact recoverability and the fallback arrangements for AI providers. |
| CEO | Approves recovery targets, communicates with clients during a major disruption and approves invoking the plan when the CTO is unavailable. |

## Business impact and recovery targets

The Head of Operations keeps a list of critical services with the impact of their loss and the recovery targets agreed with the CEO. The targets must be at least as demanding as anything promised to clients.

- **Recovery time objective (RTO)**: the longest a service may be unavailable before it is restored.
- **Recovery point objective (RPO)**: the largest window of data we accept losing, measured back from the disruption.

| Tier | Examples | RTO | RPO |
| --- | --- | --- | --- |
| Tier 1 | Client-facing applications, model inference endpoints, client data stores | 8 hours | 1 hour (point-in-time recovery) |
| Tier 2 | Batch pipelines, model training infrastructure, reporting | 48 hours | 24 hours |
| Tier 3 | Internal tools, experiment environments | 5 working days | 7 days |

Where a client agreement sets a stricter target for a service, that target applies to the service and is recorded in the plan.

## Resilience measures

### Redundant infrastructure

Tier 1 services run across more than one availability zone, with automatic failover for databases and load-balanced application tiers. The CTO confirms the configuration after each significant infrastructure change. Infrastructure is defined as code so that it can be recreated in another region or account.

### Backups

- Production databases, object stores and configuration are backed up automatically every day, and databases holding client data also keep continuous point-in-time recovery.
- Backups go to a separate account or region, are encrypted and are protected against deletion by the same credentials that can delete production.
- Backup retention follows the Data Retention and Deletion Policy, typically 35 days for daily backups.
- Failed backup jobs alert the Engineering Lead, who fixes the cause and records the fix.

### Model artefacts

Approved model weights, configurations, prompts and evaluation sets are stored in versioned, backed-up storage, so that any production model can be rebuilt or redeployed without relying on a person's laptop or an experiment environment. The ML Lead checks this at each production release. Each release keeps the previous approved version ready to serve, so rolling back a model is a routine operation rather than a recovery project.

### Inputs and outputs

Inputs, intermediate data and outputs of client processing are stored with versioning and checksums for the period the engagement specification sets, so that interrupted jobs can be resumed or rerun without loss or duplication.

### AI model provider fallback

A provider outage, throttling, a sudden deprecation or a change of terms can stop an AI feature as surely as a data centre fire—and with less warning. For each critical AI feature, the ML Lead documents a fallback:

1. a secondary provider with an evaluated, pinned model;
2. a self-hosted model that meets the minimum quality threshold; or
3. a *safe degraded mode*, such as queueing requests, returning cached results or handing work to human reviewers, with clients told what to expect.

The fallback is evaluated against the same thresholds as the primary model, re-evaluated whenever it changes, and tested with the yearly recovery test.

### Capacity

Compute, GPU, storage, queue depth and provider quota usage are monitored against thresholds that alert before limits are reached. Each quarter the CTO reviews usage trends, expected client growth and provider quotas, and plans added capacity or quota increases. Capacity shortfalls found in the review are tracked to closure.

### Availability monitoring

External checks monitor the availability of client-facing services around the clock. Each month the Head of Operations reports uptime against our commitments and explains any breach to the affected clients.

## People and key-person risk

A small agency can be disrupted by the loss of one person as easily as by the loss of a server. To limit that risk:

- every critical system has at least two people able to administer it;
- break-glass credentials are stored securely with access available to at least two named leaders;
- runbooks for recovery, deployment and provider switching are written down and stored where the team can reach them during an outage, including a copy outside the primary cloud account;
- the plan names a deputy for each role in the recovery team.

## Invoking the plan

The CTO, or the CEO if the CTO is unavailable, invokes the plan when a disruption is expected to exceed the RTO of a Tier 1 service, or when it is unclear how long a disruption will last. Once the plan is invoked:

1. The recovery team assembles in the agreed channel, with a fallback channel if company chat is down.
2. The CTO assigns a recovery lead and a communications lead.
3. Services are restored in tier order, starting with Tier 1.
4. The communications lead tells affected clients what has happened, what to expect and when the next update will come, and repeats updates at the agreed interval.
5. The recovery lead keeps a timeline of decisions and actions.
6. When services are restored and verified, including data integrity and model output quality, the CTO stands the team down.

Every invocation is also handled as an incident under the Incident Response Policy, with a postmortem.

## Testing

| Test | Frequency | Owner | Evidence |
| --- | --- | --- | --- |
| Restore of a sample of backups into an isolated environment, checking completeness and usability | Quarterly | Engineering Lead | Restore record with time taken and checks made |
| Recovery exercise of a critical service, measured against RTO and RPO | Yearly | CTO | Exercise report and plan changes |
| AI provider fallback switch-over | Yearly, with the recovery exercise | ML Lead | Test record with evaluation results of the fallback |
| Model rollback path | Whenever the deployment process changes | Engineering Lead | Rollback test record |
| Plan review, contact lists and key-person cover | Yearly | Head of Operations | Reviewed plan with date |

Where a test misses a target, the gap is logged in the remediation tracker with an owner and due date, and the test is repeated after the fix.

## Exceptions

Any service that cannot meet its tier's targets needs an exception approved by the CTO and the Compliance Owner, stating the accepted risk, any client commitments affected and the plan to close the gap.

## Enforcement

Control owners who fail to perform backups, restore tests or recovery exercises on schedule are followed up by the Compliance Owner, and repeated failures are escalated to the CEO. Disabling backups or monitoring without approval is a breach of this policy.

## Review

{{policyOwner}} reviews this policy and the plan behind it at least once every 12 months, after each yearly test and after any real invocation. The CEO approves each new version, including any change to recovery targets.
`,
};
