import type { PolicyTemplate } from '../types';

export const PROCESSING_INTEGRITY_POLICY: PolicyTemplate = {
  id: 'processing-integrity-and-output-quality',
  title: 'Processing Integrity and Output Quality Policy',
  summary:
    'Sets how client processing is specified, how inputs are validated, how jobs are controlled and reconciled, and how model outputs are checked and delivered to the right recipient.',
  controls: ['PI-01', 'PI-02', 'PI-03', 'PI-04', 'PI-05', 'PI-06', 'PI-07', 'PI-08', 'DA-01', 'DA-06', 'ML-09'],
  privacyOnly: false,
  reviewCadenceMonths: 12,
  body: `## Purpose

Clients pay {{orgName}} for results they can rely on: every record processed, nothing invented, outputs accurate enough for the purpose, delivered on time and to the right place. With AI in the loop, *accurate* is a matter of measurement rather than a property of the code—and a pipeline can look healthy while its outputs quietly degrade. This policy sets how we specify processing, control inputs, run and reconcile jobs, check outputs and deliver them, so that our processing is complete, valid, accurate, timely and authorised.

This policy takes effect on {{effectiveDate}}.

## Scope

This policy applies to all processing that {{systemName}} performs for clients, including:

- batch and streaming data pipelines;
- model inference, whether on our own models or through third-party AI providers;
- extraction, classification, summarisation, generation and scoring jobs;
- reports and datasets delivered to clients.

It covers inputs received from clients or their systems, intermediate data, and outputs, from the moment they are received until they are delivered and their retention period ends.

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| {{policyOwner}} (policy owner) | Maintains this policy. |
| Head of Operations | Makes sure every engagement has an agreed processing specification before production work starts, and approves changes to delivery destinations. |
| ML Lead | Defines output checks and which outputs need human review, reviews held-back outputs, watches model quality against thresholds and reports quality to clients each quarter. |
| Engineering Lead | Owns input validation, pipeline monitoring, reconciliation, error handling and the integrity of stored data; reviews the error log every week. |
| Human reviewers | Check high-impact outputs before they are released or acted on. |
| Engagement leads | Raise any processing problem that could affect a client with the ML Lead and Engineering Lead at once. |

## Processing specifications

Before production processing starts for a client, the Head of Operations makes sure a statement of work or specification is agreed with the client. It defines:

1. the inputs accepted, their format, the channel they arrive through and what happens to inputs that fail validation;
2. the processing and the models used, including any third-party AI provider;
3. the outputs, their format and the channel they are delivered through;
4. delivery times and service levels;
5. quality targets for model outputs, such as accuracy or error rates, and how they are measured;
6. which outputs require human review;
7. how long inputs and outputs are kept.

A change to any of these is agreed with the client and recorded before it takes effect.

## Input controls

Data entering pipelines is checked automatically for schema, completeness, record counts, duplicates, values out of range and unexpected personal information. Records that fail are quarantined rather than silently dropped or passed on, and are logged with the reason. The Engineering Lead resolves quarantined records, with the client where needed, before the data is used. Inputs are accepted only from the channels set out in the specification, so that we process only what the client authorised.

## Processing controls

- Pipelines report freshness, volume and error rates, and alert the on-duty engineer when they fall outside the expected ranges.
- Each batch or job reconciles the number of records received, processed, rejected and delivered. Any difference is flagged, and the Engineering Lead investigates it before the batch is closed.
- Failed or partial jobs are logged, retried or corrected, and reprocessed without duplicating records. Jobs are designed to be safely re-run.
- The Engineering Lead reviews the error log every week and resolves anything still open, fixing the underlying cause of recurring failures.
- Production models and prompts are changed only through the production change process, with evaluation before release, so that processing logic is authorised.

## Output controls

### Automated checks

Outputs are checked automatically before release for format, completeness and, where the model provides one, a confidence threshold. Outputs that fail are held back and logged for the ML Lead to review; they are not delivered until they pass or are corrected.

### Sampled checks

A sample of outputs that passed the automated checks is checked by hand, at a rate agreed for each model and recorded in the specification. Sampling results feed the accuracy measurement used in model monitoring.

### Human review of high-impact outputs

Where a model output could significantly affect a person or an important client decision, a trained reviewer checks it before it is acted on or released. The ML Lead defines which outputs need review, and each review is recorded with its result.

| Output type | Automated checks | Sampled manual check | Human review before release |
| --- | --- | --- | --- |
| Low-impact, high-volume (for example tagging or routing) | Yes | Small sample, for example 1–2% each week | No |
| Client-facing generated content | Yes, including filters for confidential data | Agreed sample | Where the specification requires it |
| Outputs that affect individuals or important decisions | Yes | Not applicable | Yes, every output or every output above a set impact level |
| Reports and datasets delivered in bulk | Yes, including reconciliation | Spot check before each delivery | Engagement lead sign-off |

### Model quality monitoring

Production models report quality metrics, such as accuracy on labelled samples, error rate, latency and user feedback, against thresholds set at deployment. Breaches alert the ML Lead, who records the investigation and action taken, and serious breaches are handled as incidents.

## Delivery

Outputs are delivered only through the channels configured for each client, with tenant checks that stop one client's results from reaching another. New delivery destinations, or changes to existing ones, need the Head of Operations' approval and are tested before use. Deliveries are logged with what was delivered, when and to where, and late deliveries against the specification are reported to the client.

## Storage of inputs and outputs

Inputs, intermediate data and outputs are stored with versioning and checksums, so that corruption can be detected and earlier versions recovered, and are kept for the period the specification sets. The Engineering Lead checks integrity alerts and retention settings.

## Reporting quality to clients

Each quarter the ML Lead sends each client a report of production model quality against the agreed targets, including known limitations, changes made during the quarter and any incidents that affected outputs. Copies of the reports are kept.

## Errors that reach clients

When an error reaches a client, such as missing records, duplicated records or wrong outputs already delivered, it is logged as an incident. The client is told what was affected and when corrected outputs will follow, and the cause is fixed so that it does not recur.

## Exceptions

A deviation from a specification, such as delivering partial results to meet an urgent deadline, needs the client's agreement and the Head of Operations' approval, and is recorded with the delivery. Other exceptions are approved by the Compliance Owner and recorded in the exceptions log.

## Enforcement

Releasing outputs that failed checks, skipping required human review, or closing batches with unexplained reconciliation differences is a breach of this policy and is handled under the disciplinary process.

## Review

{{policyOwner}} reviews this policy at least once every 12 months and whenever a new kind of processing is offered to clients. The CTO approves each new version.
`,
};
